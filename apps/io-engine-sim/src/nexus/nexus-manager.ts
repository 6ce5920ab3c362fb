import type { KeyedMutex } from '@mayastor/common';
import { Rpc } from '../engine/rpc-error.js';
import { NQN_PREFIX, nvmfUri, type EngineContext } from '../engine/engine-context.js';
import { FabricConnection, type ConnectionLoss } from '../fabric/fabric.js';
import { BLOCK_SIZE, type PoolManager, type ReplicaObserver, type SimReplica } from '../pool/pool-manager.js';
import { SimChild, SimNexus, uuidOfUri, type AnaState, type ChildReason, type ChildState } from './nexus.js';
import { RebuildJob } from './rebuild.js';

/** Where the engine persists NexusInfo (etcd when run with a store endpoint). */
export interface NexusInfoStore {
  put(key: string, value: string): Promise<void>;
}

/** The NexusInfo document of the reference. */
export interface NexusInfo {
  readonly clean_shutdown: boolean;
  readonly children: readonly { readonly uuid: string; readonly healthy: boolean }[];
}

export interface CreateNexusArgs {
  readonly name: string;
  readonly uuid: string;
  readonly size: number;
  readonly minCntlId: number;
  readonly maxCntlId: number;
  readonly children: readonly string[];
  readonly nexusInfoKey: string;
}

export type ChildAction = 'Offline' | 'Online' | 'FaultIOError' | 'OfflinePermanent';

export interface NexusLogger {
  warn(fields: object, message: string): void;
}

const MAX_CNTLID = 0xffef;

/** Nexuses of one engine: children, their health, rebuilds, publishing and NexusInfo. */
export class NexusManager implements ReplicaObserver {
  readonly nexuses = new Map<string, SimNexus>();
  /** Names and uuids of nexuses being created: taken, but not listed yet. */
  private readonly creating = new Set<string>();
  /** NexusInfo writes of each nexus, in order. */
  private readonly persistChains = new Map<string, Promise<void>>();

  constructor(
    private readonly context: EngineContext,
    private readonly pools: PoolManager,
    private readonly store: NexusInfoStore | undefined,
    private readonly rebuildBytesPerSecond: number,
    private readonly logger: NexusLogger,
    private readonly locks: KeyedMutex,
  ) {
    pools.observe(this);
  }

  get(uuid: string): SimNexus {
    const nexus = this.nexuses.get(uuid);
    if (!nexus) throw Rpc.notFound(`nexus ${uuid} not found`);
    return nexus;
  }

  list(filter: { name?: string; uuid?: string }): SimNexus[] {
    if (filter.uuid !== undefined && !this.nexuses.has(filter.uuid))
      throw Rpc.notFound(`nexus ${filter.uuid} not found`);
    return [...this.nexuses.values()].filter(
      (n) =>
        (filter.name === undefined || n.name === filter.name) && (filter.uuid === undefined || n.uuid === filter.uuid),
    );
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  async create(args: CreateNexusArgs): Promise<SimNexus> {
    if (args.minCntlId < 1 || args.minCntlId > args.maxCntlId || args.maxCntlId > MAX_CNTLID) {
      throw Rpc.invalidArgument(
        `invalid controller id range ${args.minCntlId}..${args.maxCntlId} (need 1 <= min <= max <= ${MAX_CNTLID})`,
      );
    }
    if (!args.uuid) throw Rpc.invalidArgument('nexus uuid is required');
    if (!args.name) throw Rpc.invalidArgument('nexus name is required');
    const byName = [...this.nexuses.values()].find((n) => n.name === args.name);
    if (byName || this.creating.has(`name:${args.name}`)) throw Rpc.alreadyExists(`nexus ${args.name} already exists`);
    if (this.nexuses.has(args.uuid) || this.creating.has(`uuid:${args.uuid}`)) {
      throw Rpc.internal(`a nexus with uuid ${args.uuid} exists under another name`);
    }
    if (!Number.isSafeInteger(args.size) || args.size <= 0) throw Rpc.invalidArgument(`invalid size ${args.size}`);
    if (args.children.length === 0) throw Rpc.invalidArgument('a nexus needs at least one child');
    if (new Set(args.children).size !== args.children.length) throw Rpc.invalidArgument('duplicate child URIs');

    this.creating.add(`name:${args.name}`);
    this.creating.add(`uuid:${args.uuid}`);
    const nexus = new SimNexus(args.name, args.uuid, args.size, args.nexusInfoKey || args.uuid, {
      min: args.minCntlId,
      max: args.maxCntlId,
    });
    try {
      const opened = await Promise.allSettled(args.children.map((uri) => this.openChild(nexus, uri)));
      const failure = opened.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) {
        for (const r of opened) if (r.status === 'fulfilled') r.value.close();
        const reason: unknown = failure.reason;
        if (reason instanceof Error && 'code' in reason) throw reason;
        throw Rpc.invalidArgument(`nexus ${args.name}: child creation failed: ${String(reason)}`);
      }
      for (const r of opened) if (r.status === 'fulfilled') nexus.children.push(r.value);
      await this.persist(nexus, false, true);
      this.nexuses.set(nexus.uuid, nexus);
    } catch (error) {
      for (const child of nexus.children) child.close();
      throw error;
    } finally {
      this.creating.delete(`name:${args.name}`);
      this.creating.delete(`uuid:${args.uuid}`);
    }
    this.context.events.nexusCreated(nexus.uuid);
    return nexus;
  }

