import {
  Channel,
  connectivityState,
  credentials,
  Metadata,
  type Client,
  type ChannelOptions,
  type ServiceError,
} from '@grpc/grpc-js';
import { DomainError, fromGrpcError, KeyedMutex } from '@mayastor/common';
import { context, propagation, type TextMapSetter } from '@opentelemetry/api';
import { Mutex, withTimeout } from 'async-mutex';
import { loadIoEngineV1 } from '../proto/loader.js';
import type {
  AddChildNexusRequest,
  AddChildNexusResponse,
  ChildOperationRequest,
  ChildOperationResponse,
  CreateNexusRequest,
  CreateNexusResponse,
  CreatePoolRequest,
  CreateReplicaRequest,
  CreateReplicaSnapshotRequest,
  CreateReplicaSnapshotResponse,
  CreateSnapshotCloneRequest,
  DestroyNexusRequest,
  DestroyPoolRequest,
  DestroyReplicaRequest,
  DestroySnapshotRequest,
  ExportPoolRequest,
  FaultNexusChildRequest,
  FaultNexusChildResponse,
  GetMayastorResourceUsageResponse,
  GetNvmeAnaStateRequest,
  GetNvmeAnaStateResponse,
  GrowPoolRequest,
  GrowPoolResponse,
  HostRpcClient,
  HostRpcDefinition,
  ImportPoolRequest,
  ListBlockDevicesRequest,
  ListBlockDevicesResponse,
  ListNexusOptions,
  ListNexusResponse,
  ListNvmeControllersResponse,
  ListPoolOptions,
  ListPoolsResponse,
  ListRebuildHistoryRequest,
  ListRebuildHistoryResponse,
  ListReplicaOptions,
  ListReplicasResponse,
  ListSnapshotCloneRequest,
  ListSnapshotCloneResponse,
  ListSnapshotsRequest,
  ListSnapshotsResponse,
  ListStatsOption,
  MayastorInfoResponse,
  NexusCreateSnapshotRequest,
  NexusCreateSnapshotResponse,
  NexusIoStatsResponse,
  NexusRpcClient,
  NexusRpcDefinition,
  PauseRebuildRequest,
  PauseRebuildResponse,
  Pool,
  PoolIoStatsResponse,
  PoolRpcClient,
  PoolRpcDefinition,
  PublishNexusRequest,
  PublishNexusResponse,
  RebuildHistoryRequest,
  RebuildHistoryResponse,
  RebuildStateRequest,
  RebuildStateResponse,
  RebuildStatsRequest,
  RebuildStatsResponse,
  RemoveChildNexusRequest,
  RemoveChildNexusResponse,
  Replica,
  ReplicaIoStatsResponse,
  ReplicaRpcClient,
  ReplicaRpcDefinition,
  ResizeNexusRequest,
  ResizeNexusResponse,
  ResizeReplicaRequest,
  ResumeRebuildRequest,
  ResumeRebuildResponse,
  SetNvmeAnaStateRequest,
  SetNvmeAnaStateResponse,
  SetReplicaEntityIdRequest,
  ShareReplicaRequest,
  ShutdownNexusRequest,
  ShutdownNexusResponse,
  SnapshotRpcClient,
  SnapshotRpcDefinition,
  StartRebuildRequest,
  StartRebuildResponse,
  StatNvmeControllerRequest,
  StatNvmeControllerResponse,
  StatsRpcClient,
  StatsRpcDefinition,
  StopRebuildRequest,
  StopRebuildResponse,
  UnpublishNexusRequest,
  UnpublishNexusResponse,
  UnshareReplicaRequest,
} from '../types.js';

