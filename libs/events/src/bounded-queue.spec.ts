import { describe, expect, it } from 'vitest';
import { BoundedQueue } from './bounded-queue.js';

describe('BoundedQueue', () => {
  it('is FIFO and evicts the oldest item when full', () => {
    const queue = new BoundedQueue<number>(3);
    const evicted = [1, 2, 3, 4, 5].map((n) => queue.push(n));

    expect(evicted).toEqual([undefined, undefined, undefined, 1, 2]);
    expect(queue.size).toBe(3);
    expect([queue.shift(), queue.shift()]).toEqual([3, 4]);
    queue.push(6);
    queue.push(7);
    expect([queue.shift(), queue.shift(), queue.shift(), queue.shift()]).toEqual([5, 6, 7, undefined]);
  });

  it('clears, reporting how many items it held', () => {
    const queue = new BoundedQueue<string>(2);
    queue.push('a');
    queue.push('b');

    expect(queue.clear()).toBe(2);
    expect(queue.size).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it('refuses a capacity below 1', () => {
    expect(() => new BoundedQueue(0)).toThrow(RangeError);
  });
});
