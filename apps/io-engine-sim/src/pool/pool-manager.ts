import { randomUUID } from 'node:crypto';
import { Rpc } from '../engine/rpc-error.js';
import { NQN_PREFIX, nvmfUri, type EngineContext } from '../engine/engine-context.js';
import { FileDisk, MallocDisk, METADATA_SLOT_BYTES, parseDiskUri, type Disk, type DiskMetadata } from './disk.js';

const MiB = 1024 * 1024;
export const DEFAULT_CLUSTER_SIZE = 4 * MiB;
const MAX_CLUSTER_SIZE = 1024 * MiB;
export const MD_PAGE_SIZE = 4096;
export const BLOCK_SIZE = 512;

export interface SimReplica {
  readonly name: string;
  readonly uuid: string;
  size: number;
  readonly thin: boolean;
  shared: boolean;
  allowedHosts: string[];
  entityId: string | undefined;
  allocatedClusters: number;
  readonly pool: SimPool;
}

export class SimPool {
  readonly replicas = new Map<string, SimReplica>();
  /** Clusters taken by the "fill pool" fault. */
  fillerClusters = 0;

  constructor(
    readonly name: string,
    readonly uuid: string,
    readonly disk: Disk,
    readonly bdevUuid: string,
    readonly clusterSize: number,
    public diskCapacity: number,
  ) {}

  /** Metadata takes whole clusters at the start of the disk. */
  get metadataBytes(): number {
    return roundUp(2 * METADATA_SLOT_BYTES, this.clusterSize);
  }
  get totalClusters(): number {
    return Math.floor((this.diskCapacity - this.metadataBytes) / this.clusterSize);
  }
  get capacity(): number {
    return this.totalClusters * this.clusterSize;
  }
  get usedClusters(): number {
    let used = this.fillerClusters;
    for (const replica of this.replicas.values()) used += replica.allocatedClusters;
    return used;
  }
  get freeClusters(): number {
    return Math.max(0, this.totalClusters - this.usedClusters);
  }
  get used(): number {
    return Math.min(this.capacity, this.usedClusters * this.clusterSize);
  }
  get committed(): number {
    let committed = 0;
    for (const replica of this.replicas.values()) committed += roundUp(replica.size, this.clusterSize);
    return committed;
  }
  get diskUri(): string {
    return `${this.disk.uri}?uuid=${this.bdevUuid}`;
  }

  clustersOf(size: number): number {
    return Math.ceil(size / this.clusterSize);
  }

  metadata(): DiskMetadata {
    return {
      version: 1,
      bdevUuid: this.bdevUuid,
      pool: { name: this.name, uuid: this.uuid, clusterSize: this.clusterSize },
      replicas: [...this.replicas.values()].map((r) => ({
        name: r.name,
        uuid: r.uuid,
        size: r.size,
        thin: r.thin,
        shared: r.shared,
        allowedHosts: r.allowedHosts,
        ...(r.entityId !== undefined ? { entityId: r.entityId } : {}),
        allocatedClusters: r.allocatedClusters,
      })),
    };
  }

  async persist(): Promise<void> {
    await this.disk.writeMetadata(this.metadata());
  }
}

export function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

export function replicaNqn(replica: Pick<SimReplica, 'name'>): string {
  return `${NQN_PREFIX}:${replica.name}`;
}

/** Hooks into the nexus side: a replica that goes away or runs out of space. */
export interface ReplicaObserver {
  /** A replica was destroyed or its pool unloaded: local nexus children on it fail. */
  replicaGone(replica: SimReplica): void;
  /** Writes to a thin replica fail (or succeed again) for lack of pool space. */
  replicaNoSpace(replica: SimReplica, noSpace: boolean): void;
}

export interface CreatePoolArgs {
  readonly name: string;
  readonly uuid?: string;
  readonly disks: readonly string[];
  readonly clusterSize?: number;
}

export interface CreateReplicaArgs {
  readonly name: string;
  readonly uuid: string;
  readonly pool: string;
  readonly size: number;
  readonly thin: boolean;
  readonly share: 'NONE' | 'NVMF' | 'ISCSI';
  readonly allowedHosts: readonly string[];
  readonly entityId?: string;
}