/** Timeouts of an IoEngineClient, in milliseconds. */
export interface IoEngineTimeouts {
  /**
   * How long a call waits for the connection to the io-engine before failing with
   * `Unavailable` (instead of running into its full deadline). Defaults to 1 s.
   */
  connectMs: number;
  /** Deadline of every call; the kinds below raise it to their minimum. Defaults to 5 s. */
  requestMs: number;
  /** Minimum deadline of PoolRpc calls. Defaults to 20 s. */
  poolMs: number;
  /** Minimum deadline of ReplicaRpc calls. Defaults to 15 s. */
  replicaMs: number;
  /** Minimum deadline of NexusRpc calls other than ShutdownNexus. Defaults to 30 s. */
  nexusMs: number;
  /** Minimum deadline of ShutdownNexus. Defaults to 15 s. */
  nexusShutdownMs: number;
}

/** The defaults of IoEngineTimeouts (those of the upstream control plane). */
export const DEFAULT_IO_ENGINE_TIMEOUTS: Readonly<IoEngineTimeouts> = Object.freeze({
  connectMs: 1_000,
  requestMs: 5_000,
  poolMs: 20_000,
  replicaMs: 15_000,
  nexusMs: 30_000,
  nexusShutdownMs: 15_000,
});

export interface IoEngineClientOptions {
  /** The node the io-engine runs on; reported in the details of every error. */
  nodeId: string;
  /** `host:port` of the io-engine's gRPC server (no scheme), as it registered it. */
  endpoint: string;
  /** Overrides of DEFAULT_IO_ENGINE_TIMEOUTS. */
  timeouts?: Partial<IoEngineTimeouts>;
}

/** Which deadline a call gets. */
type DeadlineKind = 'request' | 'pool' | 'replica' | 'nexus' | 'nexusShutdown';

/**
 * How a call is serialised: `node` = one at a time per node (pool and replica
 * mutations), `{ nexus }` = one at a time per nexus uuid, `none` = not at all (reads).
 */
type Serialisation = 'node' | { nexus: string } | 'none';

interface CallPolicy {
  deadline: DeadlineKind;
  serialise: Serialisation;
}

/** The parts of a generated MethodDefinition a unary call needs. */
interface UnaryMethod<Req, Res> {
  path: string;
  requestSerialize: (value: Req) => Buffer;
  responseDeserialize: (bytes: Buffer) => Res;
}

const READ = (deadline: DeadlineKind): CallPolicy => ({ deadline, serialise: 'none' });
const NODE_MUTATION = (deadline: DeadlineKind): CallPolicy => ({ deadline, serialise: 'node' });
const NEXUS_MUTATION = (nexus: string | undefined, deadline: DeadlineKind = 'nexus'): CallPolicy => ({
  deadline,
  serialise: { nexus: nexus ?? '' },
});

const metadataSetter: TextMapSetter<Metadata> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

const CHANNEL_OPTIONS: ChannelOptions = {
  // Reconnect soon after an io-engine restarts; the registry polls every node anyway.
  'grpc.initial_reconnect_backoff_ms': 500,
  'grpc.max_reconnect_backoff_ms': 5_000,
};

/**
 * The typed client of one io-engine (gRPC API v1). One HTTP/2 channel carries
 * the six services. Every call:
 * - gets a deadline (IoEngineTimeouts) and fails `Unavailable` within `connectMs`
 *   when the node cannot be reached;
 * - carries the active W3C trace context in its metadata;
 * - fails with a DomainError (kind from the gRPC status, details `{ node, call }`);
 * - is serialised as the engine expects: pool and replica mutations one at a time
 *   per node, nexus mutations one at a time per nexus uuid; reads never wait.
 *   Time spent waiting for that turn counts against the call's deadline.
 */
export class IoEngineClient {
  readonly nodeId: string;
  readonly endpoint: string;
  readonly timeouts: Readonly<IoEngineTimeouts>;

