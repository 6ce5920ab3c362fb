import { Injectable, Logger } from '@nestjs/common';
import { LeaderService } from './leader/leader.service.js';
import { OperationsRecovery } from './operations/operations-recovery.service.js';
import { Registry } from './registry/registry.service.js';
import { SpecStore } from './specs/spec-store.service.js';

/**
 * The order in which a core comes up: wait to be elected (a standby waits here,
 * serving nothing: its gRPC port stays closed, and io-engines and clients retry
 * until a leader answers), load the specs, start the registry (probing every
 * known node) and the recovery of incomplete operations; only then serve.
 */
@Injectable()
export class CoreStartup {
  private readonly logger = new Logger(CoreStartup.name);

  constructor(
    private readonly leader: LeaderService,
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly recovery: OperationsRecovery,
  ) {}

  /** Resolves true when the core may serve, false when it shut down while waiting. */
  async ready(): Promise<boolean> {
    if (!(await this.leader.elected())) return false;
    await this.specs.load();
    this.registry.start(this.specs.list('NodeSpec'));
    this.recovery.start();
    this.logger.log({}, 'core ready: serving Registration and the core API');
    return true;
  }
}