export interface ReplicaFilter {
  readonly name?: string;
  readonly uuid?: string;
  readonly poolName?: string;
  readonly poolUuid?: string;
}

/** Pools and replicas of one engine: the lvstore side of the io-engine. */
export class PoolManager {
  readonly pools = new Map<string, SimPool>();
  private observer: ReplicaObserver | undefined;

  constructor(private readonly context: EngineContext) {}

  observe(observer: ReplicaObserver): void {
    this.observer = observer;
  }

  private openDisk(raw: string): Disk {
    const parsed = parseDiskUri(raw);
    if (parsed.kind === 'aio') return new FileDisk(parsed.path, this.context.fsync);
    const uri = `malloc:///${parsed.name}?size_mb=${parsed.bytes / MiB}`;
    let disk = this.context.mallocDisks.get(parsed.name);
    if (!disk) {
      disk = new MallocDisk(uri, parsed.bytes);
      this.context.mallocDisks.set(parsed.name, disk);
    } else if (disk.uri !== uri) {
      throw Rpc.invalidArgument(`malloc disk ${parsed.name} exists with another size`);
    }
    return disk;
  }

  private single(disks: readonly string[]): string {
    if (disks.length !== 1) throw Rpc.invalidArgument(`a pool needs exactly one disk, got ${disks.length}`);
    return disks[0] ?? '';
  }

  private poolOnDisk(uri: string): SimPool | undefined {
    return [...this.pools.values()].find((p) => p.disk.uri === uri);
  }

  async createPool(args: CreatePoolArgs): Promise<SimPool> {
    const disk = this.openDisk(this.single(args.disks));
    const loaded = this.pools.get(args.name);
    if (loaded) {
      if (loaded.disk.uri === disk.uri) throw Rpc.alreadyExists(`pool ${args.name} already exists`);
      throw Rpc.invalidArgument(`pool ${args.name} already exists on another disk (${loaded.disk.uri})`);
    }
    const other = this.poolOnDisk(disk.uri);
    if (other) throw Rpc.invalidArgument(`disk ${disk.uri} is in use by pool ${other.name}`);
    const clusterSize = args.clusterSize ?? DEFAULT_CLUSTER_SIZE;
    if (clusterSize <= 0 || clusterSize % MiB !== 0 || clusterSize > MAX_CLUSTER_SIZE) {
      throw Rpc.invalidArgument(`cluster size ${clusterSize} must be a multiple of 1 MiB, at most 1 GiB`);
    }
    const existing = await disk.readMetadata();
    if (existing) {
      if (existing.pool.name !== args.name || (args.uuid && existing.pool.uuid !== args.uuid)) {
        throw Rpc.invalidArgument(
          `disk ${disk.uri} carries pool ${existing.pool.name} (${existing.pool.uuid}), not ${args.name}`,
        );
      }
      return this.load(disk, existing);
    }
    const capacity = await disk.capacity();
    const pool = new SimPool(args.name, args.uuid || randomUUID(), disk, randomUUID(), clusterSize, capacity);
    if (pool.totalClusters < 1) {
      throw Rpc.invalidArgument(`disk ${disk.uri} (${capacity} bytes) is too small for a pool`);
    }
    await pool.persist();
    this.pools.set(pool.name, pool);
    this.context.events.poolCreated(pool.name);
    return pool;
  }

  async importPool(args: Omit<CreatePoolArgs, 'clusterSize'>): Promise<SimPool> {
    const disk = this.openDisk(this.single(args.disks));
    if (this.pools.has(args.name)) throw Rpc.alreadyExists(`pool ${args.name} is already imported`);
    const other = this.poolOnDisk(disk.uri);
    if (other) throw Rpc.invalidArgument(`disk ${disk.uri} is in use by pool ${other.name}`);
    const existing = await disk.readMetadata();
    if (!existing) throw Rpc.notFound(`no pool on disk ${disk.uri}`);
    if (existing.pool.name !== args.name || (args.uuid && existing.pool.uuid !== args.uuid)) {
      throw Rpc.invalidArgument(
        `disk ${disk.uri} carries pool ${existing.pool.name} (${existing.pool.uuid}), not ${args.name}`,
      );
    }
    return this.load(disk, existing);
  }