  private readonly channel: Channel;
  private readonly pools: PoolRpcClient;
  private readonly replicas: ReplicaRpcClient;
  private readonly nexuses: NexusRpcClient;
  private readonly host: HostRpcClient;
  private readonly snapshots: SnapshotRpcClient;
  private readonly stats: StatsRpcClient;
  /** The generated method definitions (paths, serialisers) of the six services. */
  private readonly rpc: {
    pool: PoolRpcDefinition;
    replica: ReplicaRpcDefinition;
    nexus: NexusRpcDefinition;
    host: HostRpcDefinition;
    snapshot: SnapshotRpcDefinition;
    stats: StatsRpcDefinition;
  };
  private readonly nodeMutex = new Mutex();
  private readonly nexusMutex = new KeyedMutex();
  private closed = false;

  constructor(options: IoEngineClientOptions) {
    this.nodeId = options.nodeId;
    this.endpoint = options.endpoint;
    this.timeouts = Object.freeze({ ...DEFAULT_IO_ENGINE_TIMEOUTS, ...options.timeouts });
    this.channel = new Channel(options.endpoint, credentials.createInsecure(), CHANNEL_OPTIONS);
    const v1 = loadIoEngineV1();
    this.rpc = {
      pool: v1.PoolRpc.service,
      replica: v1.ReplicaRpc.service,
      nexus: v1.NexusRpc.service,
      host: v1.HostRpc.service,
      snapshot: v1.SnapshotRpc.service,
      stats: v1.StatsRpc.service,
    };
    const shared = { channelOverride: this.channel };
    this.pools = new v1.PoolRpc(options.endpoint, credentials.createInsecure(), shared);
    this.replicas = new v1.ReplicaRpc(options.endpoint, credentials.createInsecure(), shared);
    this.nexuses = new v1.NexusRpc(options.endpoint, credentials.createInsecure(), shared);
    this.host = new v1.HostRpc(options.endpoint, credentials.createInsecure(), shared);
    this.snapshots = new v1.SnapshotRpc(options.endpoint, credentials.createInsecure(), shared);
    this.stats = new v1.StatsRpc(options.endpoint, credentials.createInsecure(), shared);
  }

