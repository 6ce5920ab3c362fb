import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Subject } from 'rxjs';
import { DomainError, Errors } from '@mayastor/common';
import { IoEngineClient, type Nexus } from '@mayastor/io-engine';
import { CoreConfig } from '../core.config.js';
import {
  poolStateOf,
  replicaStateOf,
  type NodeStatus,
  type NodeView,
  type PoolState,
  type ReplicaState,
} from './node-state.js';

/** What an io-engine says about itself when it registers (or answers a probe). */
export interface Registration {
  readonly id: string;
  readonly grpcEndpoint: string;
  readonly instanceUuid: string;
  readonly nodeNqn: string;
  readonly version: string;
}

/** A nexus whose state (or a child's) changed on its own, as a fetch found it; `volume` is its name. */
export interface NexusChange {
  readonly node: string;
  readonly nexus: string;
  readonly volume: string;
}

/** A change of a node's liveness, after the registry refreshed its state. */
export interface NodeEvent {
  readonly type: 'online' | 'restarted' | 'offline';
  readonly node: string;
}

class NodeEntry {
  status: NodeStatus = 'Unknown';
  instanceUuid = '';
  nodeNqn = '';
  version = '';
  lastSeenMs = 0;
  /** Monotonic ms of the last sign of life (registration or successful probe). */
  aliveAt = 0;
  probing = false;
  pools = new Map<string, PoolState>();
  replicas = new Map<string, ReplicaState>();
  nexuses = new Map<string, Nexus>();
  fetchedAt = 0;
  /** Bumped by every change we make, so a fetch that raced with one is not trusted. */
  mutations = 0;
  fetching: Promise<void> | undefined;
  fetchAgain = false;
  refreshTimer: NodeJS.Timeout | undefined;
  /** Monotonic ms at which the pending refresh timer fires. */
  refreshDue = 0;
  /** Fetches that failed in a row (the next is retried sooner than the poll). */
  fetchFailures = 0;
  /** Monotonic ms of our last change to a nexus of the node. */
  nexusChangedAt = 0;

  constructor(
    readonly id: string,
    public endpoint: string,
    public client: IoEngineClient,
  ) {}

  view(): NodeView {
    return {
      id: this.id,
      grpcEndpoint: this.endpoint,
      status: this.status,
      nodeNqn: this.nodeNqn,
      version: this.version,
      instanceUuid: this.instanceUuid,
      lastSeenMs: this.lastSeenMs,
    };
  }
}

const now = (): number => performance.now();

/** How soon after our changes a node is fetched again. */
const CHANGE_REFRESH_MS = 250;
/** A failed fetch of an online node is retried after this, doubling up to CACHE_POLL_MS. */
const FETCH_RETRY_MS = 1000;

/** How often a node with a rebuild in progress is fetched again. */
const REBUILD_POLL_MS = 1000;

/** How long after one of our nexus changes a child waiting for its rebuild is watched closely. */
const REBUILD_START_WATCH_MS = 30_000;

/**
 * A nexus that will change on its own soon: a rebuild running, or, shortly after
 * we changed a nexus, a child waiting for its rebuild to start.
 */
function rebuilding(entry: NodeEntry, t: number): boolean {
  for (const nexus of entry.nexuses.values()) {
    if (nexus.rebuilds > 0) return true;
    for (const child of nexus.children) {
      if (child.rebuild_progress >= 0) return true;
      const waiting =
        child.state_reason === 'CHILD_STATE_REASON_OUT_OF_SYNC' || child.state_reason === 'CHILD_STATE_REASON_INIT';
      if (waiting && t - entry.nexusChangedAt < REBUILD_START_WATCH_MS) return true;
    }
  }
  return false;
}

