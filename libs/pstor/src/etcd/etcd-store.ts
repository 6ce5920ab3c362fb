import { noop } from 'cockatiel';
import { Etcd3, type ICompare, type IKeyValue, type IRequestOp, type IWatchResponse, type Watcher } from 'etcd3';
import { DomainError, withTimeout } from '@mayastor/common';
import {
  listByPages,
  NO_LEASE,
  prefixEnd,
  RANGE_PAGE_LIMIT,
  type Compare,
  type KeyValue,
  type LeaseId,
  type RangeOptions,
  type RangePage,
  type Store,
  type StoreWatch,
  type TxnOp,
  type TxnOpResult,
  type TxnResult,
  type WatchEvent,
  type WatchHandlers,
  type WatchOptions,
} from '../store.js';
import { DEFAULT_STORE_TIMEOUT_MS } from '../defaults.js';

export interface EtcdStoreOptions {
  /** `host:port` or `http://host:port` endpoints. */
  readonly endpoints: readonly string[];
  /** Deadline of every call. Defaults to 5 s. */
  readonly timeoutMs?: number;
}

const COMPARE_RESULT = { '==': 'Equal', '!=': 'NotEqual', '<': 'Less', '>': 'Greater' } as const;

function toKeyValue(kv: IKeyValue): KeyValue {
  return {
    key: kv.key.toString('utf8'),
    value: kv.value.toString('utf8'),
    createRevision: Number(kv.create_revision),
    modRevision: Number(kv.mod_revision),
    version: Number(kv.version),
    lease: kv.lease === undefined || kv.lease === '' ? NO_LEASE : String(kv.lease),
  };
}

function toCompare(c: Compare): ICompare {
  const key = Buffer.from(c.key);
  const result = COMPARE_RESULT[c.op];
  switch (c.target) {
    case 'createRevision':
      return { key, result, target: 'Create', create_revision: c.value };
    case 'modRevision':
      return { key, result, target: 'Mod', mod_revision: c.value };
    case 'version':
      return { key, result, target: 'Version', version: c.value };
    case 'value':
      return { key, result, target: 'Value', value: Buffer.from(c.value) };
    case 'lease':
      return { key, result, target: 'Lease', lease: c.value };
  }
}

function toRequestOp(op: TxnOp): IRequestOp {
  const key = Buffer.from(op.key);
  switch (op.type) {
    case 'put':
      return { request_put: { key, value: Buffer.from(op.value), lease: op.lease ?? NO_LEASE } };
    case 'delete':
      return { request_delete_range: op.prefix ? { key, range_end: prefixEnd(op.key) } : { key } };
    case 'get':
      return { request_range: { key } };
  }
}

function normaliseEndpoint(endpoint: string): string {
  return /^[a-z]+:\/\//.test(endpoint) ? endpoint : `http://${endpoint}`;
}

/**
 * The etcd v3 backend, on the `etcd3` client. Calls carry a gRPC deadline and are
 * raced against the store timeout, so none outlives it; failures of the server or
 * the connection surface as `Unavailable`. The channel reconnects quickly
 * (backoff capped at 1 s) once etcd is back.
 */
export class EtcdStore implements Store {
  readonly backend = 'etcd';
  private readonly client: Etcd3;
  private readonly timeoutMs: number;
  private readonly watches = new Set<EtcdPrefixWatch>();

  constructor(options: EtcdStoreOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
    this.client = new Etcd3({
      hosts: options.endpoints.map(normaliseEndpoint),
      dialTimeout: this.timeoutMs,
      grpcOptions: {
        'grpc.initial_reconnect_backoff_ms': 100,
        'grpc.max_reconnect_backoff_ms': 1000,
        'grpc.keepalive_time_ms': 10_000,
        'grpc.keepalive_timeout_ms': 5_000,
      },
      faultHandling: {
        // We report failures to the caller at once rather than retrying behind
        // its back; the operation layers decide what to retry.
        global: noop,
        host: () => noop,
        watchBackoff: undefined,
      },
    });
  }