  /** Closes the channel; calls made afterwards fail with `Unavailable`. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.close();
  }

  // ---- PoolRpc ------------------------------------------------------------

  createPool(request: CreatePoolRequest): Promise<Pool> {
    return this.unary(this.pools, this.rpc.pool.CreatePool, request, NODE_MUTATION('pool'));
  }

  async destroyPool(request: DestroyPoolRequest): Promise<void> {
    await this.unary(this.pools, this.rpc.pool.DestroyPool, request, NODE_MUTATION('pool'));
  }

  async exportPool(request: ExportPoolRequest): Promise<void> {
    await this.unary(this.pools, this.rpc.pool.ExportPool, request, NODE_MUTATION('pool'));
  }

  importPool(request: ImportPoolRequest): Promise<Pool> {
    return this.unary(this.pools, this.rpc.pool.ImportPool, request, NODE_MUTATION('pool'));
  }

  listPools(request: ListPoolOptions = {}): Promise<ListPoolsResponse> {
    return this.unary(this.pools, this.rpc.pool.ListPools, request, READ('pool'));
  }

  growPool(request: GrowPoolRequest): Promise<GrowPoolResponse> {
    return this.unary(this.pools, this.rpc.pool.GrowPool, request, NODE_MUTATION('pool'));
  }

  // ---- ReplicaRpc ---------------------------------------------------------

  createReplica(request: CreateReplicaRequest): Promise<Replica> {
    return this.unary(this.replicas, this.rpc.replica.CreateReplica, request, NODE_MUTATION('replica'));
  }

  async destroyReplica(request: DestroyReplicaRequest): Promise<void> {
    await this.unary(this.replicas, this.rpc.replica.DestroyReplica, request, NODE_MUTATION('replica'));
  }

  listReplicas(request: ListReplicaOptions = {}): Promise<ListReplicasResponse> {
    return this.unary(this.replicas, this.rpc.replica.ListReplicas, request, READ('replica'));
  }

  shareReplica(request: ShareReplicaRequest): Promise<Replica> {
    return this.unary(this.replicas, this.rpc.replica.ShareReplica, request, NODE_MUTATION('replica'));
  }

  unshareReplica(request: UnshareReplicaRequest): Promise<Replica> {
    return this.unary(this.replicas, this.rpc.replica.UnshareReplica, request, NODE_MUTATION('replica'));
  }

  resizeReplica(request: ResizeReplicaRequest): Promise<Replica> {
    return this.unary(this.replicas, this.rpc.replica.ResizeReplica, request, NODE_MUTATION('replica'));
  }

  setReplicaEntityId(request: SetReplicaEntityIdRequest): Promise<Replica> {
    return this.unary(this.replicas, this.rpc.replica.SetReplicaEntityId, request, NODE_MUTATION('replica'));
  }

  // ---- NexusRpc -----------------------------------------------------------

  createNexus(request: CreateNexusRequest): Promise<CreateNexusResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.CreateNexus, request, NEXUS_MUTATION(request.uuid));
  }

  async destroyNexus(request: DestroyNexusRequest): Promise<void> {
    await this.unary(this.nexuses, this.rpc.nexus.DestroyNexus, request, NEXUS_MUTATION(request.uuid));
  }

  resizeNexus(request: ResizeNexusRequest): Promise<ResizeNexusResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.ResizeNexus, request, NEXUS_MUTATION(request.uuid));
  }

  listNexus(request: ListNexusOptions = {}): Promise<ListNexusResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.ListNexus, request, READ('nexus'));
  }

  addChildNexus(request: AddChildNexusRequest): Promise<AddChildNexusResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.AddChildNexus, request, NEXUS_MUTATION(request.uuid));
  }

  removeChildNexus(request: RemoveChildNexusRequest): Promise<RemoveChildNexusResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.RemoveChildNexus, request, NEXUS_MUTATION(request.uuid));
  }

  faultNexusChild(request: FaultNexusChildRequest): Promise<FaultNexusChildResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.FaultNexusChild, request, NEXUS_MUTATION(request.uuid));
  }

  shutdownNexus(request: ShutdownNexusRequest): Promise<ShutdownNexusResponse> {
    return this.unary(
      this.nexuses,
      this.rpc.nexus.ShutdownNexus,
      request,
      NEXUS_MUTATION(request.uuid, 'nexusShutdown'),
    );
  }

  publishNexus(request: PublishNexusRequest): Promise<PublishNexusResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.PublishNexus, request, NEXUS_MUTATION(request.uuid));
  }

  unpublishNexus(request: UnpublishNexusRequest): Promise<UnpublishNexusResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.UnpublishNexus, request, NEXUS_MUTATION(request.uuid));
  }

  getNvmeAnaState(request: GetNvmeAnaStateRequest): Promise<GetNvmeAnaStateResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.GetNvmeAnaState, request, READ('nexus'));
  }

  setNvmeAnaState(request: SetNvmeAnaStateRequest): Promise<SetNvmeAnaStateResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.SetNvmeAnaState, request, NEXUS_MUTATION(request.uuid));
  }

  childOperation(request: ChildOperationRequest): Promise<ChildOperationResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.ChildOperation, request, NEXUS_MUTATION(request.nexus_uuid));
  }

  startRebuild(request: StartRebuildRequest): Promise<StartRebuildResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.StartRebuild, request, NEXUS_MUTATION(request.nexus_uuid));
  }

  stopRebuild(request: StopRebuildRequest): Promise<StopRebuildResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.StopRebuild, request, NEXUS_MUTATION(request.nexus_uuid));
  }

  pauseRebuild(request: PauseRebuildRequest): Promise<PauseRebuildResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.PauseRebuild, request, NEXUS_MUTATION(request.nexus_uuid));
  }

  resumeRebuild(request: ResumeRebuildRequest): Promise<ResumeRebuildResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.ResumeRebuild, request, NEXUS_MUTATION(request.nexus_uuid));
  }

  getRebuildState(request: RebuildStateRequest): Promise<RebuildStateResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.GetRebuildState, request, READ('nexus'));
  }

  getRebuildStats(request: RebuildStatsRequest): Promise<RebuildStatsResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.GetRebuildStats, request, READ('nexus'));
  }

  getRebuildHistory(request: RebuildHistoryRequest): Promise<RebuildHistoryResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.GetRebuildHistory, request, READ('nexus'));
  }

  listRebuildHistory(request: ListRebuildHistoryRequest = {}): Promise<ListRebuildHistoryResponse> {
    return this.unary(this.nexuses, this.rpc.nexus.ListRebuildHistory, request, READ('nexus'));
  }

  // ---- HostRpc ------------------------------------------------------------

  /** The control plane's liveness probe of a node. */
  getMayastorInfo(): Promise<MayastorInfoResponse> {
    return this.unary(this.host, this.rpc.host.GetMayastorInfo, {}, READ('request'));
  }

