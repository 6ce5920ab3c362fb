import type { ReconcileResult } from './result.js';

/**
 * Drives one kind of resource from its actual state to its spec. Level-based:
 * `reconcile` looks at the whole resource each time, whatever triggered it, and
 * is idempotent; the periodic pass reconciles every key of `keys()`.
 */
export interface Reconciler {
  /** Names the reconciler in logs and metrics (`pool`, `volume`, ...). */
  readonly name: string;
  /** Every key this reconciler looks after now. */
  keys(): Iterable<string>;
  /** One reconcile of `key`. `signal` aborts when the reconcile timed out. */
  reconcile(key: string, signal: AbortSignal): Promise<ReconcileResult>;
}

/**
 * Garbage collection of one resource: each step removes one kind of left-over
 * (names follow the original control plane's design).
 */
export interface GarbageCollect {
  /** Finish destroying a resource whose spec is Deleting. */
  destroyDeleting(key: string): Promise<ReconcileResult>;
  /** Destroy a resource whose owner is gone. */
  destroyOrphaned(key: string): Promise<ReconcileResult>;
  /** Let go of (and collect) a resource its owner holds but does not use. */
  disownUnused(key: string): Promise<ReconcileResult>;
  /** Drop owner references to resources that no longer exist. */
  disownOrphaned(key: string): Promise<ReconcileResult>;
  /** Drop owner references the owner itself does not hold (the two sides disagree). */
  disownInvalid(key: string): Promise<ReconcileResult>;
  /** Give back space held by resources that were replaced. */
  reclaimSpace(key: string): Promise<ReconcileResult>;
}

/** Re-creates on an io-engine what its spec says should be there (after the engine lost it, e.g. a restart). */
export interface ReCreate {
  recreateState(key: string): Promise<ReconcileResult>;
}
