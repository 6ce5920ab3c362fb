import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError } from '@mayastor/common';
import type { Compare, Store, TxnOp, TxnResult } from '../store.js';
import type { StoreKeys } from '../keys.js';
import { LeaseKeeper } from './lease-keeper.js';
import { DEFAULT_LEASE_TTL_SECONDS } from '../defaults.js';

export interface LeaderLockOptions {
  /** Lock name, e.g. `core-agent`. */
  readonly name: string;
  /** Who asks (recorded in `StoreLeaseOwner/<name>`), e.g. `core-agent@host:pid`. */
  readonly holder: string;
  readonly keys: StoreKeys;
  /** Lease TTL; kept alive every TTL/2. Defaults to 30 s. */
  readonly ttlSeconds?: number;
  /** How often a waiting contender looks at the lock again. Defaults to TTL/10, at most 1 s. */
  readonly retryMs?: number;
  /** Gives up waiting when aborted. */
  readonly signal?: AbortSignal;
}

/** A write refused because this process no longer holds the lock. */
export class LockLostError extends DomainError {
  constructor(name: string, why: string) {
    super('Unavailable', `the store lock '${name}' is no longer held: ${why}`, { lock: name, reason: 'LockLost' });
  }
}

/**
 * The leader lock: `StoreLeaseLock/<name>` created under our lease (only when it
 * does not exist), and `StoreLeaseOwner/<name>` recording the holder. Every write
 * of the holder is a transaction guarded on the lock key still being the one we
 * created, so a holder whose lease expired cannot write: its write is refused,
 * the lock reports itself lost (`signal` aborts) and the holder must step down.
 */
export class LeaderLock {
  private constructor(
    private readonly store: Store,
    private readonly lease: LeaseKeeper,
    readonly name: string,
    readonly lockKey: string,
    readonly ownerKey: string,
    /** Create revision of our lock key: the fence. */
    readonly fenceRevision: number,
  ) {}

  /** Waits until the lock is ours. Rejects if `signal` aborts or the store fails. */
  static async acquire(store: Store, options: LeaderLockOptions): Promise<LeaderLock> {
    const ttl = options.ttlSeconds ?? DEFAULT_LEASE_TTL_SECONDS;
    const retryMs = options.retryMs ?? Math.min(1000, (ttl * 1000) / 10);
    const lockKey = options.keys.lock(options.name);
    const ownerKey = options.keys.lockOwner(options.name);
    const lease = await LeaseKeeper.grant(store, ttl);
    try {
      for (;;) {
        options.signal?.throwIfAborted();
        if (lease.lost) throw lease.signal.reason;
        const owner = JSON.stringify({ holder: options.holder, lease: lease.id, since: new Date().toISOString() });
        const res = await store.txn(
          [{ key: lockKey, target: 'createRevision', op: '==', value: 0 }],
          [
            { type: 'put', key: lockKey, value: options.holder, lease: lease.id },
            { type: 'put', key: ownerKey, value: owner, lease: lease.id },
          ],
        );
        if (res.succeeded) {
          return new LeaderLock(store, lease, options.name, lockKey, ownerKey, res.revision);
        }
        await sleep(retryMs, undefined, { signal: options.signal }).catch(() => undefined);
      }
    } catch (error) {
      await lease.revoke().catch(() => undefined);
      throw error;
    }
  }

  /** Aborted when the lock is lost (lease expired, revoked, or a fenced write refused). */
  get signal(): AbortSignal {
    return this.lease.signal;
  }

  get held(): boolean {
    return !this.lease.lost;
  }

  get leaseId(): string {
    return this.lease.id;
  }

  private fence(): Compare {
    return { key: this.lockKey, target: 'createRevision', op: '==', value: this.fenceRevision };
  }

  /**
   * A transaction that runs only while we hold the lock. `succeeded` reports the
   * caller's compares; a lost lock throws LockLostError instead and marks the lock
   * lost. The failure branch also reads the lock key, atomically, to tell the two apart.
   */
  async txn(
    compares: readonly Compare[],
    success: readonly TxnOp[],
    failure: readonly TxnOp[] = [],
  ): Promise<TxnResult> {
    if (!this.held) throw new LockLostError(this.name, String((this.signal.reason as Error | undefined)?.message));
    // etcd cannot say which compare failed, so the failure branch also reads the
    // lock key: if it is still ours, the caller's compares failed.
    const res = await this.store.txn([this.fence(), ...compares], success, [
      { type: 'get', key: this.lockKey },
      ...failure,
    ]);
    if (res.succeeded) return res;
    const [lock, ...rest] = res.results;
    const ours = lock?.type === 'get' && lock.kv?.createRevision === this.fenceRevision;
    if (!ours) {
      const why = 'the lock key was deleted or taken by another holder';
      this.lease.lose(why);
      throw new LockLostError(this.name, why);
    }
    return { succeeded: false, revision: res.revision, results: rest };
  }

  async put(key: string, value: string): Promise<number> {
    return (await this.txn([], [{ type: 'put', key, value }])).revision;
  }

  async delete(key: string): Promise<number> {
    return (await this.txn([], [{ type: 'delete', key }])).revision;
  }

  /** Gives the lock up: revoking the lease deletes the lock and owner keys. */
  async release(): Promise<void> {
    await this.lease.revoke();
  }
}