  listBlockDevices(request: ListBlockDevicesRequest = {}): Promise<ListBlockDevicesResponse> {
    return this.unary(this.host, this.rpc.host.ListBlockDevices, request, READ('request'));
  }

  getMayastorResourceUsage(): Promise<GetMayastorResourceUsageResponse> {
    return this.unary(this.host, this.rpc.host.GetMayastorResourceUsage, {}, READ('request'));
  }

  listNvmeControllers(): Promise<ListNvmeControllersResponse> {
    return this.unary(this.host, this.rpc.host.ListNvmeControllers, {}, READ('request'));
  }

  statNvmeController(request: StatNvmeControllerRequest): Promise<StatNvmeControllerResponse> {
    return this.unary(this.host, this.rpc.host.StatNvmeController, request, READ('request'));
  }

  // ---- SnapshotRpc --------------------------------------------------------
  // Replica snapshots, clones and snapshot deletion change the pool's volumes, so
  // they take the node's turn like replica mutations; a nexus snapshot takes the
  // nexus's turn.

  createReplicaSnapshot(request: CreateReplicaSnapshotRequest): Promise<CreateReplicaSnapshotResponse> {
    return this.unary(this.snapshots, this.rpc.snapshot.CreateReplicaSnapshot, request, NODE_MUTATION('request'));
  }

  createNexusSnapshot(request: NexusCreateSnapshotRequest): Promise<NexusCreateSnapshotResponse> {
    return this.unary(
      this.snapshots,
      this.rpc.snapshot.CreateNexusSnapshot,
      request,
      NEXUS_MUTATION(request.nexus_uuid, 'request'),
    );
  }

  listSnapshot(request: ListSnapshotsRequest = {}): Promise<ListSnapshotsResponse> {
    return this.unary(this.snapshots, this.rpc.snapshot.ListSnapshot, request, READ('request'));
  }

  async destroySnapshot(request: DestroySnapshotRequest): Promise<void> {
    await this.unary(this.snapshots, this.rpc.snapshot.DestroySnapshot, request, NODE_MUTATION('request'));
  }

  createSnapshotClone(request: CreateSnapshotCloneRequest): Promise<Replica> {
    return this.unary(this.snapshots, this.rpc.snapshot.CreateSnapshotClone, request, NODE_MUTATION('request'));
  }

  listSnapshotClone(request: ListSnapshotCloneRequest = {}): Promise<ListSnapshotCloneResponse> {
    return this.unary(this.snapshots, this.rpc.snapshot.ListSnapshotClone, request, READ('request'));
  }

  // ---- StatsRpc -----------------------------------------------------------

  getPoolIoStats(request: ListStatsOption = {}): Promise<PoolIoStatsResponse> {
    return this.unary(this.stats, this.rpc.stats.GetPoolIoStats, request, READ('request'));
  }

  getNexusIoStats(request: ListStatsOption = {}): Promise<NexusIoStatsResponse> {
    return this.unary(this.stats, this.rpc.stats.GetNexusIoStats, request, READ('request'));
  }