  /** Runs one call with the store deadline, mapping every failure to a DomainError. */
  private async call<T>(what: string, run: (deadline: Date) => Promise<T>): Promise<T> {
    const deadline = new Date(Date.now() + this.timeoutMs);
    try {
      return await withTimeout(run(deadline), this.timeoutMs, `etcd ${what}`);
    } catch (error) {
      throw EtcdStore.toDomainError(what, error);
    }
  }

  static toDomainError(what: string, error: unknown): DomainError {
    if (error instanceof DomainError) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (/compacted/i.test(message)) {
      return new DomainError('OutOfRange', `etcd ${what}: ${message}`, {}, { cause: error });
    }
    return new DomainError('Unavailable', `etcd ${what} failed: ${message}`, {}, { cause: error });
  }

  async get(key: string): Promise<KeyValue | null> {
    const res = await this.call('get', (deadline) => this.client.kv.range({ key: Buffer.from(key) }, { deadline }));
    const kv = res.kvs[0];
    return kv ? toKeyValue(kv) : null;
  }

  async put(key: string, value: string, options?: { lease?: LeaseId }): Promise<number> {
    const res = await this.call('put', (deadline) =>
      this.client.kv.put(
        { key: Buffer.from(key), value: Buffer.from(value), lease: options?.lease ?? NO_LEASE },
        { deadline },
      ),
    );
    return Number(res.header.revision);
  }

  async delete(key: string): Promise<number> {
    const res = await this.call('delete', (deadline) =>
      this.client.kv.deleteRange({ key: Buffer.from(key) }, { deadline }),
    );
    return Number(res.deleted);
  }

  async deletePrefix(prefix: string): Promise<number> {
    const res = await this.call('delete prefix', (deadline) =>
      this.client.kv.deleteRange({ key: Buffer.from(prefix), range_end: prefixEnd(prefix) }, { deadline }),
    );
    return Number(res.deleted);
  }

  async range(prefix: string, options: RangeOptions = {}): Promise<RangePage> {
    const limit = Math.min(options.limit ?? RANGE_PAGE_LIMIT, RANGE_PAGE_LIMIT);
    // Keys strictly after `startAfter`: the smallest key greater than it is startAfter + NUL.
    const from = options.startAfter === undefined ? prefix : `${options.startAfter}\0`;
    const res = await this.call('range', (deadline) =>
      this.client.kv.range(
        { key: Buffer.from(from), range_end: prefixEnd(prefix), limit, sort_order: 'Ascend', sort_target: 'Key' },
        { deadline },
      ),
    );
    return { kvs: res.kvs.map(toKeyValue), more: res.more, revision: Number(res.header.revision) };
  }

  list(prefix: string): AsyncIterable<KeyValue> {
    return listByPages((p, o) => this.range(p, o), prefix);
  }

  async txn(
    compares: readonly Compare[],
    success: readonly TxnOp[],
    failure: readonly TxnOp[] = [],
  ): Promise<TxnResult> {
    const res = await this.call('txn', (deadline) =>
      this.client.kv.txn(
        { compare: compares.map(toCompare), success: success.map(toRequestOp), failure: failure.map(toRequestOp) },
        { deadline },
      ),
    );
    const ops = res.succeeded ? success : failure;
    const results = ops.map((op, i): TxnOpResult => {
      const r = res.responses[i];
      switch (op.type) {
        case 'put':
          return { type: 'put' };
        case 'delete':
          return { type: 'delete', deleted: Number(r?.response_delete_range?.deleted ?? 0) };
        case 'get': {
          const kv = r?.response_range?.kvs[0];
          return { type: 'get', kv: kv ? toKeyValue(kv) : null };
        }
      }
    });
    return { succeeded: res.succeeded, revision: Number(res.header.revision), results };
  }

  async revision(): Promise<number> {
    const res = await this.call('revision', (deadline) =>
      this.client.kv.range({ key: Buffer.from('\0'), count_only: true }, { deadline }),
    );
    return Number(res.header.revision);
  }

  async watch(prefix: string, handlers: WatchHandlers, options: WatchOptions = {}): Promise<StoreWatch> {
    const start = options.startRevision ?? (await this.revision()) + 1;
    const watch = new EtcdPrefixWatch(this.client, prefix, start, handlers, () => this.watches.delete(watch));
    this.watches.add(watch);
    return watch;
  }

