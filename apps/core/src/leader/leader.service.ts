import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { LeaderLock, STORE, StoreKeys, type Store } from '@mayastor/pstor';
import { CoreConfig } from '../core.config.js';

export const CORE_LOCK_NAME = 'core-agent';

/**
 * Only one core is active: it holds the `core-agent` store lock. A standby waits
 * for the lock; a leader that loses it (its lease expired, or a fenced write was
 * refused) steps down by shutting the process down, so that its supervisor
 * restarts it as a standby. On a clean shutdown the lock is released at once.
 */
@Injectable()
export class LeaderService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LeaderService.name);
  private readonly stopping = new AbortController();
  private lock: LeaderLock | undefined;
  private acquiring: Promise<void> | undefined;
  private resolveElection: (elected: boolean) => void = () => undefined;
  private readonly election = new Promise<boolean>((resolve) => (this.resolveElection = resolve));
  readonly holder = `core-agent@${hostname()}:${process.pid}`;

  constructor(
    @Inject(STORE) private readonly store: Store,
    private readonly keys: StoreKeys,
    private readonly config: CoreConfig,
  ) {}

  /** The lock, while this core is the leader. */
  get leaderLock(): LeaderLock | undefined {
    return this.lock?.held ? this.lock : undefined;
  }

  /** Resolves true once this core holds the lock, false if it shuts down first. */
  elected(): Promise<boolean> {
    return this.election;
  }

  onApplicationBootstrap(): void {
    this.acquiring = this.acquire().catch((error: unknown) => {
      this.resolveElection(false);
      if (this.stopping.signal.aborted) return;
      this.logger.error({ err: error }, 'store lock acquisition failed');
      this.stepDown();
    });
  }

  private async acquire(): Promise<void> {
    this.logger.log({ holder: this.holder, lock: this.keys.lock(CORE_LOCK_NAME) }, 'waiting for the store lock');
    for (;;) {
      try {
        this.lock = await LeaderLock.acquire(this.store, {
          name: CORE_LOCK_NAME,
          holder: this.holder,
          keys: this.keys,
          ttlSeconds: this.config.STORE_LEASE_TTL_SECONDS,
          signal: this.stopping.signal,
        });
        break;
      } catch (error) {
        this.stopping.signal.throwIfAborted();
        // The store is away: keep waiting for it, as a standby would.
        this.logger.warn({ err: error }, 'store lock not acquired; retrying');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    this.logger.log({ holder: this.holder, lease: this.lock.leaseId }, 'store lock acquired; this core is the leader');
    this.resolveElection(true);
    this.lock.signal.addEventListener('abort', () => {
      if (this.stopping.signal.aborted) return;
      this.logger.error({ reason: String(this.lock?.signal.reason) }, 'store lock lost; stepping down');
      this.stepDown();
    });
  }

  private stepDown(): void {
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.acquiring;
    if (this.lock?.held) {
      await this.lock
        .release()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'store lock release failed'));
      this.logger.log({ holder: this.holder }, 'store lock released');
    } else if (this.lock) {
      this.logger.warn({ reason: String(this.lock.signal.reason) }, 'store lock already lost at shutdown');
    }
  }
}