  async destroy(uuid: string): Promise<void> {
    const nexus = this.get(uuid);
    this.unpublishTarget(nexus);
    this.teardown(nexus);
    await this.persist(nexus, true, true);
    this.nexuses.delete(uuid);
    this.persistChains.delete(uuid);
    this.context.events.nexusDeleted(uuid);
  }

  async shutdown(uuid: string): Promise<SimNexus> {
    const nexus = this.get(uuid);
    if (nexus.shutdown !== 'no') return nexus;
    const before = nexus.state;
    nexus.shutdown = 'running';
    this.stateChanged(nexus, before);
    this.unpublishTarget(nexus, false);
    this.teardown(nexus);
    await this.persist(nexus, true, true);
    nexus.shutdown = 'done';
    this.context.events.nexusShutdown(uuid);
    this.stateChanged(nexus, 'NEXUS_SHUTTING_DOWN');
    return nexus;
  }

  /** A graceful engine stop: every nexus is shut down and records a clean shutdown. */
  async shutdownAll(): Promise<void> {
    for (const uuid of [...this.nexuses.keys()]) {
      await this.locks
        .runExclusive(`nexus ${uuid}`, 15_000, Rpc.deadlineExceeded(`timed out waiting for nexus ${uuid}`), () =>
          this.shutdown(uuid),
        )
        .catch((error: unknown) => this.logger.warn({ nexus: uuid, err: error }, 'nexus shutdown failed'));
    }
  }

  /** A crash: everything in memory is gone, nothing is written. */
  dropAll(): void {
    for (const nexus of this.nexuses.values()) {
      for (const child of nexus.children) {
        child.rebuild?.stop();
        child.close();
      }
    }
    this.nexuses.clear();
    this.persistChains.clear();
  }

  async resize(uuid: string, requestedSize: number): Promise<SimNexus> {
    const nexus = this.get(uuid);
    if (!Number.isSafeInteger(requestedSize) || requestedSize < nexus.size) {
      throw Rpc.invalidArgument(`nexus ${uuid} cannot shrink from ${nexus.size} to ${requestedSize}`);
    }
    for (const child of nexus.children) {
      const size = this.childSize(child);
      if (size !== undefined && size < requestedSize) {
        throw Rpc.failedPrecondition(`child ${child.uri} (${size} bytes) is smaller than ${requestedSize}`);
      }
    }
    nexus.size = requestedSize;
    return nexus;
  }

  // ---- publishing ------------------------------------------------------------------------------

  nexusNqn(nexus: SimNexus): string {
    return `${NQN_PREFIX}:${nexus.name}`;
  }