  async grantLease(ttlSeconds: number): Promise<LeaseId> {
    const res = await this.call('lease grant', (deadline) =>
      this.client.leaseClient.leaseGrant({ TTL: ttlSeconds }, { deadline }),
    );
    return String(res.ID);
  }

  async keepAliveOnce(lease: LeaseId): Promise<number> {
    // etcd answers a revoked lease with a 'lease not found' error rather than TTL 0.
    return this.keepAliveCall(lease).catch((error: unknown) => {
      if (error instanceof DomainError && /lease not found/i.test(error.message)) return 0;
      throw error;
    });
  }

  private keepAliveCall(lease: LeaseId): Promise<number> {
    return this.call('lease keep-alive', async (deadline) => {
      const stream = await this.client.leaseClient.leaseKeepAlive({ deadline });
      try {
        const reply = new Promise<number>((resolve, reject) => {
          stream.on('data', (res: { TTL: string }) => resolve(Number(res.TTL)));
          stream.on('error', reject);
          stream.on('end', () => reject(new Error('keep-alive stream ended')));
        });
        stream.write({ ID: lease });
        return await reply;
      } finally {
        stream.end();
      }
    });
  }

  async revokeLease(lease: LeaseId): Promise<void> {
    try {
      await this.call('lease revoke', (deadline) => this.client.leaseClient.leaseRevoke({ ID: lease }, { deadline }));
    } catch (error) {
      // Revoking a lease that is already gone is done, not an error.
      if (!(error instanceof DomainError && /not found/i.test(error.message))) throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.watches].map((w) => w.cancel()));
    this.client.close();
  }
}

/**
 * A prefix watch that owns its resume point. etcd3 resumes a watcher after a
 * reconnect from the revision after the last response header it saw, and it moves
 * that point on the `created` response, before catch-up events arrive; a second
 * drop in that window would skip events. So on every disconnect the resume point
 * is set back to the revision after the last event delivered, and anything at or
 * below it is dropped: events are neither lost nor repeated.
 */
class EtcdPrefixWatch implements StoreWatch {
  private readonly watcher: Watcher;
  private delivered: number;
  private cancelled = false;
  private disconnected = false;

  constructor(
    client: Etcd3,
    prefix: string,
    startRevision: number,
    private readonly handlers: WatchHandlers,
    private readonly onClosed: () => void,
  ) {
    this.delivered = startRevision - 1;
    const watcher = client.watch().prefix(prefix).startRevision(String(startRevision)).watcher();
    this.watcher = watcher;
    watcher.on('data', (res: IWatchResponse) => this.onData(res));
    watcher.on('connected', () => {
      if (!this.disconnected) return;
      this.disconnected = false;
      this.handlers.onResumed?.();
    });
    watcher.on('disconnected', (error: Error) => {
      // etcd3 re-creates the watcher (after its backoff) with this request.
      watcher.request.start_revision = String(this.delivered + 1);
      if (this.cancelled || this.disconnected) return;
      this.disconnected = true;
      this.handlers.onDisconnected?.(error);
    });
    watcher.on('error', (error: Error) => {
      if (this.cancelled) return;
      this.cancelled = true;
      this.onClosed();
      this.handlers.onError?.(EtcdStore.toDomainError('watch', error));
    });
  }

  get lastRevision(): number {
    return this.delivered;
  }

  private onData(res: IWatchResponse): void {
    const events: WatchEvent[] = [];
    let newest = this.delivered;
    for (const ev of res.events) {
      const kv = toKeyValue(ev.kv);
      if (kv.modRevision <= this.delivered) continue;
      newest = Math.max(newest, kv.modRevision);
      events.push({ type: ev.type === 'Delete' ? 'delete' : 'put', kv });
    }
    this.delivered = newest;
    if (events.length > 0) this.handlers.onEvents(events);
  }

  async cancel(): Promise<void> {
    if (this.cancelled) return;
    this.cancelled = true;
    this.onClosed();
    await withTimeout(this.watcher.cancel(), 1000, 'watch cancel').catch(() => undefined);
  }
}
