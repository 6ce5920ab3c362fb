import { DomainError } from '@mayastor/common';
import type { LeaseId, Store } from '../store.js';

/**
 * A lease kept alive every TTL/2. It is lost when the store says it has expired
 * or been revoked, or when no renewal has succeeded for a whole TTL (it must be
 * assumed expired then, even if the store cannot say so). Loss is final: the
 * `signal` aborts, with the reason as a DomainError.
 */
export class LeaseKeeper {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private lastRenewed: number;
  private renewing = false;

  private constructor(
    private readonly store: Store,
    readonly id: LeaseId,
    readonly ttlSeconds: number,
  ) {
    this.lastRenewed = Date.now();
    this.timer = setInterval(() => void this.renew(), (ttlSeconds * 1000) / 2);
    this.timer.unref();
  }

  static async grant(store: Store, ttlSeconds: number): Promise<LeaseKeeper> {
    const id = await store.grantLease(ttlSeconds);
    return new LeaseKeeper(store, id, ttlSeconds);
  }

  /** Aborted when the lease is lost. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get lost(): boolean {
    return this.controller.signal.aborted;
  }

  private async renew(): Promise<void> {
    if (this.renewing || this.lost) return;
    this.renewing = true;
    try {
      const ttl = await this.store.keepAliveOnce(this.id);
      if (ttl <= 0) this.lose(`lease ${this.id} has expired or was revoked`);
      else this.lastRenewed = Date.now();
    } catch (error) {
      if (Date.now() - this.lastRenewed >= this.ttlSeconds * 1000) {
        this.lose(`lease ${this.id} could not be renewed for ${this.ttlSeconds} s: ${String(error)}`);
      }
    } finally {
      this.renewing = false;
    }
  }

  /** Marks the lease lost (idempotent). */
  lose(why: string): void {
    if (this.lost) return;
    clearInterval(this.timer);
    this.controller.abort(new DomainError('Unavailable', why, { lease: this.id, reason: 'LeaseLost' }));
  }

  /** Revokes the lease (its keys go with it) and stops renewing. */
  async revoke(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    try {
      await this.store.revokeLease(this.id);
    } finally {
      this.lose(`lease ${this.id} was revoked by its holder`);
    }
  }
}
