import type {
  Volume,
  VolumeStatus,
  VolumeTarget,
  VolumeTopology,
  VolumeTopology__Output,
  BlockDevice as ApiBlockDevice,
  Node,
  NodeStatus,
  Pool,
  PoolStatus,
  Protocol,
  Replica,
  ReplicaStatus,
  SpecOperation,
  SpecStatus,
} from '@mayastor/core-api';
import type { BlockDevice } from '@mayastor/io-engine';
import type { NodeInfo } from '../nodes/nodes.service.js';
import type { PoolView } from '../pools/pools.service.js';
import type { NodeStatus as CoreNodeStatus, ResourceStatus } from '../registry/node-state.js';
import type { ReplicaView } from '../replicas/replicas.service.js';
import type {
  SpecOperation as CoreOperation,
  SpecStatus as CoreSpecStatus,
  VolumeTarget as CoreVolumeTarget,
  VolumeTopology as CoreVolumeTopology,
} from '../specs/spec.types.js';
import type { VolumeView } from '../volumes/volume-view.js';

const SPEC_STATUS: Record<CoreSpecStatus, SpecStatus> = {
  Creating: 'SPEC_STATUS_CREATING',
  Created: 'SPEC_STATUS_CREATED',
  Deleting: 'SPEC_STATUS_DELETING',
  Deleted: 'SPEC_STATUS_DELETED',
};

const NODE_STATUS: Record<CoreNodeStatus, NodeStatus> = {
  Unknown: 'NODE_STATUS_UNKNOWN',
  Online: 'NODE_STATUS_ONLINE',
  Offline: 'NODE_STATUS_OFFLINE',
};

const POOL_STATUS: Record<ResourceStatus, PoolStatus> = {
  Unknown: 'POOL_STATUS_UNKNOWN',
  Online: 'POOL_STATUS_ONLINE',
  Degraded: 'POOL_STATUS_DEGRADED',
  Faulted: 'POOL_STATUS_FAULTED',
};

const REPLICA_STATUS: Record<ResourceStatus, ReplicaStatus> = {
  Unknown: 'REPLICA_STATUS_UNKNOWN',
  Online: 'REPLICA_STATUS_ONLINE',
  Degraded: 'REPLICA_STATUS_DEGRADED',
  Faulted: 'REPLICA_STATUS_FAULTED',
};

export const PROTOCOL: Record<'none' | 'nvmf', Protocol> = { none: 'PROTOCOL_NONE', nvmf: 'PROTOCOL_NVMF' };

function operation(op: CoreOperation<string> | null): SpecOperation | null {
  if (op === null) return null;
  return op.result === null ? { kind: op.kind } : { kind: op.kind, result: op.result };
}

export function toNode(info: NodeInfo): Node {
  const { spec, state } = info;
  return {
    id: info.id,
    spec: spec
      ? {
          id: spec.id,
          grpc_endpoint: spec.grpcEndpoint,
          labels: { ...spec.labels },
          cordon_labels: [...spec.cordonLabels],
          node_nqn: spec.nodeNqn,
          version: spec.version,
          drain_labels: [...(spec.drainLabels ?? [])],
        }
      : null,
    state: state
      ? {
          id: state.id,
          grpc_endpoint: state.grpcEndpoint,
          status: NODE_STATUS[state.status],
          node_nqn: state.nodeNqn,
          version: state.version,
          instance_uuid: state.instanceUuid,
          last_seen_ms: state.lastSeenMs,
          drain_state: info.drainState,
        }
      : null,
  };
}

export function toPool(view: PoolView): Pool {
  const { spec, state } = view;
  return {
    id: view.id,
    spec: spec
      ? {
          id: spec.id,
          node: spec.node,
          disks: [...spec.disks],
          labels: { ...spec.labels },
          status: SPEC_STATUS[spec.status],
          operation: operation(spec.operation),
        }
      : null,
    state: state
      ? {
          id: state.id,
          node: state.node,
          uuid: state.uuid,
          disks: [...state.disks],
          status: POOL_STATUS[state.status],
          capacity: state.capacity,
          used: state.used,
          committed: state.committed,
        }
      : null,
  };
}

export function toReplica(view: ReplicaView): Replica {
  const { spec, state } = view;
  return {
    uuid: view.uuid,
    spec: spec
      ? {
          uuid: spec.uuid,
          name: spec.name,
          pool: spec.pool,
          node: spec.node,
          size: spec.size,
          thin: spec.thin,
          share: PROTOCOL[spec.share],
          allowed_hosts: [...spec.allowedHosts],
          owners: {
            ...(spec.owners.volume !== null ? { volume: spec.owners.volume } : {}),
            nexuses: [...spec.owners.nexuses],
          },
          managed: spec.managed,
          status: SPEC_STATUS[spec.status],
          operation: operation(spec.operation),
        }
      : null,
    state: state
      ? {
          uuid: state.uuid,
          name: state.name,
          node: state.node,
          pool: state.pool,
          pool_uuid: state.poolUuid,
          size: state.size,
          thin: state.thin,
          share: PROTOCOL[state.share],
          uri: state.uri,
          status: REPLICA_STATUS[state.status],
          allowed_hosts: [...state.allowedHosts],
          space: state.space
            ? {
                capacity_bytes: state.space.capacityBytes,
                allocated_bytes: state.space.allocatedBytes,
                cluster_size: state.space.clusterSize,
                clusters: state.space.clusters,
                allocated_clusters: state.space.allocatedClusters,
              }
            : null,
        }
      : null,
  };
}

