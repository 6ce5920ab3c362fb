import { DomainError, withTimeout } from '@mayastor/common';
import {
  listByPages,
  type Compare,
  type KeyValue,
  type LeaseId,
  type RangeOptions,
  type RangePage,
  type Store,
  type StoreWatch,
  type TxnOp,
  type TxnResult,
  type WatchEvent,
  type WatchHandlers,
  type WatchOptions,
} from '../store.js';
import { DEFAULT_STORE_TIMEOUT_MS } from '../defaults.js';
import { EmbeddedEngine, type EmbeddedEngineOptions } from './embedded-engine.js';

export interface EmbeddedStoreOptions {
  readonly dataDir: string;
  /** Deadline of every call. Defaults to 5 s. */
  readonly timeoutMs?: number;
}

/**
 * A client of the embedded engine of a data directory, with the same contract as
 * the etcd backend. `EmbeddedStore.open` starts the engine and owns it (closing
 * the store stops it); `new EmbeddedStore` attaches to an engine someone else runs.
 */
export class EmbeddedStore implements Store {
  readonly backend = 'embedded';
  private readonly timeoutMs: number;
  private readonly watches = new Set<EmbeddedPrefixWatch>();
  private ownedEngine: EmbeddedEngine | undefined;
  private closed = false;

  constructor(private readonly options: EmbeddedStoreOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  }

  /** Starts the engine of `dataDir` (if it is not running) and returns a client that owns it. */
  static async open(options: EmbeddedStoreOptions & Omit<EmbeddedEngineOptions, 'dataDir'>): Promise<EmbeddedStore> {
    const engine = await EmbeddedEngine.open(options);
    const store = new EmbeddedStore(options);
    store.ownedEngine = engine;
    return store;
  }

  private engine(): EmbeddedEngine {
    if (this.closed) throw new DomainError('Unavailable', 'the store client is closed');
    const engine = EmbeddedEngine.running(this.options.dataDir);
    if (!engine) throw new DomainError('Unavailable', `the embedded store at ${this.options.dataDir} is not running`);
    return engine;
  }

  private async call<T>(what: string, run: (engine: EmbeddedEngine) => Promise<T>): Promise<T> {
    return withTimeout(run(this.engine()), this.timeoutMs, `embedded store ${what}`);
  }

  get(key: string): Promise<KeyValue | null> {
    return this.call('get', (e) => e.get(key));
  }

  async put(key: string, value: string, options?: { lease?: LeaseId }): Promise<number> {
    const res = await this.call('put', (e) => e.txn([], [{ type: 'put', key, value, lease: options?.lease }]));
    return res.revision;
  }

  async delete(key: string): Promise<number> {
    const res = await this.call('delete', (e) => e.txn([], [{ type: 'delete', key }]));
    return res.results[0]?.type === 'delete' ? res.results[0].deleted : 0;
  }

  async deletePrefix(prefix: string): Promise<number> {
    const res = await this.call('delete prefix', (e) => e.txn([], [{ type: 'delete', key: prefix, prefix: true }]));
    return res.results[0]?.type === 'delete' ? res.results[0].deleted : 0;
  }

  range(prefix: string, options?: RangeOptions): Promise<RangePage> {
    return this.call('range', (e) => e.range(prefix, options));
  }

  list(prefix: string): AsyncIterable<KeyValue> {
    return listByPages((p, o) => this.range(p, o), prefix);
  }

  txn(compares: readonly Compare[], success: readonly TxnOp[], failure?: readonly TxnOp[]): Promise<TxnResult> {
    return this.call('txn', (e) => e.txn(compares, success, failure));
  }

  revision(): Promise<number> {
    return this.call('revision', (e) => e.currentRevision());
  }

  async watch(prefix: string, handlers: WatchHandlers, options: WatchOptions = {}): Promise<StoreWatch> {
    const start = options.startRevision ?? (await this.revision()) + 1;
    const watch = new EmbeddedPrefixWatch(this.options.dataDir, prefix, start, handlers, () =>
      this.watches.delete(watch),
    );
    this.watches.add(watch);
    await watch.attach();
    return watch;
  }

  grantLease(ttlSeconds: number): Promise<LeaseId> {
    return this.call('lease grant', (e) => e.grantLease(ttlSeconds));
  }

  keepAliveOnce(lease: LeaseId): Promise<number> {
    return this.call('lease keep-alive', (e) => e.keepAlive(lease));
  }

  revokeLease(lease: LeaseId): Promise<void> {
    return this.call('lease revoke', (e) => e.revokeLease(lease));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.allSettled([...this.watches].map((w) => w.cancel()));
    this.closed = true;
    await this.ownedEngine?.stop();
  }
}

/** A watch that survives engine restarts, resuming after the last revision it delivered. */
class EmbeddedPrefixWatch implements StoreWatch {
  private delivered: number;
  private detach: (() => void) | undefined;
  private unsubscribeStarted: (() => void) | undefined;
  private cancelled = false;

  constructor(
    private readonly dataDir: string,
    private readonly prefix: string,
    startRevision: number,
    private readonly handlers: WatchHandlers,
    private readonly onClosed: () => void,
  ) {
    this.delivered = startRevision - 1;
  }

  get lastRevision(): number {
    return this.delivered;
  }

  /** Attaches to the running engine; throws when none runs (the first attach only). */
  async attach(): Promise<void> {
    const engine = EmbeddedEngine.running(this.dataDir);
    if (!engine) throw new DomainError('Unavailable', `the embedded store at ${this.dataDir} is not running`);
    this.detach = await engine.watch(this.prefix, this.delivered + 1, {
      events: (events) => this.onEvents(events),
      stopped: (error) => this.onStopped(error),
    });
  }

  private onEvents(events: readonly WatchEvent[]): void {
    if (this.cancelled) return;
    const fresh = events.filter((e) => e.kv.modRevision > this.delivered);
    if (fresh.length === 0) return;
    this.delivered = fresh[fresh.length - 1]!.kv.modRevision;
    this.handlers.onEvents(fresh);
  }

  private onStopped(error: DomainError): void {
    this.detach = undefined;
    if (this.cancelled) return;
    this.handlers.onDisconnected?.(error);
    this.unsubscribeStarted = EmbeddedEngine.onStarted(this.dataDir, () => {
      this.unsubscribeStarted?.();
      this.unsubscribeStarted = undefined;
      this.attach().then(
        () => this.handlers.onResumed?.(),
        (err: unknown) => this.fail(err),
      );
    });
  }

  private fail(error: unknown): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.onClosed();
    this.handlers.onError?.(error instanceof Error ? error : new Error(String(error)));
  }

  async cancel(): Promise<void> {
    if (this.cancelled) return;
    this.cancelled = true;
    this.detach?.();
    this.unsubscribeStarted?.();
    this.onClosed();
  }
}
