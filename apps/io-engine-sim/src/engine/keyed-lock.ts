import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex';
import { Rpc } from './rpc-error.js';

/**
 * One lock per key (the engine's pool/replica lock, one per nexus uuid). A caller
 * that cannot take its lock within `timeoutMs` fails with DEADLINE_EXCEEDED, as
 * the engine answers a call that timed out waiting for its lock.
 */
export class KeyedLock {
  private readonly mutexes = new Map<string, Mutex>();

  async run<T>(key: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
    let mutex = this.mutexes.get(key);
    if (!mutex) {
      mutex = new Mutex();
      this.mutexes.set(key, mutex);
    }
    const bounded = withTimeout(mutex, Math.max(1, timeoutMs));
    let release: () => void;
    try {
      release = await bounded.acquire();
    } catch (error) {
      if (error === E_TIMEOUT) throw Rpc.deadlineExceeded(`timed out waiting for the ${key} lock`);
      throw error;
    }
    try {
      return await fn();
    } finally {
      release();
      if (!mutex.isLocked()) this.mutexes.delete(key);
    }
  }
}