/**
 * The registry: every io-engine node the core knows, its liveness, and a cache of
 * what it holds (pools, replicas, nexuses). Reads are answered from memory. The
 * cache of a node is fetched when it registers, when it restarts, every
 * CACHE_POLL_MS, and shortly after the core changes it (one fetch per burst of
 * changes; the result of each change is put in the cache at once); each node is fetched
 * on its own, so a slow or unreachable node never delays another. A failed fetch of an
 * online node is tried again 1 s later, then 2 s, 4 s … up to CACHE_POLL_MS.
 *
 * Nodes with a nexus rebuild in progress are fetched every second until it ends.
 *
 * Liveness: an engine registers every 5 s. A node silent for NODE_DEADLINE_MS is
 * probed with GetMayastorInfo and marked Offline only if that fails too.
 * Deregister marks a node Unknown. A new instance uuid means the engine restarted
 * (with no state): its cache is fetched again and `events` reports it.
 */
@Injectable()
export class Registry implements OnApplicationShutdown {
  private readonly logger = new Logger(Registry.name);
  private readonly nodes = new Map<string, NodeEntry>();
  private livenessTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly background = new Set<Promise<unknown>>();
  /** Node liveness changes, emitted once the node's cache is fresh. */
  readonly events = new Subject<NodeEvent>();
  /** Nexuses that changed (or vanished) between two fetches: a child faulted, a rebuild ended. */
  readonly nexusChanges = new Subject<NexusChange>();

  constructor(private readonly config: CoreConfig) {}

  /** Starts liveness checks and polling; the nodes of `known` (from their specs) are probed at once. */
  start(known: readonly { id: string; grpcEndpoint: string }[]): void {
    for (const spec of known) {
      const entry = this.entry(spec.id, spec.grpcEndpoint);
      this.track(this.probe(entry));
    }
    const tick = Math.max(100, Math.min(1000, this.config.NODE_DEADLINE_MS / 5));
    this.livenessTimer = setInterval(() => this.checkLiveness(), tick);
    this.pollTimer = setInterval(() => this.pollAll(), this.config.CACHE_POLL_MS);
  }

  /** Stops the timers (first, while the lock is still held) and waits for the tasks running. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.livenessTimer);
    clearInterval(this.pollTimer);
    this.livenessTimer = undefined;
    this.pollTimer = undefined;
    for (const entry of this.nodes.values()) {
      clearTimeout(entry.refreshTimer);
      entry.refreshTimer = undefined;
    }
    await Promise.allSettled([...this.background]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
    for (const entry of this.nodes.values()) entry.client.close();
    this.events.complete();
    this.nexusChanges.complete();
  }

  // ------------------------------------------------------------ registration

  register(registration: Registration): void {
    const entry = this.entry(registration.id, registration.grpcEndpoint);
    const restarted = entry.instanceUuid !== '' && entry.instanceUuid !== registration.instanceUuid;
    const wasOnline = entry.status === 'Online';
    entry.instanceUuid = registration.instanceUuid;
    entry.nodeNqn = registration.nodeNqn;
    entry.version = registration.version;
    entry.lastSeenMs = Date.now();
    entry.aliveAt = now();
    entry.status = 'Online';
    if (restarted || !wasOnline) {
      this.logger.log(
        { node: entry.id, endpoint: entry.endpoint, instance: entry.instanceUuid, restarted },
        restarted ? 'node restarted' : 'node online',
      );
      this.cameBack(entry, restarted);
    }
  }

  /**
   * A node online again, or restarted with no state (what we cached of it is then
   * gone). Until the fetch made now, what is cached of it is not to be acted on: a
   * fetch already in flight may have been answered by the old instance, so it is not
   * trusted. `events` reports the node once fetched.
   */
  private cameBack(entry: NodeEntry, restarted: boolean): void {
    if (restarted) {
      entry.pools.clear();
      entry.replicas.clear();
      entry.nexuses.clear();
    }
    entry.fetchedAt = 0;
    entry.fetchFailures = 0;
    entry.mutations++;
    this.afterRefresh(entry, { type: restarted ? 'restarted' : 'online', node: entry.id });
  }

  deregister(id: string): void {
    const entry = this.nodes.get(id);
    if (!entry) return;
    entry.status = 'Unknown';
    this.logger.log({ node: id }, 'node deregistered');
  }

  // ------------------------------------------------------------ reads

  node(id: string): NodeView | undefined {
    return this.nodes.get(id)?.view();
  }

  listNodes(): NodeView[] {
    return [...this.nodes.values()].map((entry) => entry.view());
  }