  publish(uuid: string, share: string, key: string, allowedHosts: readonly string[]): SimNexus {
    const nexus = this.get(uuid);
    if (key !== '' && key.length !== 16) throw Rpc.invalidArgument('the key must be empty or 16 characters long');
    if (share !== 'NVMF') {
      if (nexus.deviceUri) throw Rpc.invalidArgument(`nexus ${uuid} is already published with another protocol`);
      throw Rpc.invalidArgument(`cannot publish nexus ${uuid} with protocol ${share}`);
    }
    if (nexus.shutdown !== 'no') throw Rpc.failedPrecondition(`nexus ${uuid} is shut down`);
    const nqn = this.nexusNqn(nexus);
    nexus.allowedHosts = [...allowedHosts];
    if (nexus.deviceUri) {
      this.context.fabric.setAllowedHosts(nqn, nexus.allowedHosts);
      return nexus;
    }
    this.context.fabric.add({
      nqn,
      kind: 'nexus',
      uuid: nexus.uuid,
      size: nexus.size,
      blockSize: BLOCK_SIZE,
      allowedHosts: nexus.allowedHosts,
    });
    nexus.deviceUri = nvmfUri(this.context, nqn);
    return nexus;
  }

  unpublish(uuid: string): SimNexus {
    const nexus = this.get(uuid);
    this.unpublishTarget(nexus);
    return nexus;
  }

  private unpublishTarget(nexus: SimNexus, clearHosts = true): void {
    if (!nexus.deviceUri) return;
    this.context.fabric.remove(this.nexusNqn(nexus));
    nexus.deviceUri = '';
    if (clearHosts) nexus.allowedHosts = [];
  }

  getAnaState(uuid: string): AnaState {
    const nexus = this.get(uuid);
    if (!nexus.deviceUri) throw Rpc.failedPrecondition(`nexus ${uuid} is not published`);
    return nexus.anaState;
  }

  setAnaState(uuid: string, anaState: AnaState): SimNexus {
    const nexus = this.get(uuid);
    if (!nexus.deviceUri) throw Rpc.failedPrecondition(`nexus ${uuid} is not published`);
    if (anaState === 'NVME_ANA_INVALID_STATE') throw Rpc.invalidArgument('invalid ANA state');
    nexus.anaState = anaState;
    return nexus;
  }

  // ---- children --------------------------------------------------------------------------------

  async addChild(uuid: string, uri: string, norebuild: boolean): Promise<SimNexus> {
    const nexus = this.get(uuid);
    if (nexus.child(uri)) throw Rpc.alreadyExists(`nexus ${uuid} already has child ${uri}`);
    if (nexus.shutdown !== 'no') throw Rpc.failedPrecondition(`nexus ${uuid} is shut down`);
    const child = await this.openChild(nexus, uri);
    const before = nexus.state;
    child.state = 'CHILD_STATE_DEGRADED';
    child.reason = 'OUT_OF_SYNC';
    nexus.children.push(child);
    this.watch(nexus, child);
    this.context.events.nexusChildAdded(uuid, uri);
    this.stateChanged(nexus, before);
    await this.persist(nexus, false, true);
    if (!norebuild) this.startRebuild(nexus, child, false);
    return nexus;
  }

  async removeChild(uuid: string, uri: string): Promise<SimNexus> {
    const nexus = this.get(uuid);
    const child = nexus.child(uri);
    if (!child) return nexus;
    this.requireOtherHealthy(nexus, child, 'remove');
    const before = nexus.state;
    child.rebuild?.stop();
    this.failRebuildsFrom(nexus, child);
    child.close();
    nexus.children.splice(nexus.children.indexOf(child), 1);
    this.context.events.nexusChildRemoved(uuid, uri);
    this.stateChanged(nexus, before);
    await this.persist(nexus, false, true);
    return nexus;
  }

  async faultChild(uuid: string, uri: string): Promise<SimNexus> {
    return this.childOperation(uuid, uri, 'OfflinePermanent');
  }

  async childOperation(uuid: string, uri: string, action: ChildAction): Promise<SimNexus> {
    const nexus = this.get(uuid);
    const child = nexus.child(uri);
    if (!child) throw Rpc.notFound(`nexus ${uuid} has no child ${uri}`);
    switch (action) {
      case 'Online':
        return this.online(nexus, child);
      case 'Offline':
        if (child.state === 'CHILD_STATE_FAULTED') throw Rpc.failedPrecondition(`child ${uri} is faulted`);
        this.requireOtherHealthy(nexus, child, 'take offline');
        this.setChild(nexus, child, 'CHILD_STATE_DEGRADED', 'BY_CLIENT');
        child.hasIoLog = true;
        child.close();
        break;
      case 'FaultIOError':
        this.requireOtherHealthy(nexus, child, 'fault');
        this.setChild(nexus, child, 'CHILD_STATE_FAULTED', 'IO_FAILURE');
        child.close();
        break;
      case 'OfflinePermanent':
        this.requireOtherHealthy(nexus, child, 'fault');
        this.setChild(nexus, child, 'CHILD_STATE_FAULTED', 'BY_CLIENT');
        child.hasIoLog = false;
        child.close();
        break;
    }
    await this.flush(nexus);
    return nexus;
  }

