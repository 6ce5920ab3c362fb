import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { CoreConfig } from '../core.config.js';
import { PoolsService } from '../pools/pools.service.js';
import { Registry } from '../registry/registry.service.js';
import { ReplicasService } from '../replicas/replicas.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import { VolumesService } from '../volumes/volumes.service.js';

/**
 * Finishes or undoes the operations a crash (or a lost io-engine) left
 * incomplete: at start-up, every RECONCILE_PERIOD_MS, and whenever a node comes
 * online or restarts. Dirty specs are written again on the same beat.
 * Nodes are recovered in parallel, so a hung node holds up only its own specs;
 * on a node, replicas go before pools, so that a pool is never left waiting on a
 * replica that is itself being collected.
 */
@Injectable()
export class OperationsRecovery implements OnApplicationShutdown {
  private readonly logger = new Logger(OperationsRecovery.name);
  private timer: NodeJS.Timeout | undefined;
  private subscription: Subscription | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly config: CoreConfig,
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly pools: PoolsService,
    private readonly replicas: ReplicasService,
    private readonly volumes: VolumesService,
  ) {}

  start(): void {
    this.subscription = this.registry.events.subscribe((event) => {
      if (event.type !== 'offline') this.trigger();
    });
    this.timer = setInterval(() => this.trigger(), this.config.RECONCILE_PERIOD_MS);
    this.trigger();
  }

  /** Stops the timer and the event trigger, and waits for the pass running. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.subscription?.unsubscribe();
    await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Runs a pass now, or once more right after the one running. */
  trigger(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.again && !this.stopped);
    })()
      .catch((error: unknown) => this.logger.error({ err: error }, 'recovery pass failed'))
      .finally(() => (this.running = undefined));
  }

  /** One pass over every spec with an operation in flight. */
  async pass(): Promise<void> {
    if (this.specs.dirtyCount > 0) {
      await this.specs
        .flushDirty()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'dirty specs not written'));
    }
    // Volumes first: their recovery also collects the replicas and nexuses they own.
    for (const volume of this.specs.list('VolumeSpec')) {
      if (this.stopped) return;
      if (volume.operation === null && volume.status === 'Created') continue;
      await this.volumes.recover(volume.uuid).catch((error: unknown) => this.failed('Volume', volume.uuid, error));
    }
    for (const nexus of this.specs.list('NexusSpec')) {
      if (this.stopped) return;
      if (nexus.status !== 'Deleting') continue;
      await this.volumes.recoverNexus(nexus.uuid).catch((error: unknown) => this.failed('Nexus', nexus.uuid, error));
    }
    const work = new Map<string, { replicas: string[]; pools: string[] }>();
    const of = (node: string): { replicas: string[]; pools: string[] } => {
      let entry = work.get(node);
      if (!entry) work.set(node, (entry = { replicas: [], pools: [] }));
      return entry;
    };
    for (const r of this.specs.list('ReplicaSpec')) {
      // A replica its volume still owns is recovered with the volume (which may be creating it right now).
      if (r.owners.volume !== null && this.specs.get('VolumeSpec', r.owners.volume)) continue;
      if (r.operation !== null || r.status !== 'Created') of(r.node).replicas.push(r.uuid);
    }
    for (const p of this.specs.list('PoolSpec')) {
      if (p.operation !== null || p.status !== 'Created') of(p.node).pools.push(p.id);
    }
    await Promise.all(
      [...work.values()].map(async ({ replicas, pools }) => {
        for (const uuid of replicas) {
          if (this.stopped) return;
          await this.replicas.recover(uuid).catch((error: unknown) => this.failed('Replica', uuid, error));
        }
        for (const id of pools) {
          if (this.stopped) return;
          await this.pools.recover(id).catch((error: unknown) => this.failed('Pool', id, error));
        }
      }),
    );
    for (const node of this.specs.list('NodeSpec')) {
      if (this.stopped) return;
      if ((node.drainLabels?.length ?? 0) > 0 && this.volumes.targetsOn(node.id) > 0) {
        await this.volumes.drainTargets(node.id);
      }
    }
  }

  private failed(resource: string, id: string, error: unknown): void {
    this.logger.warn({ resource, id, err: error }, 'incomplete operation not finished; retrying later');
  }
}
