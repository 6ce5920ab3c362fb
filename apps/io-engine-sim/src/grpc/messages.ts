import type {
  Child__Input,
  Nexus__Input,
  Pool__Input,
  RebuildHistoryRecord__Input,
  Replica__Input,
  Timestamp__Input,
} from '@mayastor/io-engine';
import type { SimChild, SimNexus } from '../nexus/nexus.js';
import { JOB_STATE_OF, type RebuildRecord } from '../nexus/rebuild.js';
import { MD_PAGE_SIZE, type PoolManager, type SimPool, type SimReplica } from '../pool/pool-manager.js';

/** The engine's in-memory objects as v1 messages. */

export function timestamp(date: Date): Timestamp__Input {
  const ms = date.getTime();
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
}

export function toPool(pool: SimPool): Pool__Input {
  const mdPages = pool.metadataBytes / MD_PAGE_SIZE;
  return {
    uuid: pool.uuid,
    name: pool.name,
    disks: [pool.diskUri],
    state: 'POOL_ONLINE',
    capacity: pool.capacity,
    used: pool.used,
    pooltype: 'Lvs',
    committed: pool.committed,
    cluster_size: pool.clusterSize,
    page_size: MD_PAGE_SIZE,
    disk_capacity: pool.diskCapacity,
    md_info: {
      md_page_size: MD_PAGE_SIZE,
      md_pages: mdPages,
      md_used_pages: Math.min(mdPages, 2 + pool.replicas.size),
    },
  };
}

export function toReplica(pools: PoolManager, replica: SimReplica): Replica__Input {
  const clusterSize = replica.pool.clusterSize;
  return {
    name: replica.name,
    uuid: replica.uuid,
    pooluuid: replica.pool.uuid,
    size: replica.size,
    thin: replica.thin,
    share: replica.shared ? 'NVMF' : 'NONE',
    uri: pools.replicaUri(replica),
    poolname: replica.pool.name,
    usage: {
      capacity_bytes: replica.size,
      allocated_bytes: replica.allocatedClusters * clusterSize,
      cluster_size: clusterSize,
      num_clusters: replica.pool.clustersOf(replica.size),
      num_allocated_clusters: replica.allocatedClusters,
      allocated_bytes_snapshots: 0,
      num_allocated_clusters_snapshots: 0,
    },
    allowed_hosts: replica.allowedHosts,
    is_snapshot: false,
    is_clone: false,
    ...(replica.entityId !== undefined ? { entity_id: replica.entityId } : {}),
    pooltype: 'Lvs',
  };
}

export function toChild(child: SimChild): Child__Input {
  return {
    uri: child.uri,
    state: child.state,
    state_reason: `CHILD_STATE_REASON_${child.reason}`,
    rebuild_progress: child.rebuild?.active ? child.rebuild.progress : -1,
    fault_timestamp: child.faultTime ? timestamp(child.faultTime) : null,
    has_io_log: child.hasIoLog,
  };
}

export function toNexus(nexus: SimNexus): Nexus__Input {
  return {
    name: nexus.name,
    uuid: nexus.uuid,
    size: nexus.size,
    state: nexus.state,
    children: nexus.children.map(toChild),
    device_uri: nexus.deviceUri,
    rebuilds: nexus.rebuilds,
    ana_state: nexus.deviceUri ? nexus.anaState : 'NVME_ANA_INVALID_STATE',
    allowed_hosts: nexus.allowedHosts,
  };
}

export function toRecord(record: RebuildRecord): RebuildHistoryRecord__Input {
  return {
    child_uri: record.childUri,
    src_uri: record.srcUri,
    state: JOB_STATE_OF[record.state],
    blocks_total: record.blocksTotal,
    blocks_recovered: record.blocksRecovered,
    blocks_transferred: record.blocksTransferred,
    blocks_remaining: record.blocksRemaining,
    blocks_per_task: record.blocksPerTask,
    block_size: record.blockSize,
    is_partial: record.isPartial,
    start_time: timestamp(record.startTime),
    end_time: timestamp(record.endTime),
  };
}
