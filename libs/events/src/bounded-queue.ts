/** A FIFO of at most `capacity` items that evicts the oldest to make room (a ring buffer). */
export class BoundedQueue<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`queue capacity must be >= 1: ${capacity}`);
    this.items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Appends `item`; when the queue is full, removes and returns the oldest item. */
  push(item: T): T | undefined {
    const evicted = this.count === this.capacity ? this.shift() : undefined;
    this.items[(this.head + this.count) % this.capacity] = item;
    this.count += 1;
    return evicted;
  }

  /** Removes and returns the oldest item. */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count -= 1;
    return item;
  }

  /** Empties the queue, returning how many items it held. */
  clear(): number {
    const cleared = this.count;
    this.items.fill(undefined);
    this.head = 0;
    this.count = 0;
    return cleared;
  }
}
