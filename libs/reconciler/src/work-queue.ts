import { ExponentialBackoff, halfJitterGenerator, type IBackoff } from 'cockatiel';
import { type ReconcilerMetrics, type RunOutcome } from './metrics.js';
import { TerminalError, type ReconcileResult } from './result.js';

export interface WorkQueueLogger {
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

export interface WorkQueueOptions {
  /** The reconciler's name, in logs and metrics. */
  readonly name: string;
  /** Keys reconciled at once (each key at most once at a time). */
  readonly concurrency: number;
  /** A reconcile running longer counts as a failure (its key stays busy until it really ends). */
  readonly timeoutMs: number;
  /** Delay before the first retry of a failing key; it doubles (with jitter) up to `maxBackoffMs`. */
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly logger: WorkQueueLogger;
  readonly metrics?: ReconcilerMetrics;
}

export type ReconcileFn = (key: string, signal: AbortSignal) => Promise<ReconcileResult>;

export interface AddOptions {
  /** Not before this many milliseconds from now. */
  readonly delayMs?: number;
  /**
   * A fresh reason to look (an event, not the periodic pass): forget the key's
   * backoff and any terminal error, so it runs as soon as it is free.
   */
  readonly reset?: boolean;
}

/** Counters of one queue since it started (for tests, logs and benchmarks). */
export interface WorkQueueStats {
  runs: number;
  acted: number;
  requeues: number;
  errors: number;
  terminal: number;
  timeouts: number;
  /** Total milliseconds spent reconciling. */
  busyMs: number;
}

interface KeyState {
  /** When the key is due (ms since epoch), if it is queued. */
  due: number | undefined;
  /** Armed while `due` is in the future. */
  timer: NodeJS.Timeout | undefined;
  /** In the ready list (due, waiting for a slot). */
  ready: boolean;
  running: boolean;
  /** The backoff of a failing key: no run before `holdUntil`. */
  backoff: IBackoff<unknown> | undefined;
  holdUntil: number;
  /** Failed for good: only a reset brings it back. */
  terminal: boolean;
  /** A reset arrived while it ran: whatever the run ends with, run it again at once. */
  resetRequested: boolean;
}

/**
 * A work queue keyed by resource id. A key is never reconciled twice at once (a
 * key added while it runs is run again after); a failing key is retried with a
 * per-key exponential backoff that no periodic re-add can shortcut; a reconcile
 * that throws synchronously, rejects or hangs past its timeout is contained and
 * counted as an error. Adding a key costs O(1): due keys wait in a FIFO ready
 * list, later ones on a timer of their own.
 */
export class WorkQueue {
  private readonly states = new Map<string, KeyState>();
  private readonly factory: ExponentialBackoff<unknown>;
  private ready: string[] = [];
  private head = 0;
  private running = 0;
  private pumpScheduled = false;
  private closed = false;
  private readonly inFlight = new Set<Promise<void>>();
  readonly stats: WorkQueueStats = { runs: 0, acted: 0, requeues: 0, errors: 0, terminal: 0, timeouts: 0, busyMs: 0 };
  /** Set whenever a run acted, requeued or failed; the owner reads and clears it to pick its period. */
  busy = false;

  constructor(
    private readonly options: WorkQueueOptions,
    private readonly reconcile: ReconcileFn,
  ) {
    this.factory = new ExponentialBackoff({
      initialDelay: options.initialBackoffMs,
      maxDelay: options.maxBackoffMs,
      generator: halfJitterGenerator,
    });
  }

  get name(): string {
    return this.options.name;
  }

  /** Keys known to the queue: due, waiting, backing off, failed for good, or running. */
  get size(): number {
    return this.states.size;
  }

  /** Queues `key`. A key queued already keeps the earlier of its two due times. */
  add(key: string, options: AddOptions = {}): void {
    if (this.closed) return;
    let state = this.states.get(key);
    if (!state) {
      state = {
        due: undefined,
        timer: undefined,
        ready: false,
        running: false,
        backoff: undefined,
        holdUntil: 0,
        terminal: false,
        resetRequested: false,
      };
      this.states.set(key, state);
    }
    if (options.reset) {
      if (state.running) state.resetRequested = true;
      state.terminal = false;
      state.backoff = undefined;
      state.holdUntil = 0;
    }
    if (state.terminal) return;
    this.schedule(key, state, Math.max(Date.now() + (options.delayMs ?? 0), state.holdUntil));
  }

