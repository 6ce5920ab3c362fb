/**
 * @mayastor/reconciler: the work queue (per-key backoff, timeouts, metrics) and
 * the Reconciler / GarbageCollect / ReCreate contracts the core's reconcilers follow.
 */
export * from './result.js';
export * from './contracts.js';
export * from './metrics.js';
export * from './work-queue.js';