  /** The client of an online node; Unavailable (or NotFound) otherwise. */
  client(id: string): IoEngineClient {
    const entry = this.nodes.get(id);
    if (!entry) throw Errors.notFound(`node '${id}' is not known`, { resource: 'Node', id });
    if (entry.status !== 'Online') {
      throw Errors.unavailable(`node '${id}' is ${entry.status.toLowerCase()}`, { resource: 'Node', id });
    }
    return entry.client;
  }

  isOnline(id: string): boolean {
    return this.nodes.get(id)?.status === 'Online';
  }

  /** A pool's state, from the cache; `Unknown` status when its node is not online. */
  pool(id: string): PoolState | undefined {
    for (const entry of this.nodes.values()) {
      const pool = entry.pools.get(id);
      if (pool) return this.live(entry, pool);
    }
    return undefined;
  }

  listPools(node?: string): PoolState[] {
    const out: PoolState[] = [];
    for (const entry of this.nodes.values()) {
      if (node !== undefined && entry.id !== node) continue;
      for (const pool of entry.pools.values()) out.push(this.live(entry, pool));
    }
    return out;
  }

  replica(uuid: string): ReplicaState | undefined {
    for (const entry of this.nodes.values()) {
      const replica = entry.replicas.get(uuid);
      if (replica) return this.live(entry, replica);
    }
    return undefined;
  }

  listReplicas(filter: { node?: string; pool?: string } = {}): ReplicaState[] {
    const out: ReplicaState[] = [];
    for (const entry of this.nodes.values()) {
      if (filter.node !== undefined && entry.id !== filter.node) continue;
      for (const replica of entry.replicas.values()) {
        if (filter.pool !== undefined && replica.pool !== filter.pool) continue;
        out.push(this.live(entry, replica));
      }
    }
    return out;
  }

  listNexuses(node: string): Nexus[] {
    return [...(this.nodes.get(node)?.nexuses.values() ?? [])];
  }

  /** Whether the node's state was fetched since it last came online (or restarted). */
  fetched(node: string): boolean {
    return (this.nodes.get(node)?.fetchedAt ?? 0) > 0;
  }

  /** A nexus as its node last reported it (undefined when unknown or the node is not online). */
  nexus(node: string, uuid: string): Nexus | undefined {
    const entry = this.nodes.get(node);
    return entry?.status === 'Online' ? entry.nexuses.get(uuid) : undefined;
  }

  // ------------------------------------------------------------ changes we made

  /** Records the result of a change we made on a node, then refetches its cache. */
  changed(
    node: string,
    change:
      | { pool: PoolState }
      | { poolRemoved: string }
      | { replica: ReplicaState }
      | { replicaRemoved: string }
      | { nexus: Nexus }
      | { nexusRemoved: string },
  ): void {
    const entry = this.nodes.get(node);
    if (!entry) return;
    entry.mutations++;
    if ('pool' in change) entry.pools.set(change.pool.id, change.pool);
    else if ('poolRemoved' in change) entry.pools.delete(change.poolRemoved);
    else if ('replica' in change) {
      const before = entry.replicas.get(change.replica.uuid);
      entry.replicas.set(change.replica.uuid, change.replica);
      this.account(entry, change.replica, before, +1);
    } else if ('replicaRemoved' in change) {
      const before = entry.replicas.get(change.replicaRemoved);
      entry.replicas.delete(change.replicaRemoved);
      if (before) this.account(entry, before, undefined, -1);
    } else if ('nexus' in change) {
      entry.nexuses.set(change.nexus.uuid, change.nexus);
      entry.nexusChangedAt = now();
    } else entry.nexuses.delete(change.nexusRemoved);
    this.refreshSoon(entry);
  }

  /**
   * Until the node is fetched again, the pool of a replica we created or destroyed
   * counts it in its committed (and, thick, used) bytes, so that placements made
   * meanwhile see the space as taken.
   */
  private account(entry: NodeEntry, replica: ReplicaState, before: ReplicaState | undefined, sign: 1 | -1): void {
    const pool = entry.pools.get(replica.pool);
    if (!pool) return;
    const delta = sign > 0 ? replica.size - (before?.size ?? 0) : -replica.size;
    if (delta === 0) return;
    entry.pools.set(pool.id, {
      ...pool,
      committed: Math.max(0, pool.committed + delta),
      used: replica.thin ? pool.used : Math.max(0, pool.used + delta),
    });
  }

