import { describe, expect, it } from 'vitest';
import { page } from './page.js';

describe('page', () => {
  const all = Array.from({ length: 25 }, (_, i) => i);

  it('pages by offset, with a next token until the last page', () => {
    expect(page(all, { maxEntries: 10, startingToken: 0 })).toEqual({ entries: all.slice(0, 10), nextToken: 10 });
    expect(page(all, { maxEntries: 10, startingToken: 10 })).toEqual({ entries: all.slice(10, 20), nextToken: 20 });
    expect(page(all, { maxEntries: 10, startingToken: 20 })).toEqual({ entries: all.slice(20), nextToken: null });
  });

  it('ends without a next token when the last page is exactly full', () => {
    expect(page(all, { maxEntries: 5, startingToken: 20 })).toEqual({ entries: all.slice(20), nextToken: null });
  });

  it('answers everything from the offset when max entries is 0, and nothing past the end', () => {
    expect(page(all, { maxEntries: 0, startingToken: 0 })).toEqual({ entries: all, nextToken: null });
    expect(page(all, { maxEntries: 0, startingToken: 24 })).toEqual({ entries: [24], nextToken: null });
    expect(page(all, { maxEntries: 10, startingToken: 99 })).toEqual({ entries: [], nextToken: null });
    expect(page([], { maxEntries: 10, startingToken: 0 })).toEqual({ entries: [], nextToken: null });
  });
});
