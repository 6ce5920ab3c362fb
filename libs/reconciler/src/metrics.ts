import { Counter, Gauge, Histogram, register, type Registry } from 'prom-client';

export type RunOutcome = 'done' | 'acted' | 'requeue' | 'error' | 'terminal' | 'timeout';

/** Prometheus metrics of every reconciler, labelled by reconciler name. */
export class ReconcilerMetrics {
  readonly runs: Counter<'reconciler' | 'outcome'>;
  readonly duration: Histogram<'reconciler'>;
  readonly queued: Gauge<'reconciler'>;

  constructor(registry: Registry = register) {
    const existing = registry.getSingleMetric('reconciler_runs_total');
    if (existing) {
      // One set per registry, shared by every queue.
      this.runs = existing as Counter<'reconciler' | 'outcome'>;
      this.duration = registry.getSingleMetric('reconciler_duration_seconds') as Histogram<'reconciler'>;
      this.queued = registry.getSingleMetric('reconciler_queued_keys') as Gauge<'reconciler'>;
      return;
    }
    this.runs = new Counter({
      name: 'reconciler_runs_total',
      help: 'Reconciles run, by reconciler and outcome (done, acted, requeue, error, terminal, timeout).',
      labelNames: ['reconciler', 'outcome'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'reconciler_duration_seconds',
      help: 'Duration of one reconcile of one key.',
      labelNames: ['reconciler'],
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
      registers: [registry],
    });
    this.queued = new Gauge({
      name: 'reconciler_queued_keys',
      help: 'Keys waiting (due or backing off) per reconciler.',
      labelNames: ['reconciler'],
      registers: [registry],
    });
  }
}
