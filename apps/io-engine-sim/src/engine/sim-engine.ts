import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, status, type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { KeyedMutex } from '@mayastor/common';
import { loadIoEngineV1, type BlockDevice__Input, type RegisterRequest__Input } from '@mayastor/io-engine';
import { FabricTarget, type FabricTimings } from '../fabric/fabric.js';
import { registerServices } from '../grpc/services.js';
import { NexusManager, type NexusInfoStore, type NexusLogger } from '../nexus/nexus-manager.js';
import type { MallocDisk } from '../pool/disk.js';
import { PoolManager } from '../pool/pool-manager.js';
import { Registrar } from '../registration/registrar.js';
import type { EngineApi, Serial } from './engine-api.js';
import { NQN_PREFIX, type EngineContext } from './engine-context.js';
import { Faults } from './faults.js';
import { Rpc, RpcError } from './rpc-error.js';
import type { SimEvents } from './sim-events.js';

export const SIM_VERSION = 'v2.8.0-sim';

export interface EngineOptions {
  /** Node name (the engine's `-N`). */
  readonly nodeName: string;
  /** IP the engine serves gRPC and NVMf on (its node IP). */
  readonly ip: string;
  /** gRPC port. Defaults to 10124. */
  readonly grpcPort: number;
  /** NVMf listener port. Defaults to 8420. */
  readonly nvmfPort: number;
  /** Host NQN; defaults to `nqn.2019-05.io.openebs:node-name:<node>`. */
  readonly hostNqn?: string;
  /** Core's Registration endpoint (the engine's `-R`); none = do not register. */
  readonly registrationEndpoint?: string;
  /** Heartbeat period. Defaults to 5 s. */
  readonly heartbeatMs: number;
  /** Where NexusInfo goes (the engine's `-p`); none = not persisted. */
  readonly nexusInfoStore?: NexusInfoStore;
  readonly events: SimEvents;
  readonly fsync: boolean;
  /** Rebuild speed, bytes per second. */
  readonly rebuildBytesPerSecond: number;
  readonly fabricTimings: FabricTimings;
  /** Deadline a call waits for its lock when the client set none. Defaults to 15 s. */
  readonly lockTimeoutMs: number;
  readonly logger: NexusLogger & { info(fields: object, message: string): void };
  /** The disk files of SIM_DISKS, reported by ListBlockDevices. */
  readonly disks?: readonly { readonly path: string; readonly bytes: number }[];
}

export type EngineStatus = 'stopped' | 'running' | 'crashed';

/**
 * One simulated io-engine: its gRPC services on `<ip>:<grpcPort>`, its NVMf
 * listener, its pools, replicas and nexuses, registration with the control
 * plane, and the faults injected into it.
 */
export class SimEngine implements EngineApi {
  readonly faults = new Faults();
  readonly hostNqn: string;
  instanceUuid = '';
  status: EngineStatus = 'stopped';
  startedAt: Date | undefined;
  pools: PoolManager;
  nexuses: NexusManager;
  private server: Server | undefined;
  private fabric: FabricTarget;
  private registrar: Registrar | undefined;
  private locks = new KeyedMutex();
  /** RAM disks live as long as the engine process. */
  private mallocDisks = new Map<string, MallocDisk>();

  constructor(readonly options: EngineOptions) {
    this.hostNqn = options.hostNqn ?? `${NQN_PREFIX}:node-name:${options.nodeName}`;
    this.fabric = this.newFabric();
    const { pools, nexuses } = this.newState();
    this.pools = pools;
    this.nexuses = nexuses;
  }

  get name(): string {
    return this.options.nodeName;
  }

  get grpcEndpoint(): string {
    return `${this.options.ip}:${this.options.grpcPort}`;
  }

