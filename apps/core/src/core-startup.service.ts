import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { OperationGuard } from './operations/operation-guard.service.js';
import { LeaderService } from './leader/leader.service.js';
import { ReconcilerHost } from './reconcilers/reconciler-host.service.js';
import { Registry } from './registry/registry.service.js';
import { SpecStore } from './specs/spec-store.service.js';

/** How long a shutdown waits for running operations (an io-engine call lasts at most 30 s). */
const OPERATION_DRAIN_MS = 35_000;

/**
 * The order in which a core comes up: wait to be elected (a standby waits here,
 * serving nothing: its gRPC port stays closed, and io-engines and clients retry
 * until a leader answers), load the specs, start the registry (probing every
 * known node) and the reconcilers; only then serve.
 *
 * Shutting down goes the other way, and all of it happens in `onModuleDestroy`,
 * which Nest runs before any `beforeApplicationShutdown` (where LeaderService
 * gives up the lock): stop the reconcilers and the registry's timers, refuse new
 * operations and wait for those running, write dirty specs. A standby that takes
 * the lock then finds no operation of ours still in flight.
 */
@Injectable()
export class CoreStartup implements OnModuleDestroy {
  private readonly logger = new Logger(CoreStartup.name);

  constructor(
    private readonly leader: LeaderService,
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly reconcilers: ReconcilerHost,
    private readonly guard: OperationGuard,
  ) {}

  /** Resolves true when the core may serve, false when it shut down while waiting. */
  async ready(): Promise<boolean> {
    if (!(await this.leader.elected())) return false;
    await this.specs.load();
    this.registry.start(this.specs.list('NodeSpec'));
    this.reconcilers.start();
    this.logger.log({}, 'core ready: serving Registration and the core API');
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    await this.reconcilers.stop();
    await this.registry.stop();
    await this.guard.close(OPERATION_DRAIN_MS);
    if (this.specs.dirtyCount > 0) {
      await this.specs
        .flushDirty()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'dirty specs not written before shutdown'));
    }
  }
}
