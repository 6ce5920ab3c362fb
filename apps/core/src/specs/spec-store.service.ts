import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { Subject } from 'rxjs';
import { DomainError, Errors } from '@mayastor/common';
import { decodeVersioned, encodeVersioned, STORE, StoreKeys, type Store, type TxnOp } from '@mayastor/pstor';
import { LeaderService } from '../leader/leader.service.js';
import {
  CORE_SPEC_KINDS,
  SPEC_SCHEMA_VERSION,
  type CoreSpecKind,
  type ReplicaSpec,
  type SpecChange,
  type SpecsByKind,
} from './spec.types.js';

/** etcd refuses transactions of more than 128 operations by default. */
const MAX_TXN_OPS = 100;
/** How often dirty specs are written again while any remain. */
const DIRTY_RETRY_MS = 1000;

/**
 * The specs of the core, held in memory and written through to the store: the
 * store is the source of truth, memory is its copy in this (the only writing)
 * core, loaded once when the core becomes the leader.
 *
 * Every write is one transaction fenced by the leader lock, so a core that lost
 * the lock cannot write. Two ways to write:
 * - `commit`: all or nothing. On failure memory is restored and the error
 *   thrown; used for the intent of an operation, before any io-engine is called.
 * - `commitOrMarkDirty`: memory keeps the change even when the store refuses it;
 *   the specs are marked dirty and written again every second until the store
 *   takes them. Used to complete an operation whose io-engine call is done.
 *
 * Writes are serialised, and a dirty spec is written with its value in memory at
 * the time of the write, so a late retry can never put back an older value over a
 * newer one.
 */
@Injectable()
export class SpecStore implements OnApplicationShutdown {
  private readonly logger = new Logger(SpecStore.name);
  private readonly specs: { [K in CoreSpecKind]: Map<string, SpecsByKind[K]> } = {
    NodeSpec: new Map(),
    PoolSpec: new Map(),
    ReplicaSpec: new Map(),
    VolumeSpec: new Map(),
    NexusSpec: new Map(),
    AppNodeSpec: new Map(),
  };
  /** Ids of a kind in order, kept until a spec of the kind is added or removed (paged lists read them). */
  private readonly sortedIds = new Map<CoreSpecKind, readonly string[]>();
  /** Replica ids by owning volume, kept with every change: a volume's replicas without a scan of them all. */
  private readonly replicasByVolume = new Map<string, Set<string>>();
  /** Replica specs per pool, for placement (which would otherwise walk every replica spec per create). */
  private readonly replicaCountByPool = new Map<string, number>();
  /** Replica specs being created (few at any time). */
  private readonly creating = new Set<string>();
  /** Store key -> which spec is still to write (its value is read from memory when written). */
  private readonly dirty = new Map<string, { kind: CoreSpecKind; id: string }>();
  private readonly writes = new Mutex();
  private dirtyTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private loaded = false;
  /** Every spec changed in memory by a commit that was not undone (reconcilers follow it). */
  readonly changes = new Subject<{ readonly kind: CoreSpecKind; readonly id: string }>();

  constructor(
    @Inject(STORE) private readonly store: Store,
    private readonly keys: StoreKeys,
    private readonly leader: LeaderService,
  ) {}

  /** Reads every spec from the store. Called once, when this core became the leader. */
  async load(): Promise<void> {
    this.sortedIds.clear();
    this.replicasByVolume.clear();
    this.replicaCountByPool.clear();
    this.creating.clear();
    for (const kind of CORE_SPEC_KINDS) {
      const map = this.specs[kind] as Map<string, unknown>;
      map.clear();
      for await (const kv of this.store.list(this.keys.kind(kind))) {
        const id = this.keys.idOf(kind, kv.key);
        if (id === undefined) continue;
        try {
          const value = decodeVersioned(kv.value, SPEC_SCHEMA_VERSION);
          // Indexed first: a replica spec the index cannot read is skipped whole.
          if (kind === 'ReplicaSpec') this.indexReplica(id, null, value as ReplicaSpec);
          map.set(id, value);
        } catch (error) {
          this.logger.error({ key: kv.key, err: error }, 'unreadable spec skipped');
        }
      }
    }
    this.loaded = true;
    this.logger.log(
      { nodes: this.specs.NodeSpec.size, pools: this.specs.PoolSpec.size, replicas: this.specs.ReplicaSpec.size },
      'specs loaded',
    );
  }