  /** Loads a pool from its metadata and exports every replica persisted as shared again. */
  private async load(disk: Disk, metadata: DiskMetadata): Promise<SimPool> {
    const capacity = await disk.capacity();
    const pool = new SimPool(
      metadata.pool.name,
      metadata.pool.uuid,
      disk,
      metadata.bdevUuid,
      metadata.pool.clusterSize,
      capacity,
    );
    for (const persisted of metadata.replicas) {
      if (this.findReplica(persisted.uuid) || this.findReplicaByName(persisted.name)) {
        throw Rpc.alreadyExists(`replica ${persisted.uuid} of pool ${pool.name} is already loaded elsewhere`);
      }
      const replica: SimReplica = {
        name: persisted.name,
        uuid: persisted.uuid,
        size: persisted.size,
        thin: persisted.thin,
        shared: persisted.shared,
        allowedHosts: [...persisted.allowedHosts],
        entityId: persisted.entityId,
        allocatedClusters: persisted.allocatedClusters,
        pool,
      };
      pool.replicas.set(replica.uuid, replica);
    }
    this.pools.set(pool.name, pool);
    for (const replica of pool.replicas.values()) if (replica.shared) this.exportReplica(replica);
    return pool;
  }

  private findPool(name: string, uuid: string | undefined): SimPool {
    const pool = this.pools.get(name);
    if (!pool || (uuid && pool.uuid !== uuid)) throw Rpc.notFound(`pool ${name} not found`);
    return pool;
  }

  async destroyPool(name: string, uuid?: string): Promise<void> {
    const pool = this.findPool(name, uuid);
    for (const replica of pool.replicas.values()) this.unload(replica);
    await pool.disk.wipe();
    this.pools.delete(name);
    this.context.events.poolDeleted(name);
  }

  async exportPool(name: string, uuid?: string): Promise<void> {
    const pool = this.findPool(name, uuid);
    await pool.persist();
    for (const replica of pool.replicas.values()) this.unload(replica);
    this.pools.delete(name);
  }

  /** The disk may have grown: take the new size into account. */
  async growPool(name: string, uuid?: string): Promise<SimPool> {
    const pool = this.findPool(name, uuid);
    const capacity = await pool.disk.capacity();
    if (capacity < pool.diskCapacity) throw Rpc.failedPrecondition(`the disk of pool ${name} shrank`);
    pool.diskCapacity = capacity;
    return pool;
  }

  listPools(filter: { name?: string; uuid?: string } = {}): SimPool[] {
    return [...this.pools.values()].filter(
      (p) =>
        (filter.name === undefined || p.name === filter.name) && (filter.uuid === undefined || p.uuid === filter.uuid),
    );
  }

  /** Unloads everything, as a crash or a restart does: nothing is written. */
  dropAll(): void {
    for (const pool of this.pools.values()) for (const replica of pool.replicas.values()) this.unload(replica);
    this.pools.clear();
  }

  // ---- replicas ----------------------------------------------------------------------------

  findReplica(uuid: string): SimReplica | undefined {
    for (const pool of this.pools.values()) {
      const replica = pool.replicas.get(uuid);
      if (replica) return replica;
    }
    return undefined;
  }

  findReplicaByName(name: string): SimReplica | undefined {
    for (const pool of this.pools.values()) {
      for (const replica of pool.replicas.values()) if (replica.name === name) return replica;
    }
    return undefined;
  }

  replicaUri(replica: SimReplica): string {
    if (replica.shared) return `${nvmfUri(this.context, replicaNqn(replica))}?uuid=${replica.uuid}`;
    return `bdev:///${replica.name}?uuid=${replica.uuid}`;
  }