  /**
   * Fetches a node again shortly after our changes: one fetch for a burst of
   * changes (within CHANGE_REFRESH_MS), not one per change, since each fetch
   * lists every replica of the node.
   */
  /**
   * Fetches the node after `delayMs`: one timer per node, so a burst of calls makes
   * one fetch. A pending timer that fires later than asked (a retry backing off) is
   * brought forward.
   */
  private refreshSoon(entry: NodeEntry, delayMs = CHANGE_REFRESH_MS): void {
    if (this.stopped) return;
    const due = now() + delayMs;
    if (entry.refreshTimer) {
      if (entry.refreshDue <= due) return;
      clearTimeout(entry.refreshTimer);
    }
    entry.refreshDue = due;
    entry.refreshTimer = setTimeout(() => {
      entry.refreshTimer = undefined;
      this.track(this.refresh(entry.id));
    }, delayMs);
  }

  /**
   * The node's state may have changed behind our back (an engine refused a change
   * for want of space, say): it is fetched shortly, as after a change of ours.
   */
  stale(node: string): void {
    const entry = this.nodes.get(node);
    if (entry?.status === 'Online') this.refreshSoon(entry);
  }

  /** Fetches a node's pools, replicas and nexuses (at most one fetch per node at a time). */
  async refresh(id: string): Promise<void> {
    const entry = this.nodes.get(id);
    if (!entry) return;
    if (entry.fetching) {
      entry.fetchAgain = true;
      return entry.fetching;
    }
    entry.fetching = (async () => {
      try {
        do {
          entry.fetchAgain = false;
          await this.fetch(entry);
        } while (entry.fetchAgain && entry.status === 'Online');
      } finally {
        entry.fetching = undefined;
      }
    })();
    return entry.fetching;
  }

  // ------------------------------------------------------------ internals

  private entry(id: string, endpoint: string): NodeEntry {
    let entry = this.nodes.get(id);
    if (!entry) {
      entry = new NodeEntry(id, endpoint, new IoEngineClient({ nodeId: id, endpoint }));
      this.nodes.set(id, entry);
    } else if (entry.endpoint !== endpoint) {
      this.logger.log({ node: id, from: entry.endpoint, to: endpoint }, 'node endpoint changed');
      entry.client.close();
      entry.endpoint = endpoint;
      entry.client = new IoEngineClient({ nodeId: id, endpoint });
      entry.status = 'Unknown';
    }
    return entry;
  }

  private live<T extends { status: string }>(entry: NodeEntry, value: T): T {
    return entry.status === 'Online' ? value : { ...value, status: 'Unknown' };
  }

  private async fetch(entry: NodeEntry): Promise<void> {
    const before = entry.mutations;
    try {
      const [pools, replicas, nexuses] = await Promise.all([
        entry.client.listPools(),
        entry.client.listReplicas(),
        entry.client.listNexus(),
      ]);
      if (entry.mutations !== before) {
        // A change of ours landed meanwhile: this answer may predate it.
        entry.fetchAgain = true;
        return;
      }
      entry.pools = new Map(pools.pools.map((p) => [p.name, poolStateOf(entry.id, p)]));
      entry.replicas = new Map(replicas.replicas.map((r) => [r.uuid, replicaStateOf(entry.id, r)]));
      const previous = entry.nexuses;
      entry.nexuses = new Map(nexuses.nexus_list.map((n) => [n.uuid, n]));
      entry.fetchedAt = now();
      if (entry.fetchFailures > 0 && entry.refreshTimer) {
        // A retry still pending is not needed any more.
        clearTimeout(entry.refreshTimer);
        entry.refreshTimer = undefined;
      }
      entry.fetchFailures = 0;
      this.compareNexuses(entry.id, previous, entry.nexuses);
    } catch (error) {
      this.logger.warn(
        { node: entry.id, err: DomainError.is(error) ? error.message : error },
        'node state fetch failed',
      );
      // Not left to the next poll: a node just back (its pools to import, its
      // targets to re-create) would wait that long. Liveness decides if it is gone.
      if (entry.status === 'Online') {
        entry.fetchFailures++;
        this.refreshSoon(entry, Math.min(FETCH_RETRY_MS * 2 ** (entry.fetchFailures - 1), this.config.CACHE_POLL_MS));
      }
    }
  }