  get isLoaded(): boolean {
    return this.loaded;
  }

  get<K extends CoreSpecKind>(kind: K, id: string): SpecsByKind[K] | undefined {
    return this.specs[kind].get(id);
  }

  list<K extends CoreSpecKind>(kind: K): SpecsByKind[K][] {
    return [...this.specs[kind].values()] as SpecsByKind[K][];
  }

  /**
   * The ids of a kind in code-unit order. Sorted once and kept until a spec of the
   * kind is added or removed (an update keeps it), so paging through a long list
   * does not sort it again for every page. Do not modify the array.
   */
  ids(kind: CoreSpecKind): readonly string[] {
    let ids = this.sortedIds.get(kind);
    if (!ids) {
      ids = [...this.specs[kind].keys()].sort();
      this.sortedIds.set(kind, ids);
    }
    return ids;
  }

  /** The replica specs a volume owns (`owners.volume`), from an index kept with every change. */
  replicasOfVolume(volume: string): ReplicaSpec[] {
    const ids = this.replicasByVolume.get(volume);
    if (!ids) return [];
    const out: ReplicaSpec[] = [];
    for (const id of ids) {
      const replica = this.specs.ReplicaSpec.get(id);
      if (replica) out.push(replica);
    }
    return out;
  }

  /** How many replica specs are on the pool. */
  replicaCount(pool: string): number {
    return this.replicaCountByPool.get(pool) ?? 0;
  }

  /** The replica specs being created (status Creating). */
  creatingReplicas(): ReplicaSpec[] {
    const out: ReplicaSpec[] = [];
    for (const id of this.creating) {
      const replica = this.specs.ReplicaSpec.get(id);
      if (replica) out.push(replica);
    }
    return out;
  }

  /** Keeps the replica indexes (by volume, count by pool, creating) in step with a change. */
  private indexReplica(id: string, before: ReplicaSpec | null, after: ReplicaSpec | null): void {
    // Read before any index changes, so that a malformed spec throws with all of them untouched.
    const was = before?.owners.volume ?? null;
    const now = after?.owners.volume ?? null;
    if (before?.pool !== after?.pool) {
      if (before) this.replicaCountByPool.set(before.pool, this.replicaCount(before.pool) - 1);
      if (after) this.replicaCountByPool.set(after.pool, this.replicaCount(after.pool) + 1);
      if (before && this.replicaCount(before.pool) === 0) this.replicaCountByPool.delete(before.pool);
    }
    if (after?.status === 'Creating') this.creating.add(id);
    else this.creating.delete(id);
    if (was === now) return;
    if (was !== null) {
      const ids = this.replicasByVolume.get(was);
      ids?.delete(id);
      if (ids?.size === 0) this.replicasByVolume.delete(was);
    }
    if (now !== null) {
      let ids = this.replicasByVolume.get(now);
      if (!ids) this.replicasByVolume.set(now, (ids = new Set()));
      ids.add(id);
    }
  }

  /** The specs of a kind in id order (see `ids`). */
  sorted<K extends CoreSpecKind>(kind: K): SpecsByKind[K][] {
    const map = this.specs[kind] as Map<string, SpecsByKind[K]>;
    return this.ids(kind).map((id) => map.get(id)!);
  }

  /** Number of specs written in memory but not yet in the store. */
  get dirtyCount(): number {
    return this.dirty.size;
  }

  /** Applies the changes in memory and writes them in one transaction; restores memory if that fails. */
  async commit(all: readonly SpecChange[]): Promise<void> {
    const changes = this.effective(all);
    if (changes.length === 0) return;
    const previous = changes.map((change) => ({ ...change, value: this.apply(change) }) as SpecChange);
    try {
      await this.write(changes);
    } catch (error) {
      // Restored; a key that was dirty stays dirty, and is written with this value.
      for (const change of previous.reverse()) this.apply(change);
      throw this.storeError(error, 'the operation was not started');
    }
    for (const change of changes) this.dirty.delete(this.key(change));
    this.announce(changes);
  }