  private async online(nexus: SimNexus, child: SimChild): Promise<SimNexus> {
    if (child.healthy || child.rebuild?.active) return nexus;
    if (!child.backend) {
      const reopened = await this.openChild(nexus, child.uri);
      child.backend = reopened.backend;
      this.watch(nexus, child);
    }
    this.setChild(nexus, child, 'CHILD_STATE_DEGRADED', 'OUT_OF_SYNC');
    this.context.events.nexusChildOnline(nexus.uuid, child.uri);
    const partial = child.hasIoLog;
    child.hasIoLog = false;
    this.startRebuild(nexus, child, partial);
    await this.flush(nexus);
    return nexus;
  }

  /**
   * Fault injection: the child fails as the engine sees an I/O error, a timeout or
   * ENOSPC (no last-healthy-child protection: it is a failure, not a request).
   */
  injectChildFault(uuid: string, uri: string, reason: 'IO_FAILURE' | 'TIMED_OUT' | 'NO_SPACE'): SimNexus {
    const nexus = this.get(uuid);
    const child = nexus.child(uri);
    if (!child) throw Rpc.notFound(`nexus ${uuid} has no child ${uri}`);
    if (reason === 'NO_SPACE') {
      this.childNoSpace(nexus, child, true);
    } else {
      child.close();
      this.childFailed(nexus, child, reason);
    }
    return nexus;
  }

  private requireOtherHealthy(nexus: SimNexus, child: SimChild, what: string): void {
    if (nexus.children.length === 1)
      throw Rpc.failedPrecondition(`cannot ${what} the only child of nexus ${nexus.uuid}`);
    if (child.healthy && !nexus.children.some((c) => c !== child && c.healthy)) {
      throw Rpc.failedPrecondition(`cannot ${what} the last healthy child of nexus ${nexus.uuid}`);
    }
  }

  // ---- rebuilds --------------------------------------------------------------------------------

  startRebuildOf(uuid: string, uri: string): SimNexus {
    const nexus = this.get(uuid);
    const child = nexus.child(uri);
    if (!child) throw Rpc.notFound(`nexus ${uuid} has no child ${uri}`);
    if (child.rebuild?.active) throw Rpc.alreadyExists(`a rebuild of ${uri} is already running`);
    if (child.state !== 'CHILD_STATE_DEGRADED' || child.reason !== 'OUT_OF_SYNC' || !child.backend) {
      throw Rpc.failedPrecondition(`child ${uri} does not need a rebuild`);
    }
    this.startRebuild(nexus, child, false);
    return nexus;
  }

  job(uuid: string, uri: string): RebuildJob {
    const nexus = this.get(uuid);
    const job = nexus.child(uri)?.rebuild;
    if (!job) throw Rpc.notFound(`no rebuild of ${uri} on nexus ${uuid}`);
    return job;
  }

  controlRebuild(uuid: string, uri: string, action: 'stop' | 'pause' | 'resume'): SimNexus {
    const job = this.job(uuid, uri);
    if (!job.active) throw Rpc.failedPrecondition(`the rebuild of ${uri} has ended (${job.state})`);
    job[action]();
    return this.get(uuid);
  }

  private startRebuild(nexus: SimNexus, child: SimChild, partial: boolean): void {
    const source = nexus.children.find((c) => c !== child && c.healthy && c.backend);
    const blocksTotal = Math.ceil(nexus.size / BLOCK_SIZE);
    if (!source) {
      this.setChild(nexus, child, 'CHILD_STATE_FAULTED', 'REBUILD_FAILED');
      void this.flush(nexus);
      return;
    }
    const job = new RebuildJob(
      source.uri,
      child.uri,
      blocksTotal,
      BLOCK_SIZE,
      partial,
      this.rebuildBytesPerSecond,
      (done) => this.rebuildFinished(nexus, child, done),
    );
    child.rebuild = job;
    job.start();
    this.context.events.rebuildBegan(nexus.uuid, source.uri, child.uri);
  }