  private afterRefresh(entry: NodeEntry, event: NodeEvent): void {
    this.track(
      this.refresh(entry.id).then(() => {
        if (!this.events.closed) this.events.next(event);
      }),
    );
  }

  /**
   * Probes a node (a known one at start-up, or one past its deadline). The answer
   * only counts if nothing newer was heard meanwhile: a registration during the
   * probe, or a deregistration, wins over it.
   */
  private async probe(entry: NodeEntry): Promise<void> {
    if (entry.probing) return;
    entry.probing = true;
    const instanceBefore = entry.instanceUuid;
    const aliveBefore = entry.aliveAt;
    const statusBefore = entry.status;
    const superseded = (): boolean => entry.aliveAt !== aliveBefore || entry.status !== statusBefore;
    try {
      const info = await entry.client.getMayastorInfo();
      if (superseded()) return;
      entry.aliveAt = now();
      const instance = info.registration_info?.instance_uuid?.value ?? '';
      const restarted = instanceBefore !== '' && instance !== '' && instance !== instanceBefore;
      // Back from Offline or Unknown, or (even while Online) restarted between two heartbeats.
      if (entry.status !== 'Online' || restarted) {
        const wasOnline = entry.status === 'Online';
        entry.status = 'Online';
        entry.version = info.version;
        entry.nodeNqn = info.registration_info?.hostnqn?.value ?? entry.nodeNqn;
        entry.instanceUuid = instance || entry.instanceUuid;
        this.logger.log(
          { node: entry.id, instance },
          wasOnline ? 'node restarted (found by a probe)' : 'node answered a probe: online',
        );
        this.cameBack(entry, restarted);
      }
    } catch (error) {
      if (superseded() || entry.status === 'Offline') return;
      entry.status = 'Offline';
      this.logger.warn(
        { node: entry.id, err: DomainError.is(error) ? error.message : error },
        'node missed its deadline and failed the probe: offline',
      );
      if (!this.events.closed) this.events.next({ type: 'offline', node: entry.id });
      // Nexuses elsewhere may have children on it: look at them now rather than at the next poll.
      this.pollAll();
    } finally {
      entry.probing = false;
    }
  }

  private checkLiveness(): void {
    const t = now();
    for (const entry of this.nodes.values()) {
      if (entry.status !== 'Online') continue;
      if (t - entry.aliveAt > this.config.NODE_DEADLINE_MS) {
        this.track(this.probe(entry));
      } else if (t - entry.fetchedAt > REBUILD_POLL_MS && rebuilding(entry, t) && !entry.fetching) {
        // A rebuild moves a nexus on its own: follow it closely rather than every 30 s.
        this.track(this.refresh(entry.id));
      }
    }
  }

  private compareNexuses(node: string, before: Map<string, Nexus>, after: Map<string, Nexus>): void {
    if (this.nexusChanges.closed) return;
    const signature = (n: Nexus): string => `${n.state}|${n.children.map((c) => `${c.uri}=${c.state}`).join(',')}`;
    for (const [uuid, old] of before) {
      const current = after.get(uuid);
      if (!current || signature(current) !== signature(old)) {
        this.nexusChanges.next({ node, nexus: uuid, volume: old.name });
      }
    }
  }

  private pollAll(): void {
    for (const entry of this.nodes.values()) {
      if (entry.status === 'Online') this.track(this.refresh(entry.id));
    }
  }

  /** Runs a background task, kept so that shutdown waits for it; it never rejects. */
  private track(task: Promise<unknown>): void {
    const guarded = task.catch((error: unknown) => this.logger.error({ err: error }, 'registry task failed'));
    this.background.add(guarded);
    void guarded.finally(() => this.background.delete(guarded));
  }
}
