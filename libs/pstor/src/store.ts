/**
 * The persistent store: the single source of truth for specs. One interface, two
 * backends (etcd v3 and embedded) that pass the same contract suite.
 *
 * Every call either settles within the store timeout or fails with a DomainError
 * of kind `Unavailable`; none hangs while the server is away.
 */

/** An etcd-style lease id: a decimal int64 as a string. `'0'` means no lease. */
export type LeaseId = string;
export const NO_LEASE: LeaseId = '0';

export interface KeyValue {
  readonly key: string;
  readonly value: string;
  /** Revision of the transaction that created the key (0 for a key that does not exist). */
  readonly createRevision: number;
  /** Revision of the transaction that last changed the key. */
  readonly modRevision: number;
  /** Number of changes since creation (1 after the create). */
  readonly version: number;
  readonly lease: LeaseId;
}

export type CompareOp = '==' | '!=' | '<' | '>';

export type Compare =
  | {
      readonly key: string;
      readonly target: 'createRevision' | 'modRevision' | 'version';
      readonly op: CompareOp;
      readonly value: number;
    }
  | { readonly key: string; readonly target: 'value'; readonly op: CompareOp; readonly value: string }
  | { readonly key: string; readonly target: 'lease'; readonly op: '==' | '!='; readonly value: LeaseId };

export type TxnOp =
  | { readonly type: 'put'; readonly key: string; readonly value: string; readonly lease?: LeaseId }
  | { readonly type: 'delete'; readonly key: string; readonly prefix?: boolean }
  | { readonly type: 'get'; readonly key: string };

export type TxnOpResult =
  | { readonly type: 'put' }
  | { readonly type: 'delete'; readonly deleted: number }
  | { readonly type: 'get'; readonly kv: KeyValue | null };

export interface TxnResult {
  readonly succeeded: boolean;
  /** Store revision after the transaction. */
  readonly revision: number;
  /** One result per op of the branch that ran, in order. */
  readonly results: readonly TxnOpResult[];
}

export interface RangeOptions {
  /** Return keys strictly after this one (for paging). */
  readonly startAfter?: string;
  /** At most this many keys; defaults to and is capped at `RANGE_PAGE_LIMIT`. */
  readonly limit?: number;
}

export interface RangePage {
  readonly kvs: readonly KeyValue[];
  /** More keys follow the last one returned. */
  readonly more: boolean;
  readonly revision: number;
}

export const RANGE_PAGE_LIMIT = 500;

export interface WatchEvent {
  readonly type: 'put' | 'delete';
  /** For a delete: the key, with `modRevision` the revision of the delete and an empty value. */
  readonly kv: KeyValue;
}

export interface WatchHandlers {
  /** Events of one or more revisions, in revision order, never repeated or skipped. */
  readonly onEvents: (events: readonly WatchEvent[]) => void;
  /** The watch cannot go on (e.g. its start revision was compacted). It is cancelled. */
  readonly onError?: (error: Error) => void;
  /** The connection dropped; the watch resumes by itself, from where it stopped. */
  readonly onDisconnected?: (error: Error) => void;
  readonly onResumed?: () => void;
}

export interface WatchOptions {
  /** First revision to report; defaults to the next one. */
  readonly startRevision?: number;
}

export interface StoreWatch {
  /** The last revision delivered (or `startRevision - 1`). */
  readonly lastRevision: number;
  cancel(): Promise<void>;
}

export interface Store {
  readonly backend: 'etcd' | 'embedded';
  get(key: string): Promise<KeyValue | null>;
  /** Returns the store revision of the write. */
  put(key: string, value: string, options?: { lease?: LeaseId }): Promise<number>;
  /** Returns how many keys were deleted. */
  delete(key: string): Promise<number>;
  deletePrefix(prefix: string): Promise<number>;
  /** One page of the keys under `prefix`, in key order. */
  range(prefix: string, options?: RangeOptions): Promise<RangePage>;
  /** All keys under `prefix`, in key order, fetched a page at a time. */
  list(prefix: string): AsyncIterable<KeyValue>;
  /** If every compare holds, runs `success`, else `failure`; atomically. */
  txn(compares: readonly Compare[], success: readonly TxnOp[], failure?: readonly TxnOp[]): Promise<TxnResult>;
  /** Watches every key under `prefix`; resumes after reconnects without losing or repeating events. */
  watch(prefix: string, handlers: WatchHandlers, options?: WatchOptions): Promise<StoreWatch>;
  /** The current store revision. */
  revision(): Promise<number>;
  grantLease(ttlSeconds: number): Promise<LeaseId>;
  /** Renews a lease; returns its new TTL in seconds, or 0 when it has expired or been revoked. */
  keepAliveOnce(lease: LeaseId): Promise<number>;
  revokeLease(lease: LeaseId): Promise<void>;
  close(): Promise<void>;
}

/** The first key after every key that starts with `prefix`, as bytes (etcd's range_end). */
export function prefixEnd(prefix: string): Buffer {
  const bytes = Buffer.from(prefix, 'utf8');
  for (let i = bytes.length - 1; i >= 0; i--) {
    if (bytes[i]! < 0xff) {
      const end = Buffer.from(bytes.subarray(0, i + 1));
      end[i] = end[i]! + 1;
      return end;
    }
  }
  return Buffer.from([0]);
}

/** Pages through `range` until the prefix is exhausted. */
export async function* listByPages(
  range: (prefix: string, options: RangeOptions) => Promise<RangePage>,
  prefix: string,
): AsyncGenerator<KeyValue> {
  let startAfter: string | undefined;
  for (;;) {
    const page = await range(prefix, { startAfter, limit: RANGE_PAGE_LIMIT });
    yield* page.kvs;
    if (!page.more || page.kvs.length === 0) return;
    startAfter = page.kvs[page.kvs.length - 1]!.key;
  }
}