  getReplicaIoStats(request: ListStatsOption = {}): Promise<ReplicaIoStatsResponse> {
    return this.unary(this.stats, this.rpc.stats.GetReplicaIoStats, request, READ('request'));
  }

  async resetIoStats(): Promise<void> {
    await this.unary(this.stats, this.rpc.stats.ResetIoStats, {}, READ('request'));
  }

  // ---- plumbing -----------------------------------------------------------

  /** The deadline of a call of this kind: the request timeout, raised to the kind's minimum. */
  private deadlineMs(kind: DeadlineKind): number {
    const t = this.timeouts;
    const minimum = {
      request: t.requestMs,
      pool: t.poolMs,
      replica: t.replicaMs,
      nexus: t.nexusMs,
      nexusShutdown: t.nexusShutdownMs,
    }[kind];
    return Math.max(t.requestMs, minimum);
  }

  private async unary<Req, Res>(
    client: Client,
    method: UnaryMethod<Req, Res>,
    request: Req,
    policy: CallPolicy,
  ): Promise<Res> {
    // Captured before any await, so the trace is the caller's.
    const traceContext = context.active();
    const call = method.path.slice(method.path.lastIndexOf('/') + 1);
    const deadline = Date.now() + this.deadlineMs(policy.deadline);
    const run = async (): Promise<Res> => {
      await this.connected(client, call, deadline);
      const metadata = new Metadata();
      propagation.inject(traceContext, metadata, metadataSetter);
      return await new Promise<Res>((resolve, reject) => {
        client.makeUnaryRequest(
          method.path,
          method.requestSerialize,
          method.responseDeserialize,
          request,
          metadata,
          { deadline },
          (error: ServiceError | null, response?: Res) => {
            if (error) reject(this.toDomainError(error, call));
            else if (response === undefined) reject(this.error('Internal', `${call} returned no response`, call));
            else resolve(response);
          },
        );
      });
    };
    try {
      const serialise = policy.serialise;
      if (serialise === 'none') return await run();
      const waitMs = deadline - Date.now();
      const timedOut = this.error('DeadlineExceeded', `${call} could not start within its deadline`, call);
      if (serialise === 'node') return await withTimeout(this.nodeMutex, waitMs, timedOut).runExclusive(run);
      return await this.nexusMutex.runExclusive(serialise.nexus, waitMs, timedOut, run);
    } catch (error) {
      throw this.toDomainError(error, call);
    }
  }

  /**
   * Resolves once the channel is connected; fails `Unavailable` after `connectMs`
   * (or at the call's deadline, if sooner), so an unreachable node is reported
   * quickly rather than at the call's deadline.
   */
  private async connected(client: Client, call: string, callDeadline: number): Promise<void> {
    if (this.closed) throw this.error('Unavailable', `the client of node ${this.nodeId} is closed`, call);
    if (this.channel.getConnectivityState(true) === connectivityState.READY) return;
    const connectMs = this.timeouts.connectMs;
    await new Promise<void>((resolve, reject) => {
      client.waitForReady(Math.min(Date.now() + connectMs, callDeadline), (error) => {
        if (error) {
          // `sent: false`: the request never left, so the io-engine certainly did nothing.
          reject(
            new DomainError(
              'Unavailable',
              `io-engine ${this.endpoint} not reachable within ${connectMs} ms`,
              { node: this.nodeId, call, sent: 'false' },
              { cause: error },
            ),
          );
        } else resolve();
      });
    });
  }

  private error(kind: DomainError['kind'], message: string, call: string, cause?: unknown): DomainError {
    return new DomainError(kind, message, { node: this.nodeId, call }, { cause });
  }

  private toDomainError(error: unknown, call: string): DomainError {
    if (error instanceof DomainError && error.details['node'] === this.nodeId) return error;
    const mapped = fromGrpcError(error);
    return new DomainError(
      mapped.kind,
      mapped.message,
      { ...mapped.details, node: this.nodeId, call },
      { cause: mapped.cause ?? error },
    );
  }
}
