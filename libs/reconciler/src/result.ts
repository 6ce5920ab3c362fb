/**
 * What one reconcile of one key came to. Errors are thrown, not returned: any
 * error is retried with a growing delay, a `TerminalError` is not retried.
 */
export type ReconcileResult =
  /** Converged. `acted` says whether it changed anything to get there (the period stays busy). */
  | { readonly kind: 'done'; readonly acted: boolean }
  /** Not converged yet, and no error: look again after `afterMs` (e.g. a rebuild running). */
  | { readonly kind: 'requeue'; readonly afterMs: number };

export const done = (acted = false): ReconcileResult => ({ kind: 'done', acted });

export const requeueAfter = (afterMs: number): ReconcileResult => ({ kind: 'requeue', afterMs });

/**
 * Both results at once: a requeue wins (the sooner of two), and the key acted if
 * either part did. For reconcilers made of several steps.
 */
export function merge(a: ReconcileResult, b: ReconcileResult): ReconcileResult {
  if (a.kind === 'requeue' && b.kind === 'requeue') return requeueAfter(Math.min(a.afterMs, b.afterMs));
  if (a.kind === 'requeue') return a;
  if (b.kind === 'requeue') return b;
  return done(a.acted || b.acted);
}

/** An error that retrying will not fix (bad spec, refused by the engine for good): logged, counted, not retried. */
export class TerminalError extends Error {
  override readonly name = 'TerminalError';
}