  async createReplica(args: CreateReplicaArgs): Promise<SimReplica> {
    const pool = [...this.pools.values()].find((p) => p.uuid === args.pool || p.name === args.pool);
    if (!pool) throw Rpc.failedPrecondition(`pool ${args.pool} not found`);
    if (!args.uuid) throw Rpc.invalidArgument('replica uuid is required');
    if (!args.name) throw Rpc.invalidArgument('replica name is required');
    if (this.findReplica(args.uuid)) throw Rpc.alreadyExists(`replica ${args.uuid} already exists`);
    if (this.findReplicaByName(args.name)) throw Rpc.alreadyExists(`a replica named ${args.name} already exists`);
    if (args.share === 'ISCSI') throw Rpc.invalidArgument('iSCSI is not supported');
    if (!Number.isSafeInteger(args.size) || args.size <= 0) throw Rpc.invalidArgument(`invalid size ${args.size}`);
    if (args.size > pool.capacity) {
      throw Rpc.invalidArgument(`size ${args.size} exceeds the capacity ${pool.capacity} of pool ${pool.name}`);
    }
    const clusters = pool.clustersOf(args.size);
    if (!args.thin && clusters > pool.freeClusters) {
      throw Rpc.resourceExhausted(
        `pool ${pool.name} has ${pool.freeClusters} free clusters, replica ${args.uuid} needs ${clusters}`,
      );
    }
    const replica: SimReplica = {
      name: args.name,
      uuid: args.uuid,
      size: args.size,
      thin: args.thin,
      shared: args.share === 'NVMF',
      allowedHosts: [...args.allowedHosts],
      entityId: args.entityId,
      allocatedClusters: args.thin ? 0 : clusters,
      pool,
    };
    pool.replicas.set(replica.uuid, replica);
    try {
      await pool.persist();
    } catch (error) {
      pool.replicas.delete(replica.uuid);
      throw error;
    }
    if (replica.shared) this.exportReplica(replica);
    this.context.events.replicaCreated(this.eventView(replica));
    return replica;
  }

  async destroyReplica(uuid: string, pool: { name?: string; uuid?: string }): Promise<void> {
    const replica = this.findReplica(uuid);
    if (!replica) throw Rpc.notFound(`replica ${uuid} not found`, { 'gtm-602': '0' });
    if ((pool.name && pool.name !== replica.pool.name) || (pool.uuid && pool.uuid !== replica.pool.uuid)) {
      throw Rpc.aborted(`replica ${uuid} is not on pool ${pool.name ?? pool.uuid}`);
    }
    replica.pool.replicas.delete(uuid);
    try {
      await replica.pool.persist();
    } catch (error) {
      replica.pool.replicas.set(uuid, replica);
      throw error;
    }
    this.unload(replica);
    this.context.events.replicaDeleted(this.eventView(replica));
  }

  listReplicas(filter: ReplicaFilter): SimReplica[] {
    const result: SimReplica[] = [];
    for (const pool of this.pools.values()) {
      if (filter.poolName !== undefined && pool.name !== filter.poolName) continue;
      if (filter.poolUuid !== undefined && pool.uuid !== filter.poolUuid) continue;
      for (const replica of pool.replicas.values()) {
        if (filter.name !== undefined && replica.name !== filter.name) continue;
        if (filter.uuid !== undefined && replica.uuid !== filter.uuid) continue;
        result.push(replica);
      }
    }
    return result;
  }

  private mustFind(uuid: string): SimReplica {
    const replica = this.findReplica(uuid);
    if (!replica) throw Rpc.notFound(`replica ${uuid} not found`);
    return replica;
  }

  async shareReplica(uuid: string, share: 'NONE' | 'NVMF' | 'ISCSI', allowedHosts: readonly string[]) {
    const replica = this.mustFind(uuid);
    if (share === 'ISCSI') throw Rpc.invalidArgument('iSCSI is not supported');
    if (share === 'NONE') {
      if (replica.shared) throw Rpc.invalidArgument(`replica ${uuid} is shared: unshare it with UnshareReplica`);
      return replica;
    }
    const wasShared = replica.shared;
    const previousHosts = replica.allowedHosts;
    replica.shared = true;
    replica.allowedHosts = [...allowedHosts];
    try {
      await replica.pool.persist();
    } catch (error) {
      replica.shared = wasShared;
      replica.allowedHosts = previousHosts;
      throw error;
    }
    if (wasShared) this.context.fabric.setAllowedHosts(replicaNqn(replica), replica.allowedHosts);
    else this.exportReplica(replica);
    return replica;
  }

