import { Mutex, withTimeout } from 'async-mutex';

/**
 * One mutex per key (e.g. per nexus uuid), created on first use and dropped when
 * nobody holds or waits for it, so the map does not grow with every key ever seen.
 */
export class KeyedMutex {
  private readonly entries = new Map<string, { mutex: Mutex; users: number }>();

  /**
   * Runs `fn` holding the key's mutex. Rejects with `timeoutError` when the mutex
   * is not obtained within `timeoutMs`; `fn` then never runs.
   */
  async runExclusive<T>(key: string, timeoutMs: number, timeoutError: Error, fn: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { mutex: new Mutex(), users: 0 };
      this.entries.set(key, entry);
    }
    entry.users++;
    try {
      return await withTimeout(entry.mutex, Math.max(0, timeoutMs), timeoutError).runExclusive(fn);
    } finally {
      entry.users--;
      if (entry.users === 0) this.entries.delete(key);
    }
  }

  /** Whether the key is held (or waited for) right now. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Keys currently held or waited for. */
  get size(): number {
    return this.entries.size;
  }
}
