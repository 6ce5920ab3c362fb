import { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { DomainError } from '@mayastor/common';
import {
  NO_LEASE,
  RANGE_PAGE_LIMIT,
  type Compare,
  type KeyValue,
  type LeaseId,
  type RangeOptions,
  type RangePage,
  type TxnOp,
  type TxnOpResult,
  type TxnResult,
  type WatchEvent,
} from '../store.js';

export interface EmbeddedEngineOptions {
  /** Directory of the database; created when missing. */
  readonly dataDir: string;
  /** fsync every write before acknowledging it (etcd does). Defaults to true. */
  readonly sync?: boolean;
  /** Revisions of change history kept for watches that resume. Defaults to 10,000. */
  readonly historyRevisions?: number;
}

/** What a watch on the engine is told. */
export interface EngineWatchSink {
  events(events: readonly WatchEvent[]): void;
  /** The engine stopped; the sink is dropped. */
  stopped(error: DomainError): void;
}

interface StoredKv {
  readonly v: string;
  readonly c: number;
  readonly m: number;
  readonly n: number;
  readonly l: LeaseId;
}

interface LeaseState {
  readonly ttl: number;
  expiresAt: number;
  readonly keys: Set<string>;
}

interface EngineWatch {
  readonly prefix: string;
  readonly sink: EngineWatchSink;
}

const UTF8 = { keyEncoding: 'utf8', valueEncoding: 'utf8' } as const;
const REVISION_DIGITS = 16;
const EXPIRY_CHECK_MS = 100;
const pad = (revision: number): string => String(revision).padStart(REVISION_DIGITS, '0');

const running = new Map<string, EmbeddedEngine>();
const lifecycle = new EventEmitter();
lifecycle.setMaxListeners(0);

/**
 * The embedded store's server: one per data directory per process, on LevelDB
 * (classic-level). It keeps etcd's semantics: a global revision bumped by every
 * write transaction, create/mod revisions and versions per key, a bounded change
 * history for watches that resume, leases whose expiry deletes their keys, and
 * compare-and-swap transactions. A transaction is one atomic LevelDB batch;
 * transactions and reads are serialised, so each sees a consistent store.
 *
 * Clients (`EmbeddedStore`) find a running engine by its directory, the way etcd
 * clients find a server by its address: when the engine stops they get
 * `Unavailable`, and when it starts again they carry on.
 */
export class EmbeddedEngine {
  private readonly kv;
  private readonly log;
  private readonly leaseDb;
  private readonly meta;
  private revisionNow = 0;
  private leaseSeq = 0;
  private readonly leases = new Map<LeaseId, LeaseState>();
  private readonly watches = new Set<EngineWatch>();
  private queue: Promise<unknown> = Promise.resolve();
  private stoppedFlag = false;
  private readonly expiryTimer: NodeJS.Timeout;
  private readonly sync: boolean;
  private readonly history: number;

  private constructor(
    readonly dataDir: string,
    private readonly db: ClassicLevel<string, string>,
    options: EmbeddedEngineOptions,
  ) {
    this.kv = db.sublevel<string, string>('kv', UTF8);
    this.log = db.sublevel<string, string>('log', UTF8);
    this.leaseDb = db.sublevel<string, string>('lease', UTF8);
    this.meta = db.sublevel<string, string>('meta', UTF8);
    this.sync = options.sync ?? true;
    this.history = options.historyRevisions ?? 10_000;
    this.expiryTimer = setInterval(() => this.expireLeases(), EXPIRY_CHECK_MS);
    this.expiryTimer.unref();
  }

  /** Opens (or returns the already running) engine of a data directory. */
  static async open(options: EmbeddedEngineOptions): Promise<EmbeddedEngine> {
    const dataDir = resolve(options.dataDir);
    const existing = running.get(dataDir);
    if (existing) return existing;
    await mkdir(dataDir, { recursive: true });
    const db = new ClassicLevel<string, string>(dataDir, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    try {
      await db.open();
    } catch (error) {
      throw new DomainError(
        'Unavailable',
        `cannot open the embedded store at ${dataDir}: ${String(error)}`,
        {},
        {
          cause: error,
        },
      );
    }
    const engine = new EmbeddedEngine(dataDir, db, options);
    await engine.load();
    running.set(dataDir, engine);
    lifecycle.emit('started', dataDir);
    return engine;
  }

  /** The running engine of a directory, if any. */
  static running(dataDir: string): EmbeddedEngine | undefined {
    return running.get(resolve(dataDir));
  }

  /** Calls `listener` each time an engine starts on `dataDir`; returns an unsubscribe. */
  static onStarted(dataDir: string, listener: () => void): () => void {
    const dir = resolve(dataDir);
    const handler = (started: string): void => {
      if (started === dir) listener();
    };
    lifecycle.on('started', handler);
    return () => lifecycle.off('started', handler);
  }

  get stopped(): boolean {
    return this.stoppedFlag;
  }

  private async load(): Promise<void> {
    this.revisionNow = Number((await this.meta.get('revision')) ?? 0);
    this.leaseSeq = Number((await this.meta.get('leaseSeq')) ?? 0);
    const now = Date.now();
    // As etcd does after a restart, every surviving lease gets a full TTL again.
    for await (const [id, raw] of this.leaseDb.iterator()) {
      const { ttl } = JSON.parse(raw) as { ttl: number };
      this.leases.set(id, { ttl, expiresAt: now + ttl * 1000, keys: new Set() });
    }
    for await (const [key, raw] of this.kv.iterator()) {
      const lease = (JSON.parse(raw) as StoredKv).l;
      if (lease !== NO_LEASE) this.leases.get(lease)?.keys.add(key);
    }
  }

  /** Stops the engine: pending work finishes, watches are told, clients get Unavailable. */
  async stop(): Promise<void> {
    if (this.stoppedFlag) return;
    this.stoppedFlag = true;
    clearInterval(this.expiryTimer);
    running.delete(this.dataDir);
    await this.queue.catch(() => undefined);
    const error = new DomainError('Unavailable', `the embedded store at ${this.dataDir} stopped`);
    for (const w of this.watches) w.sink.stopped(error);
    this.watches.clear();
    await this.db.close();
  }

  /** Serialises `work` after everything queued before it. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.stoppedFlag) {
        throw new DomainError('Unavailable', `the embedded store at ${this.dataDir} is stopped`);
      }
      return work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(key: string): Promise<KeyValue | null> {
    const raw = await this.kv.get(key);
    if (raw === undefined) return null;
    const s = JSON.parse(raw) as StoredKv;
    return { key, value: s.v, createRevision: s.c, modRevision: s.m, version: s.n, lease: s.l };
  }

  get(key: string): Promise<KeyValue | null> {
    return this.exclusive(() => this.read(key));
  }

  currentRevision(): Promise<number> {
    return this.exclusive(async () => this.revisionNow);
  }

  range(prefix: string, options: RangeOptions = {}): Promise<RangePage> {
    return this.exclusive(async () => {
      const limit = Math.min(options.limit ?? RANGE_PAGE_LIMIT, RANGE_PAGE_LIMIT);
      const kvs: KeyValue[] = [];
      let more = false;
      // Keys sharing a prefix are contiguous in byte order; stop at the first that does not.
      const bounds = options.startAfter === undefined ? { gte: prefix } : { gt: options.startAfter };
      for await (const [key, raw] of this.kv.iterator(bounds)) {
        if (!key.startsWith(prefix)) break;
        if (kvs.length === limit) {
          more = true;
          break;
        }
        const s = JSON.parse(raw) as StoredKv;
        kvs.push({ key, value: s.v, createRevision: s.c, modRevision: s.m, version: s.n, lease: s.l });
      }
      return { kvs, more, revision: this.revisionNow };
    });
  }

  private static holds(compare: Compare, kv: KeyValue | null): boolean {
    const actual: number | string =
      compare.target === 'value'
        ? (kv?.value ?? '')
        : compare.target === 'lease'
          ? (kv?.lease ?? NO_LEASE)
          : (kv?.[compare.target] ?? 0);
    // As in etcd, a value compare against a missing key fails whatever the operator.
    if (compare.target === 'value' && kv === null) return false;
    const expected = compare.value;
    switch (compare.op) {
      case '==':
        return actual === expected;
      case '!=':
        return actual !== expected;
      case '<':
        return actual < expected;
      case '>':
        return actual > expected;
    }
  }

  txn(compares: readonly Compare[], success: readonly TxnOp[], failure: readonly TxnOp[] = []): Promise<TxnResult> {
    return this.exclusive(async () => {
      let succeeded = true;
      for (const c of compares) {
        if (!EmbeddedEngine.holds(c, await this.read(c.key))) {
          succeeded = false;
          break;
        }
      }
      const ops = succeeded ? success : failure;
      return this.apply(ops, succeeded);
    });
  }

  /** Applies ops as one revision and one batch; the caller holds the queue. */
  private async apply(ops: readonly TxnOp[], succeeded: boolean): Promise<TxnResult> {
    const next = this.revisionNow + 1;
    // Working view of the keys this transaction touches, so later ops see earlier ones.
    const view = new Map<string, KeyValue | null>();
    // What each touched key was before the transaction, read once (the lease index needs it at commit).
    const before = new Map<string, KeyValue | null>();
    const readView = async (key: string): Promise<KeyValue | null> => {
      if (view.has(key)) return view.get(key)!;
      if (!before.has(key)) before.set(key, await this.read(key));
      return before.get(key)!;
    };
    const events: WatchEvent[] = [];
    const results: TxnOpResult[] = [];
    for (const op of ops) {
      if (op.type === 'get') {
        results.push({ type: 'get', kv: await readView(op.key) });
      } else if (op.type === 'put') {
        const lease = op.lease ?? NO_LEASE;
        if (lease !== NO_LEASE && !this.leases.has(lease)) {
          throw new DomainError('NotFound', `lease ${lease} not found`, { lease });
        }
        const prev = await readView(op.key);
        const kv: KeyValue = {
          key: op.key,
          value: op.value,
          createRevision: prev?.createRevision ?? next,
          modRevision: next,
          version: (prev?.version ?? 0) + 1,
          lease,
        };
        view.set(op.key, kv);
        events.push({ type: 'put', kv });
        results.push({ type: 'put' });
      } else {
        const keys = op.prefix ? await this.keysWithPrefix(op.key, view) : [op.key];
        let deleted = 0;
        for (const key of keys) {
          if ((await readView(key)) === null) continue;
          view.set(key, null);
          events.push({ type: 'delete', kv: deletedKv(key, next) });
          deleted++;
        }
        results.push({ type: 'delete', deleted });
      }
    }
    if (events.length === 0) return { succeeded, revision: this.revisionNow, results };
    await this.commit(next, view, before, events);
    return { succeeded, revision: next, results };
  }

  private async keysWithPrefix(prefix: string, view: Map<string, KeyValue | null>): Promise<string[]> {
    const keys = new Set<string>();
    for await (const key of this.kv.keys({ gte: prefix })) {
      if (!key.startsWith(prefix)) break;
      keys.add(key);
    }
    for (const [key, kv] of view) if (kv && key.startsWith(prefix)) keys.add(key);
    return [...keys];
  }

  private async commit(
    revision: number,
    view: Map<string, KeyValue | null>,
    before: Map<string, KeyValue | null>,
    events: WatchEvent[],
  ): Promise<void> {
    const batch = this.db.batch();
    for (const [key, kv] of view) {
      if (kv === null) batch.del(key, { sublevel: this.kv });
      else {
        const stored: StoredKv = { v: kv.value, c: kv.createRevision, m: kv.modRevision, n: kv.version, l: kv.lease };
        batch.put(key, JSON.stringify(stored), { sublevel: this.kv });
      }
    }
    batch.put(pad(revision), JSON.stringify(events), { sublevel: this.log });
    const compacted = revision - this.history;
    if (compacted > 0) batch.del(pad(compacted), { sublevel: this.log });
    batch.put('revision', String(revision), { sublevel: this.meta });
    await batch.write({ sync: this.sync });
    this.revisionNow = revision;
    for (const [key, kv] of view) {
      const previousLease = before.get(key)?.lease ?? NO_LEASE;
      if (previousLease !== NO_LEASE) this.leases.get(previousLease)?.keys.delete(key);
      if (kv && kv.lease !== NO_LEASE) this.leases.get(kv.lease)?.keys.add(key);
    }
    this.notify(events);
  }

  private notify(events: readonly WatchEvent[]): void {
    for (const w of this.watches) {
      const mine = events.filter((e) => e.kv.key.startsWith(w.prefix));
      if (mine.length > 0) deliver(w.sink, mine);
    }
  }

  /**
   * Watches `prefix` from `fromRevision`: history first, then live changes, in
   * order. Fails with OutOfRange when that revision has left the history.
   */
  watch(prefix: string, fromRevision: number, sink: EngineWatchSink): Promise<() => void> {
    return this.exclusive(async () => {
      const oldest = Math.max(1, this.revisionNow - this.history + 1);
      if (fromRevision < oldest && fromRevision <= this.revisionNow) {
        throw new DomainError(
          'OutOfRange',
          `required revision ${fromRevision} has been compacted (oldest kept: ${oldest})`,
          { revision: String(fromRevision) },
        );
      }
      const backlog: WatchEvent[] = [];
      for await (const [, raw] of this.log.iterator({ gte: pad(Math.max(1, fromRevision)) })) {
        for (const e of JSON.parse(raw) as WatchEvent[]) if (e.kv.key.startsWith(prefix)) backlog.push(e);
      }
      if (backlog.length > 0) deliver(sink, backlog);
      const watch: EngineWatch = { prefix, sink };
      this.watches.add(watch);
      return () => {
        this.watches.delete(watch);
      };
    });
  }

  grantLease(ttlSeconds: number): Promise<LeaseId> {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) {
      return Promise.reject(new DomainError('InvalidArgument', `lease TTL must be a whole number of seconds >= 1`));
    }
    return this.exclusive(async () => {
      const id = String(++this.leaseSeq);
      await this.db.batch(
        [
          { type: 'put', sublevel: this.leaseDb, key: id, value: JSON.stringify({ ttl: ttlSeconds }) },
          { type: 'put', sublevel: this.meta, key: 'leaseSeq', value: String(this.leaseSeq) },
        ],
        { sync: this.sync },
      );
      this.leases.set(id, { ttl: ttlSeconds, expiresAt: Date.now() + ttlSeconds * 1000, keys: new Set() });
      return id;
    });
  }

  keepAlive(lease: LeaseId): Promise<number> {
    return this.exclusive(async () => {
      const state = this.leases.get(lease);
      if (!state || state.expiresAt <= Date.now()) return 0;
      state.expiresAt = Date.now() + state.ttl * 1000;
      return state.ttl;
    });
  }

  revokeLease(lease: LeaseId): Promise<void> {
    return this.exclusive(() => this.revoke(lease));
  }

  private async revoke(lease: LeaseId): Promise<void> {
    const state = this.leases.get(lease);
    if (!state) return;
    const ops: TxnOp[] = [...state.keys].sort().map((key) => ({ type: 'delete', key }));
    await this.apply(ops, true);
    await this.db.batch([{ type: 'del', sublevel: this.leaseDb, key: lease }], { sync: this.sync });
    this.leases.delete(lease);
  }

  private expireLeases(): void {
    const now = Date.now();
    for (const [id, state] of this.leases) {
      if (state.expiresAt > now) continue;
      this.exclusive(async () => {
        // Kept alive meanwhile? Then it stays.
        const current = this.leases.get(id);
        if (current && current.expiresAt <= Date.now()) await this.revoke(id);
      }).catch(() => undefined);
    }
  }
}

function deletedKv(key: string, revision: number): KeyValue {
  return { key, value: '', createRevision: 0, modRevision: revision, version: 0, lease: NO_LEASE };
}

/** Hands events to a sink on a later microtask, in order, containing its failures. */
function deliver(sink: EngineWatchSink, events: readonly WatchEvent[]): void {
  queueMicrotask(() => {
    try {
      sink.events(events);
    } catch {
      // A watcher's own failure must not break the engine or other watchers.
    }
  });
}