  private rebuildFinished(nexus: SimNexus, child: SimChild, job: RebuildJob): void {
    nexus.history.push(job.record());
    if (child.rebuild === job) child.rebuild = undefined;
    if (!this.nexuses.has(nexus.uuid) || !nexus.children.includes(child)) return;
    const status = job.state === 'completed' ? 'Completed' : job.state === 'stopped' ? 'Stopped' : 'Failed';
    this.context.events.rebuildEnded(nexus.uuid, job.srcUri, job.dstUri, status, job.error);
    if (job.state === 'completed') {
      if (child.backend?.kind === 'local') this.pools.allocateFully(child.backend.replica);
      this.setChild(nexus, child, 'CHILD_STATE_ONLINE', 'NONE');
    } else if (job.state === 'failed' && child.state !== 'CHILD_STATE_FAULTED') {
      this.setChild(nexus, child, 'CHILD_STATE_FAULTED', 'REBUILD_FAILED');
      child.close();
    }
    void this.flush(nexus);
  }

  /** A child that stops being healthy can no longer be a rebuild source. */
  private failRebuildsFrom(nexus: SimNexus, source: SimChild): void {
    for (const child of nexus.children) {
      if (child.rebuild?.active && child.rebuild.srcUri === source.uri) {
        child.rebuild.fail(`rebuild source ${source.uri} failed`);
      }
    }
  }

  // ---- child health ----------------------------------------------------------------------------

  private async openChild(nexus: SimNexus, uri: string): Promise<SimChild> {
    const child = new SimChild(uri, uuidOfUri(uri));
    let parsed: URL;
    try {
      parsed = new URL(uri);
    } catch {
      throw Rpc.invalidArgument(`invalid child URI ${uri}`);
    }
    let size: number;
    let blockSize = BLOCK_SIZE;
    if (parsed.protocol === 'bdev:') {
      const name = decodeURIComponent(parsed.pathname.replace(/^\/+/, ''));
      const replica = this.pools.findReplicaByName(name);
      if (!replica || (child.uuid && replica.uuid !== child.uuid)) {
        throw Rpc.invalidArgument(`child ${uri}: no local replica ${name}`);
      }
      child.backend = { kind: 'local', replica };
      size = replica.size;
    } else if (/^nvmf(\+rdma)?(\+tcp)?:$/.test(parsed.protocol)) {
      const nqn = decodeURIComponent(parsed.pathname.replace(/^\/+/, ''));
      let connection: FabricConnection;
      try {
        connection = await FabricConnection.connect(
          { host: parsed.hostname, port: Number(parsed.port || 8420), subnqn: nqn, hostNqn: this.context.hostNqn },
          this.context.fabricTimings,
          this.context.partitioned,
        );
      } catch (error) {
        throw Rpc.invalidArgument(`child ${uri}: cannot open: ${(error as Error).message}`);
      }
      if (child.uuid && connection.uuid !== child.uuid) {
        connection.close();
        throw Rpc.invalidArgument(`child ${uri}: the target holds ${connection.uuid}, not ${child.uuid}`);
      }
      child.backend = { kind: 'remote', connection };
      size = connection.size;
      blockSize = connection.blockSize;
    } else {
      throw Rpc.invalidArgument(`child ${uri}: unsupported URI scheme ${parsed.protocol}`);
    }
    if (size < nexus.size) {
      child.close();
      throw Rpc.invalidArgument(`child ${uri} (${size} bytes) is smaller than the nexus (${nexus.size} bytes)`);
    }
    if (blockSize !== BLOCK_SIZE) {
      child.close();
      throw Rpc.invalidArgument(`child ${uri} has block size ${blockSize}, not ${BLOCK_SIZE}`);
    }
    this.watch(nexus, child);
    return child;
  }

  private childSize(child: SimChild): number | undefined {
    if (child.backend?.kind === 'local') return child.backend.replica.size;
    if (child.backend?.kind === 'remote') return child.backend.connection.size;
    return undefined;
  }

  private watch(nexus: SimNexus, child: SimChild): void {
    if (child.backend?.kind !== 'remote') return;
    const connection = child.backend.connection;
    connection.onLost((loss: ConnectionLoss) => {
      if (child.backend?.kind !== 'remote' || child.backend.connection !== connection) return;
      child.backend = undefined;
      this.childFailed(nexus, child, loss === 'timeout' ? 'TIMED_OUT' : 'IO_FAILURE');
    });
    connection.onSpace((noSpace) => this.childNoSpace(nexus, child, noSpace));
  }

