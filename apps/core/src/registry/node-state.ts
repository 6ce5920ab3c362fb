import type { Nexus, Pool, Replica } from '@mayastor/io-engine';

export type NodeStatus = 'Unknown' | 'Online' | 'Offline';
export type ResourceStatus = 'Unknown' | 'Online' | 'Degraded' | 'Faulted';

/** A pool as its io-engine reports it. */
export interface PoolState {
  readonly id: string;
  readonly node: string;
  readonly uuid: string;
  readonly disks: readonly string[];
  readonly status: ResourceStatus;
  readonly capacity: number;
  readonly used: number;
  readonly committed: number;
}

export interface ReplicaSpace {
  readonly capacityBytes: number;
  readonly allocatedBytes: number;
  readonly clusterSize: number;
  readonly clusters: number;
  readonly allocatedClusters: number;
}

/** A replica as its io-engine reports it. */
export interface ReplicaState {
  readonly uuid: string;
  readonly name: string;
  readonly node: string;
  readonly pool: string;
  readonly poolUuid: string;
  readonly size: number;
  readonly thin: boolean;
  readonly share: 'none' | 'nvmf';
  readonly uri: string;
  readonly status: ResourceStatus;
  readonly allowedHosts: readonly string[];
  readonly space: ReplicaSpace | null;
  /** The volume the io-engine has it tagged with (entity id), if any. */
  readonly entityId: string | null;
}

const POOL_STATUS: Record<Pool['state'], ResourceStatus> = {
  POOL_UNKNOWN: 'Unknown',
  POOL_ONLINE: 'Online',
  POOL_DEGRADED: 'Degraded',
  POOL_FAULTED: 'Faulted',
};

export function poolStateOf(node: string, pool: Pool): PoolState {
  return {
    id: pool.name,
    node,
    uuid: pool.uuid,
    disks: pool.disks,
    status: POOL_STATUS[pool.state],
    capacity: Number(pool.capacity),
    used: Number(pool.used),
    committed: Number(pool.committed),
  };
}

export function replicaStateOf(node: string, replica: Replica): ReplicaState {
  const usage = replica.usage;
  return {
    uuid: replica.uuid,
    name: replica.name,
    node,
    pool: replica.poolname,
    poolUuid: replica.pooluuid,
    size: Number(replica.size),
    thin: replica.thin,
    share: replica.share === 'NVMF' ? 'nvmf' : 'none',
    uri: replica.uri,
    // The v1 Replica has no state field: a replica the engine lists is online.
    status: 'Online',
    allowedHosts: replica.allowed_hosts,
    space: usage
      ? {
          capacityBytes: Number(usage.capacity_bytes),
          allocatedBytes: Number(usage.allocated_bytes),
          clusterSize: Number(usage.cluster_size),
          clusters: Number(usage.num_clusters),
          allocatedClusters: Number(usage.num_allocated_clusters),
        }
      : null,
    entityId: replica.entity_id ?? null,
  };
}

/** What the registry knows of one node. */
export interface NodeView {
  readonly id: string;
  readonly grpcEndpoint: string;
  readonly status: NodeStatus;
  readonly nodeNqn: string;
  readonly version: string;
  readonly instanceUuid: string;
  /** Epoch ms of the last registration (0: none since this core started). */
  readonly lastSeenMs: number;
}

export type NexusState = Nexus;