  /**
   * Applies the changes in memory and writes them; when the store refuses, they stay
   * in memory as dirty specs (written again later) and FailedPersist is thrown.
   */
  async commitOrMarkDirty(all: readonly SpecChange[]): Promise<void> {
    const changes = this.effective(all);
    if (changes.length === 0) return;
    for (const change of changes) this.apply(change);
    this.announce(changes);
    try {
      await this.write(changes);
      for (const change of changes) this.dirty.delete(this.key(change));
    } catch (error) {
      for (const change of changes) this.dirty.set(this.key(change), { kind: change.kind, id: change.id });
      this.scheduleFlush();
      throw this.storeError(error, 'the change is kept in memory and will be written when the store returns', true);
    }
  }

  /** Writes every dirty spec (also called by the periodic retry). */
  async flushDirty(): Promise<void> {
    this.flushing ??= (async () => {
      try {
        const written = await this.writes.runExclusive(async () => {
          // Under the write lock no other write interleaves: memory holds the newest values.
          const pending = [...this.dirty.entries()];
          if (pending.length === 0) return 0;
          const changes = pending.map(
            ([, { kind, id }]) => ({ kind, id, value: this.get(kind, id) ?? null }) as SpecChange,
          );
          await this.writeNow(changes);
          for (const [key] of pending) this.dirty.delete(key);
          return pending.length;
        });
        if (written > 0) this.logger.log({ specs: written }, 'dirty specs written');
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  onApplicationShutdown(): void {
    this.changes.complete();
    clearTimeout(this.dirtyTimer);
    this.dirtyTimer = undefined;
  }

  private scheduleFlush(): void {
    if (this.dirtyTimer) return;
    this.dirtyTimer = setTimeout(() => {
      this.dirtyTimer = undefined;
      this.flushDirty().then(
        () => undefined,
        (error: unknown) => {
          this.logger.warn({ dirty: this.dirty.size, err: error }, 'dirty specs not written; retrying');
        },
      );
      if (this.dirty.size > 0) this.scheduleFlush();
    }, DIRTY_RETRY_MS);
  }

  /**
   * The changes that change something: a spec written with the value memory holds
   * already costs no transaction (a reconciler putting back what is there, say).
   * A dirty spec is not skipped: it still has to reach the store.
   */
  private effective(changes: readonly SpecChange[]): SpecChange[] {
    return changes.filter((change) => {
      if (this.dirty.has(this.key(change))) return true;
      const current = this.get(change.kind, change.id) as SpecChange['value'] | undefined;
      if (change.value === null) return current !== undefined;
      return current === undefined || JSON.stringify(current) !== JSON.stringify(change.value);
    });
  }

  private announce(changes: readonly SpecChange[]): void {
    if (this.changes.closed) return;
    for (const change of changes) this.changes.next({ kind: change.kind, id: change.id });
  }

  /** Sets the change in memory; returns the value it replaced. */
  private apply(change: SpecChange): SpecChange['value'] {
    const map = this.specs[change.kind] as Map<string, SpecChange['value']>;
    const before = map.get(change.id) ?? null;
    if (change.value === null) map.delete(change.id);
    else map.set(change.id, change.value);
    if ((before === null) !== (change.value === null)) this.sortedIds.delete(change.kind);
    if (change.kind === 'ReplicaSpec') this.indexReplica(change.id, before as ReplicaSpec | null, change.value);
    return before;
  }

  private key(change: SpecChange): string {
    return this.keys.spec(change.kind, change.id);
  }

  private async write(changes: readonly SpecChange[]): Promise<void> {
    await this.writes.runExclusive(() => this.writeNow(changes));
  }

  private async writeNow(changes: readonly SpecChange[]): Promise<void> {
    const lock = this.leader.leaderLock;
    if (!lock) throw Errors.unavailable('this core is not the leader: it may not write specs');
    const ops: TxnOp[] = changes.map((change) =>
      change.value === null
        ? { type: 'delete', key: this.key(change) }
        : { type: 'put', key: this.key(change), value: encodeVersioned(SPEC_SCHEMA_VERSION, change.value) },
    );
    for (let i = 0; i < ops.length; i += MAX_TXN_OPS) {
      await lock.txn([], ops.slice(i, i + MAX_TXN_OPS));
    }
  }

  private storeError(error: unknown, consequence: string, persisted = false): DomainError {
    const message = error instanceof Error ? error.message : String(error);
    return new DomainError(
      persisted ? 'FailedPersist' : 'Unavailable',
      `the store did not take the spec change (${message}); ${consequence}`,
      {},
      { cause: error },
    );
  }
}