export function toBlockDevice(device: BlockDevice): ApiBlockDevice {
  return {
    devname: device.devname,
    devtype: device.devtype,
    devmajor: device.devmajor,
    devminor: device.devminor,
    model: device.model,
    devpath: device.devpath,
    devlinks: [...device.devlinks],
    size: Number(device.size),
    available: device.available,
    connection_type: device.connection_type,
    is_rotational: device.is_rotational,
    filesystem: device.filesystem
      ? {
          fstype: device.filesystem.fstype,
          label: device.filesystem.label,
          uuid: device.filesystem.uuid,
          mountpoint: device.filesystem.mountpoints[0] ?? '',
        }
      : null,
  };
}

const VOLUME_STATUS: Record<VolumeView['status'], VolumeStatus> = {
  Unknown: 'VOLUME_STATUS_UNKNOWN',
  Online: 'VOLUME_STATUS_ONLINE',
  Degraded: 'VOLUME_STATUS_DEGRADED',
  Faulted: 'VOLUME_STATUS_FAULTED',
};

function toTopology(topology: CoreVolumeTopology | null): VolumeTopology | null {
  if (topology === null) return null;
  return {
    node_affinity: { ...topology.nodeAffinity },
    node_has_keys: [...(topology.nodeHasKeys ?? [])],
    pool_affinity: { ...topology.poolAffinity },
    pool_has_keys: [...(topology.poolHasKeys ?? [])],
    spread_keys: [...(topology.spreadKeys ?? [])],
  };
}

/** The request's topology, or null when it sets no rule. */
export function fromTopology(topology: VolumeTopology__Output | null): CoreVolumeTopology | null {
  if (!topology) return null;
  const out: CoreVolumeTopology = {
    ...(Object.keys(topology.node_affinity).length > 0 ? { nodeAffinity: topology.node_affinity } : {}),
    ...(topology.node_has_keys.length > 0 ? { nodeHasKeys: topology.node_has_keys } : {}),
    ...(Object.keys(topology.pool_affinity).length > 0 ? { poolAffinity: topology.pool_affinity } : {}),
    ...(topology.pool_has_keys.length > 0 ? { poolHasKeys: topology.pool_has_keys } : {}),
    ...(topology.spread_keys.length > 0 ? { spreadKeys: topology.spread_keys } : {}),
  };
  return Object.keys(out).length > 0 ? out : null;
}

function toTarget(target: CoreVolumeTarget | null): VolumeTarget | null {
  if (target === null) return null;
  return {
    node: target.node,
    nexus: target.nexus,
    protocol: target.protocol,
    frontend_nodes: [...target.frontendNodes],
    device_uri: target.uri,
  };
}

export function toVolume(view: VolumeView): Volume {
  const spec = view.spec;
  return {
    uuid: view.uuid,
    spec: {
      uuid: spec.uuid,
      size: spec.size,
      num_replicas: spec.numReplicas,
      thin: spec.thin,
      labels: { ...spec.labels },
      self_heal: spec.policy.selfHeal,
      topology: toTopology(spec.topology),
      ...(spec.affinityGroup !== null ? { affinity_group: spec.affinityGroup } : {}),
      ...(spec.maxSnapshots !== null ? { max_snapshots: spec.maxSnapshots } : {}),
      status: SPEC_STATUS[spec.status],
      operation: operation(spec.operation),
      target: toTarget(spec.target),
      publish_count: spec.publishCount,
    },
    state: {
      uuid: view.uuid,
      status: VOLUME_STATUS[view.status],
      size: spec.size,
      target: toTarget(spec.target),
      ...(view.targetState !== null ? { target_state: view.targetState } : {}),
      replicas: view.replicas.map((r) => ({
        uuid: r.uuid,
        node: r.node,
        pool: r.pool,
        state: r.state === 'Online' ? 'REPLICA_STATUS_ONLINE' : 'REPLICA_STATUS_UNKNOWN',
        ...(r.childStatus !== null ? { child_status: r.childStatus } : {}),
        ...(r.childReason !== null ? { child_reason: r.childReason } : {}),
        ...(r.rebuildProgress !== null ? { rebuild_progress: r.rebuildProgress } : {}),
      })),
    },
  };
}