  private newFabric(): FabricTarget {
    const events = this.options.events;
    return new FabricTarget(this.options.ip, this.options.nvmfPort, {
      connected: ({ hostNqn, subsystem }) =>
        events.hostConnected(hostNqn, subsystem.nqn, subsystem.kind, subsystem.uuid),
      disconnected: ({ hostNqn, subsystem }) =>
        events.hostDisconnected(hostNqn, subsystem.nqn, subsystem.kind, subsystem.uuid),
      deaf: () => this.faults.partitioned,
    });
  }

  private newState(): { pools: PoolManager; nexuses: NexusManager } {
    const context: EngineContext = {
      nodeName: this.options.nodeName,
      ip: this.options.ip,
      nvmfPort: this.options.nvmfPort,
      hostNqn: this.hostNqn,
      fabric: this.fabric,
      fabricTimings: this.options.fabricTimings,
      events: this.options.events,
      fsync: this.options.fsync,
      mallocDisks: this.mallocDisks,
      partitioned: () => this.faults.partitioned,
    };
    const pools = new PoolManager(context);
    const nexuses = new NexusManager(
      context,
      pools,
      this.options.nexusInfoStore,
      this.options.rebuildBytesPerSecond,
      this.options.logger,
      this.locks,
    );
    return { pools, nexuses };
  }