  async unshareReplica(uuid: string): Promise<SimReplica> {
    const replica = this.mustFind(uuid);
    if (!replica.shared) return replica;
    replica.shared = false;
    try {
      await replica.pool.persist();
    } catch (error) {
      replica.shared = true;
      throw error;
    }
    this.context.fabric.remove(replicaNqn(replica));
    return replica;
  }

  async resizeReplica(uuid: string, requestedSize: number): Promise<SimReplica> {
    const replica = this.mustFind(uuid);
    const pool = replica.pool;
    if (!Number.isSafeInteger(requestedSize) || requestedSize < replica.size) {
      throw Rpc.invalidArgument(`replica ${uuid} cannot shrink from ${replica.size} to ${requestedSize}`);
    }
    if (requestedSize > pool.capacity) throw Rpc.invalidArgument(`size ${requestedSize} exceeds the pool capacity`);
    const extra = pool.clustersOf(requestedSize) - pool.clustersOf(replica.size);
    if (!replica.thin && extra > pool.freeClusters) {
      throw Rpc.resourceExhausted(`pool ${pool.name} has no room to grow replica ${uuid}`);
    }
    const previous = { size: replica.size, allocated: replica.allocatedClusters };
    replica.size = requestedSize;
    if (!replica.thin) replica.allocatedClusters += extra;
    try {
      await pool.persist();
    } catch (error) {
      replica.size = previous.size;
      replica.allocatedClusters = previous.allocated;
      throw error;
    }
    if (replica.shared) this.context.fabric.notifyResize(replicaNqn(replica), requestedSize);
    return replica;
  }

  async setEntityId(uuid: string, entityId: string): Promise<SimReplica> {
    const replica = this.mustFind(uuid);
    const previous = replica.entityId;
    replica.entityId = entityId;
    try {
      await replica.pool.persist();
    } catch (error) {
      replica.entityId = previous;
      throw error;
    }
    return replica;
  }

  /**
   * Fault injection: take (or give back) all free space of a pool. Thick creates
   * then fail with RESOURCE_EXHAUSTED and writes to thin replicas fail with ENOSPC.
   */
  fillPool(name: string, full: boolean): SimPool {
    const pool = this.pools.get(name);
    if (!pool) throw Rpc.notFound(`pool ${name} not found`);
    pool.fillerClusters = 0;
    if (full) pool.fillerClusters = pool.freeClusters;
    for (const replica of pool.replicas.values()) {
      if (!replica.thin) continue;
      this.observer?.replicaNoSpace(replica, full);
      if (replica.shared) this.context.fabric.notifySpace(replicaNqn(replica), full);
    }
    return pool;
  }

  /** Allocates every cluster of a thin replica (a rebuild wrote all of it). */
  allocateFully(replica: SimReplica): void {
    if (!replica.thin) return;
    const want = replica.pool.clustersOf(replica.size);
    replica.allocatedClusters = Math.max(
      replica.allocatedClusters,
      Math.min(want, replica.allocatedClusters + replica.pool.freeClusters),
    );
  }

  private exportReplica(replica: SimReplica): void {
    this.context.fabric.add({
      nqn: replicaNqn(replica),
      kind: 'replica',
      uuid: replica.uuid,
      size: replica.size,
      blockSize: BLOCK_SIZE,
      allowedHosts: replica.allowedHosts,
    });
  }

  private unload(replica: SimReplica): void {
    if (replica.shared) this.context.fabric.remove(replicaNqn(replica));
    this.observer?.replicaGone(replica);
  }

  private eventView(replica: SimReplica) {
    return { uuid: replica.uuid, name: replica.name, poolName: replica.pool.name, poolUuid: replica.pool.uuid };
  }
}
