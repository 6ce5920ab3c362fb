import { Injectable } from '@nestjs/common';
import { Errors, KeyedMutex } from '@mayastor/common';
import { CoreConfig } from '../core.config.js';

/**
 * One operation at a time per resource. A second operation on a busy resource
 * waits up to OPERATION_GUARD_WAIT_MS (1 s: five tries of 200 ms, as the design
 * has it) and then fails with Conflict. Recovery passes use `tryRun`, which
 * skips a busy resource rather than wait.
 */
@Injectable()
export class OperationGuard {
  private readonly mutex = new KeyedMutex();
  private closed = false;
  private active = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly config: CoreConfig) {}

  /**
   * Refuses new operations (Unavailable) and resolves once every running one has
   * ended, or after `timeoutMs`: a core shutting down finishes what it started
   * before it gives up its lock.
   */
  async close(timeoutMs: number): Promise<void> {
    this.closed = true;
    if (this.active === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  run<T>(resource: string, id: string, fn: () => Promise<T>): Promise<T> {
    return this.tracked(() => this.runGuarded(resource, id, fn));
  }

  private runGuarded<T>(resource: string, id: string, fn: () => Promise<T>): Promise<T> {
    const busy = Errors.conflict(`${resource} '${id}' is busy with another operation; try again`, {
      resource,
      id,
    });
    return this.mutex.runExclusive(`${resource}/${id}`, this.config.OPERATION_GUARD_WAIT_MS, busy, fn);
  }

  /** Whether an operation holds (or waits for) the resource right now. */
  busy(resource: string, id: string): boolean {
    return this.mutex.has(`${resource}/${id}`);
  }

  /** Runs `fn` if the resource is free right now; undefined (and `fn` not run) if it is busy. */
  async tryRun<T>(resource: string, id: string, fn: () => Promise<T>): Promise<T | undefined> {
    const busy = new Error('busy');
    try {
      return await this.tracked(() => this.mutex.runExclusive(`${resource}/${id}`, 0, busy, fn));
    } catch (error) {
      if (error === busy) return undefined;
      throw error;
    }
  }

  private async tracked<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw Errors.unavailable('the core is shutting down; try again with the next leader');
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      if (this.active === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }
}