  private childFailed(nexus: SimNexus, child: SimChild, reason: ChildReason): void {
    if (!this.nexuses.has(nexus.uuid) || nexus.shutdown !== 'no') return;
    if (child.state === 'CHILD_STATE_FAULTED') return;
    const wasRebuilding = child.rebuild?.active === true;
    child.rebuild?.fail(`child ${child.uri} failed: ${reason}`);
    this.setChild(nexus, child, 'CHILD_STATE_FAULTED', reason);
    // As the engine with partial rebuild: a child lost to an I/O error or a timeout
    // has its writes logged from now on, so onlining it later rebuilds only those.
    // A child whose rebuild was still running has no consistent base to log against.
    child.hasIoLog = (reason === 'IO_FAILURE' || reason === 'TIMED_OUT') && !wasRebuilding;
    this.failRebuildsFrom(nexus, child);
    void this.flush(nexus);
  }

  private childNoSpace(nexus: SimNexus, child: SimChild, noSpace: boolean): void {
    if (!noSpace || !this.nexuses.has(nexus.uuid) || !child.healthy) return;
    this.setChild(nexus, child, 'CHILD_STATE_DEGRADED', 'NO_SPACE');
    this.failRebuildsFrom(nexus, child);
    void this.flush(nexus);
  }

  replicaGone(replica: SimReplica): void {
    for (const nexus of this.nexuses.values()) {
      for (const child of nexus.children) {
        if (child.backend?.kind === 'local' && child.backend.replica === replica) {
          child.backend = undefined;
          this.childFailed(nexus, child, 'IO_FAILURE');
        }
      }
    }
  }

  replicaNoSpace(replica: SimReplica, noSpace: boolean): void {
    for (const nexus of this.nexuses.values()) {
      for (const child of nexus.children) {
        if (child.backend?.kind === 'local' && child.backend.replica === replica) {
          this.childNoSpace(nexus, child, noSpace);
        }
      }
    }
  }

  /** Sets a child's state, with the events the engine emits for it. */
  private setChild(nexus: SimNexus, child: SimChild, state: ChildState, reason: ChildReason): void {
    const before = { nexus: nexus.state, child: child.label };
    child.state = state;
    child.reason = reason;
    if (state === 'CHILD_STATE_FAULTED') child.faultTime = new Date();
    if (child.label !== before.child && child.uuid) {
      this.context.events.replicaStateChanged(child.uuid, before.child, child.label);
    }
    this.stateChanged(nexus, before.nexus);
  }

  private stateChanged(nexus: SimNexus, before: string): void {
    if (nexus.state !== before) this.context.events.nexusStateChanged(nexus.uuid, before, nexus.state);
  }

  private teardown(nexus: SimNexus): void {
    for (const child of nexus.children) {
      child.rebuild?.stop();
      child.close();
    }
  }

  // ---- NexusInfo -------------------------------------------------------------------------------

  /** Writes the nexus's NexusInfo after the writes before it; health changes do not wait for it. */
  private flush(nexus: SimNexus): Promise<void> {
    return this.persist(nexus, false, false);
  }

  private persist(nexus: SimNexus, cleanShutdown: boolean, mustSucceed: boolean): Promise<void> {
    const store = this.store;
    if (!store) return Promise.resolve();
    const info: NexusInfo = {
      clean_shutdown: cleanShutdown,
      children: nexus.children.map((c) => ({ uuid: c.uuid, healthy: c.healthy })),
    };
    const previous = this.persistChains.get(nexus.uuid) ?? Promise.resolve();
    const write = previous.then(() => store.put(nexus.nexusInfoKey, JSON.stringify(info)));
    const settled = write.catch((error: unknown) => {
      this.logger.warn({ nexus: nexus.uuid, key: nexus.nexusInfoKey, err: error }, 'NexusInfo write failed');
    });
    this.persistChains.set(nexus.uuid, settled);
    if (!mustSucceed) return settled;
    return write.catch((error: unknown) => {
      throw Rpc.internal(`failed to persist NexusInfo of ${nexus.uuid}: ${(error as Error).message}`);
    });
  }
}
