import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ReconcilerMetrics, WorkQueue, type Reconciler } from '@mayastor/reconciler';
import type { Subscription } from 'rxjs';
import { CoreConfig } from '../core.config.js';
import { Registry } from '../registry/registry.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import {
  NexusReconciler,
  NodeReconciler,
  PoolReconciler,
  RECONCILER_OF_KIND,
  ReplicaReconciler,
  StoreReconciler,
  VolumeReconciler,
} from './reconcilers.js';

const TICK = 'reconcile-period';

/**
 * Runs the reconcilers: one work queue each (per-key backoff, timeout, one run per
 * key at a time). Every key of every reconciler is queued on each period — the
 * busy period (RECONCILE_PERIOD_MS) after a pass that had work to do, else the idle
 * one — and, at once, on events: a node online or restarted, a node offline, a
 * nexus that changed on its own (a child faulted, a rebuild ended), a spec changed.
 * A failing key backs off on its own; the period does not shortcut its backoff.
 */
@Injectable()
export class ReconcilerHost implements OnApplicationShutdown {
  private readonly logger = new Logger(ReconcilerHost.name);
  private readonly queues = new Map<string, { reconciler: Reconciler; queue: WorkQueue }>();
  private readonly subscriptions: Subscription[] = [];
  private stopped = false;
  private started = false;

  constructor(
    private readonly config: CoreConfig,
    private readonly registry: Registry,
    private readonly specs: SpecStore,
    private readonly scheduler: SchedulerRegistry,
    store: StoreReconciler,
    pools: PoolReconciler,
    replicas: ReplicaReconciler,
    nexuses: NexusReconciler,
    volumes: VolumeReconciler,
    nodes: NodeReconciler,
  ) {
    const metrics = new ReconcilerMetrics();
    for (const reconciler of [store, pools, replicas, nexuses, volumes, nodes] as Reconciler[]) {
      const queue = new WorkQueue(
        {
          name: reconciler.name,
          concurrency: this.config.RECONCILE_CONCURRENCY,
          timeoutMs: this.config.RECONCILE_TIMEOUT_MS,
          initialBackoffMs: this.config.RECONCILE_BACKOFF_MS,
          maxBackoffMs: this.config.RECONCILE_BACKOFF_MAX_MS,
          logger: this.logger,
          metrics,
        },
        (key, signal) => reconciler.reconcile(key, signal),
      );
      this.queues.set(reconciler.name, { reconciler, queue });
    }
  }

  start(): void {
    this.started = true;
    this.subscriptions.push(
      this.registry.events.subscribe((event) => {
        // Back online, or restarted empty: everything may need doing again, now.
        if (event.type !== 'offline') this.queueAll(true);
        else this.queueAll(false, ['volume', 'nexus']);
      }),
      // Within their backoff: the change may be one a failing reconcile made itself.
      this.registry.nexusChanges.subscribe(({ nexus, volume }) => {
        this.queue('volume', volume, false);
        this.queue('nexus', nexus, false);
      }),
      // A spec change queues its key, within its backoff: a reconcile that writes its own spec and then
      // fails must not run again at once.
      this.specs.changes.subscribe(({ kind, id }) => {
        const reconciler = RECONCILER_OF_KIND[kind];
        if (reconciler !== null) this.queue(reconciler, id, false);
      }),
    );
    this.tick();
  }

  /** Stops the period and the triggers, and waits for the reconciles running. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.scheduler.doesExist('timeout', TICK)) this.scheduler.deleteTimeout(TICK);
    for (const s of this.subscriptions) s.unsubscribe();
    await Promise.all([...this.queues.values()].map(({ queue }) => queue.close()));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.stop();
  }

  /** Queues every key of every reconciler, then arms the next period: busy if any queue had work since the last. */
  private tick(): void {
    if (this.stopped) return;
    let busy = false;
    for (const { queue } of this.queues.values()) {
      busy ||= queue.busy || queue.size > 0;
      queue.busy = false;
    }
    this.queueAll(false);
    const period = busy ? this.config.RECONCILE_PERIOD_MS : this.config.RECONCILE_IDLE_PERIOD_MS;
    if (this.scheduler.doesExist('timeout', TICK)) this.scheduler.deleteTimeout(TICK);
    this.scheduler.addTimeout(
      TICK,
      setTimeout(() => this.tick(), period),
    );
  }

  private queueAll(reset: boolean, only?: readonly string[]): void {
    for (const [name, { reconciler, queue }] of this.queues) {
      if (only && !only.includes(name)) continue;
      for (const key of reconciler.keys()) queue.add(key, { reset });
    }
  }

  private queue(reconciler: string, key: string, reset: boolean): void {
    if (this.stopped) return;
    this.queues.get(reconciler)?.queue.add(key, { reset });
  }
}