  /** The complete Register message (every heartbeat sends all of it). */
  blockDevices(all: boolean): BlockDevice__Input[] {
    const used = new Set(this.pools.listPools().map((pool) => pool.disk.uri.replace(/^[a-z]+:\/\//, '')));
    return (this.options.disks ?? [])
      .map((disk, i) => ({
        devname: disk.path,
        devtype: 'disk',
        devmajor: 7,
        devminor: i,
        model: 'io-engine-sim file disk',
        devpath: disk.path,
        devlinks: [],
        size: Math.floor(disk.bytes / 512),
        available: !used.has(disk.path),
        connection_type: 'file',
        is_rotational: false,
      }))
      .filter((device) => all || device.available);
  }

  registerRequest(): RegisterRequest__Input {
    return {
      id: this.options.nodeName,
      grpc_endpoint: this.grpcEndpoint,
      instance_uuid: { value: this.instanceUuid },
      api_version: ['V0', 'V1'],
      hostnqn: { value: this.hostNqn },
      features: {
        asymmetricNamespaceAccess: true,
        logicalVolumeManager: false,
        snapshotRebuild: false,
        rdmaCapableIoEngine: false,
      },
      bugfixes: { nexusRebuildReplicaAncestry: true },
      version: SIM_VERSION,
    };
  }

  /** Starts with empty memory and a new instance uuid, as a freshly started engine process. */
  async start(): Promise<void> {
    if (this.status === 'running') return;
    this.instanceUuid = randomUUID();
    this.faults.reset();
    this.fabric = this.newFabric();
    this.locks = new KeyedMutex();
    const { pools, nexuses } = this.newState();
    this.pools = pools;
    this.nexuses = nexuses;
    await this.fabric.start();
    const server = new Server();
    registerServices(server, this);
    try {
      await new Promise<void>((resolve, reject) =>
        server.bindAsync(this.grpcEndpoint, ServerCredentials.createInsecure(), (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    } catch (error) {
      await this.fabric.stop();
      throw error;
    }
    this.server = server;
    this.status = 'running';
    this.startedAt = new Date();
    this.options.events.engineStarted();
    if (this.options.registrationEndpoint) {
      this.registrar = new Registrar(
        loadIoEngineV1(),
        this.options.registrationEndpoint,
        this.options.heartbeatMs,
        () => this.registerRequest(),
        () => !this.faults.partitioned,
        this.options.logger,
      );
      this.registrar.start();
    }
    this.options.logger.info(
      { node: this.name, endpoint: this.grpcEndpoint, instance: this.instanceUuid },
      'io-engine started',
    );
  }

  /**
   * A graceful stop, in the engine's order: stop serving gRPC, deregister, shut
   * every nexus down (NexusInfo records a clean shutdown), export every pool.
   */
  async stop(): Promise<void> {
    if (this.status !== 'running') return;
    const began = Date.now();
    this.options.events.engineShutdown();
    await this.stopServer();
    this.registrar?.stop();
    await this.registrar?.deregister();
    this.registrar = undefined;
    this.faults.setPartitioned(false);
    await this.nexuses.shutdownAll();
    for (const pool of [...this.pools.pools.keys()]) {
      await this.pools
        .exportPool(pool)
        .catch((error: unknown) =>
          this.options.logger.warn({ node: this.name, pool, err: error }, 'pool export failed'),
        );
    }
    await this.fabric.stop();
    this.status = 'stopped';
    this.options.events.engineStopped(Date.now() - began);
    this.options.logger.info({ node: this.name }, 'io-engine stopped');
  }

  /** A crash: no deregistration, no clean shutdown; memory (and RAM disks) lost. */
  async crash(): Promise<void> {
    if (this.status !== 'running') return;
    this.registrar?.close();
    this.registrar = undefined;
    this.server?.forceShutdown();
    this.server = undefined;
    this.faults.setPartitioned(false);
    this.nexuses.dropAll();
    this.pools.dropAll();
    await this.fabric.stop();
    this.mallocDisks.clear();
    this.status = 'crashed';
    this.options.logger.info({ node: this.name }, 'io-engine crashed');
  }

  /** Crash (or stop gracefully) and start again: a new instance with empty memory. */
  async restart(graceful: boolean): Promise<void> {
    if (graceful) await this.stop();
    else await this.crash();
    await this.start();
  }

  private async stopServer(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => {
        server.forceShutdown();
        resolve();
      }, 2000);
      server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
  }

  /**
   * Runs one gRPC call: a partitioned engine does not answer until healed,
   * injected latency and failures apply, then the call runs under its lock.
   */
  handle<Req, Res>(
    rpc: string,
    serial: Serial<NoInfer<Req>>,
    run: (request: Req) => Promise<Res> | Res,
  ): (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => void {
    return (call, callback) => {
      this.serve(rpc, serial, run, call).then(
        (response) => callback(null, response),
        (error: unknown) => {
          if (error instanceof RpcError) {
            return callback({ code: error.code, details: error.message, metadata: error.metadata() });
          }
          this.options.logger.warn({ node: this.name, rpc, err: error }, 'unexpected error in a gRPC call');
          callback({ code: status.INTERNAL, details: (error as Error).message ?? String(error) });
        },
      );
    };
  }

  private async serve<Req, Res>(
    rpc: string,
    serial: Serial<Req>,
    run: (request: Req) => Promise<Res> | Res,
    call: ServerUnaryCall<Req, Res>,
  ): Promise<Res> {
    if (this.faults.partitioned) {
      // A partition drops the request: a call that outlives it was never received.
      while (this.faults.partitioned) await this.faults.whenHealed();
      throw new RpcError(status.UNAVAILABLE, 'the request was lost in a network partition');
    }
    if (call.cancelled) throw new RpcError(status.CANCELLED, 'cancelled by the client');
    if (this.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
    const failure = this.faults.take(rpc);
    if (failure && !failure.afterCall) throw new RpcError(failure.code, failure.message);
    const result = await this.runSerial(serial, run, call);
    if (failure) throw new RpcError(failure.code, failure.message);
    return result;
  }

  private async runSerial<Req, Res>(
    serial: Serial<Req>,
    run: (request: Req) => Promise<Res> | Res,
    call: ServerUnaryCall<Req, Res>,
  ): Promise<Res> {
    if (serial === undefined) return run(call.request);
    const key = serial === 'engine' ? 'pool/replica' : `nexus ${serial(call.request)}`;
    const deadline = call.getDeadline();
    const deadlineMs = deadline instanceof Date ? deadline.getTime() : deadline;
    const waitMs = Number.isFinite(deadlineMs) ? deadlineMs - Date.now() : this.options.lockTimeoutMs;
    return this.locks.runExclusive(
      key,
      waitMs,
      Rpc.deadlineExceeded(`timed out waiting for the ${key} lock`),
      async () => run(call.request),
    );
  }
}
