import type {
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
import type { SpecOperation as CoreOperation, SpecStatus as CoreSpecStatus } from '../specs/spec.types.js';

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