  /** Stops taking keys and waits for the reconciles running. */
  async close(): Promise<void> {
    this.closed = true;
    for (const state of this.states.values()) clearTimeout(state.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  /** Sets the key due at `due` unless it is due sooner already; arms it unless it runs. */
  private schedule(key: string, state: KeyState, due: number): void {
    if (state.due !== undefined && state.due <= due) return;
    state.due = due;
    if (!state.running) this.arm(key, state);
  }

  private arm(key: string, state: KeyState): void {
    clearTimeout(state.timer);
    state.timer = undefined;
    if (state.due === undefined || this.closed) return;
    const wait = state.due - Date.now();
    if (wait <= 0) {
      if (!state.ready) {
        state.ready = true;
        this.ready.push(key);
      }
      this.schedulePump();
      return;
    }
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (!state.running) this.arm(key, state);
    }, wait);
    state.timer.unref();
  }

  /** One pump for a burst of adds (a periodic pass adds every key at once). */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    queueMicrotask(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    const now = Date.now();
    while (!this.closed && this.running < this.options.concurrency && this.head < this.ready.length) {
      const key = this.ready[this.head++]!;
      const state = this.states.get(key);
      if (!state) continue;
      state.ready = false;
      if (state.running || state.due === undefined) continue;
      if (state.due > now) {
        this.arm(key, state);
        continue;
      }
      state.due = undefined;
      this.start(key, state);
    }
    if (this.head > 1024 && this.head * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.head);
      this.head = 0;
    }
    this.options.metrics?.queued.set({ reconciler: this.name }, this.states.size);
  }

  private start(key: string, state: KeyState): void {
    state.running = true;
    this.running++;
    const run = this.run(key, state).finally(() => {
      state.running = false;
      this.running--;
      this.inFlight.delete(run);
      if (state.due !== undefined) this.arm(key, state);
      else if (!state.backoff && !state.terminal) this.states.delete(key);
      this.schedulePump();
    });
    this.inFlight.add(run);
  }

  private async run(key: string, state: KeyState): Promise<void> {
    const started = performance.now();
    const controller = new AbortController();
    // Promise.resolve().then contains a synchronous throw as a rejection.
    const work = Promise.resolve().then(() => this.reconcile(key, controller.signal));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.timeoutMs);
    });
    let outcome: RunOutcome;
    try {
      const result = await Promise.race([work, timeout]);
      if (result === 'timeout') {
        controller.abort(new Error(`reconcile of ${key} timed out after ${this.options.timeoutMs} ms`));
        outcome = 'timeout';
        this.failed(key, state, controller.signal.reason, 'timeout');
        // The key stays busy until the reconcile really ends: never the same key twice at once.
        await work.catch(() => undefined);
      } else {
        outcome = this.succeeded(state, result);
      }
    } catch (error) {
      outcome = error instanceof TerminalError ? 'terminal' : 'error';
      this.failed(key, state, error, outcome);
    } finally {
      clearTimeout(timer);
    }
    const ms = performance.now() - started;
    this.stats.runs++;
    this.stats.busyMs += ms;
    this.options.metrics?.runs.inc({ reconciler: this.name, outcome });
    this.options.metrics?.duration.observe({ reconciler: this.name }, ms / 1000);
  }

  private succeeded(state: KeyState, result: ReconcileResult): RunOutcome {
    state.backoff = undefined;
    state.holdUntil = 0;
    state.resetRequested = false;
    if (result.kind === 'requeue') {
      this.stats.requeues++;
      this.busy = true;
      const due = Date.now() + Math.max(0, result.afterMs);
      state.due = state.due === undefined ? due : Math.min(state.due, due);
      return 'requeue';
    }
    if (result.acted) {
      this.stats.acted++;
      this.busy = true;
      return 'acted';
    }
    return 'done';
  }

  private failed(key: string, state: KeyState, error: unknown, outcome: 'error' | 'terminal' | 'timeout'): void {
    this.busy = true;
    if (outcome === 'terminal') this.stats.terminal++;
    else if (outcome === 'timeout') this.stats.timeouts++;
    else this.stats.errors++;
    if (state.resetRequested) {
      // An event about the key came while it ran: that is a fresh reason to look, now.
      state.resetRequested = false;
      state.backoff = undefined;
      state.holdUntil = 0;
      state.terminal = false;
      state.due = Date.now();
      this.options.logger.warn(
        { reconciler: this.name, key, err: error instanceof Error ? error.message : String(error) },
        'reconcile failed; running it again for an event that came meanwhile',
      );
      return;
    }
    if (outcome === 'terminal') {
      state.terminal = true;
      state.due = undefined;
      this.options.logger.error(
        { reconciler: this.name, key, err: error },
        'reconcile failed for good; not retried until an event about it',
      );
      return;
    }
    state.backoff = state.backoff ? state.backoff.next(undefined) : this.factory.next();
    const delay = Math.round(state.backoff.duration);
    state.holdUntil = Date.now() + delay;
    // The backoff wins over any add made during the run (only a reset cuts it short).
    state.due = state.holdUntil;
    this.options.logger.warn(
      { reconciler: this.name, key, retryInMs: delay, err: error instanceof Error ? error.message : String(error) },
      'reconcile failed; retrying later',
    );
  }
}
