import type {
  AppNode,
  RebuildHistory,
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
  Nexus,
  NexusChild,
  NexusSpec,
  NexusState,
  NexusStatus,
  PoolSpec,
  ReplicaSpec,
  VolumeSpec,
} from '@mayastor/core-api';
import type { BlockDevice, Child, Nexus as EngineNexus, RebuildHistoryResponse } from '@mayastor/io-engine';
import type { NexusView } from '../nexuses/nexuses.service.js';
import type { NodeInfo } from '../nodes/nodes.service.js';
import type { PoolView } from '../pools/pools.service.js';
import type { NodeStatus as CoreNodeStatus, ResourceStatus } from '../registry/node-state.js';
import type { ReplicaView } from '../replicas/replicas.service.js';
import type {
  AppNodeSpec as CoreAppNodeSpec,
  NexusSpec as CoreNexusSpec,
  PoolSpec as CorePoolSpec,
  ReplicaSpec as CoreReplicaSpec,
  SpecOperation as CoreOperation,
  SpecStatus as CoreSpecStatus,
  VolumeSpec as CoreVolumeSpec,
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

export function toPoolSpec(spec: CorePoolSpec): PoolSpec {
  return {
    id: spec.id,
    node: spec.node,
    disks: [...spec.disks],
    labels: { ...spec.labels },
    status: SPEC_STATUS[spec.status],
    operation: operation(spec.operation),
  };
}

export function toPool(view: PoolView): Pool {
  const { spec, state } = view;
  return {
    id: view.id,
    spec: spec ? toPoolSpec(spec) : null,
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

export function toReplicaSpec(spec: CoreReplicaSpec): ReplicaSpec {
  return {
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
  };
}

export function toReplica(view: ReplicaView): Replica {
  const { spec, state } = view;
  return {
    uuid: view.uuid,
    spec: spec ? toReplicaSpec(spec) : null,
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
    allowed_nodes: [...(topology.allowedNodes ?? [])],
    preferred_nodes: [...(topology.preferredNodes ?? [])],
    node_affinity_keys: [...(topology.nodeAffinityKeys ?? [])],
    pool_spread_keys: [...(topology.poolSpreadKeys ?? [])],
    pool_affinity_keys: [...(topology.poolAffinityKeys ?? [])],
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
    ...(topology.allowed_nodes.length > 0 ? { allowedNodes: topology.allowed_nodes } : {}),
    ...(topology.preferred_nodes.length > 0 ? { preferredNodes: topology.preferred_nodes } : {}),
    ...(topology.node_affinity_keys.length > 0 ? { nodeAffinityKeys: topology.node_affinity_keys } : {}),
    ...(topology.pool_spread_keys.length > 0 ? { poolSpreadKeys: topology.pool_spread_keys } : {}),
    ...(topology.pool_affinity_keys.length > 0 ? { poolAffinityKeys: topology.pool_affinity_keys } : {}),
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

export function toVolumeSpec(spec: CoreVolumeSpec): VolumeSpec {
  return {
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
  };
}

export function toVolume(view: VolumeView): Volume {
  const spec = view.spec;
  return {
    uuid: view.uuid,
    spec: toVolumeSpec(spec),
    state: {
      uuid: view.uuid,
      status: VOLUME_STATUS[view.status],
      size: spec.size,
      target: toTarget(spec.target),
      ...(view.targetState !== null ? { target_state: view.targetState } : {}),
      ...(view.targetNexus ? { target_nexus: toNexusState(view.targetNexus.node, view.targetNexus.nexus) } : {}),
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

/** A protobuf Timestamp as RFC 3339 (UTC); empty when absent. */
function rfc3339(time: { seconds: string; nanos: number } | null): string {
  if (time === null) return '';
  return new Date(Number(time.seconds) * 1000 + Math.floor(time.nanos / 1e6)).toISOString();
}

export function toRebuildHistory(history: RebuildHistoryResponse): RebuildHistory {
  return {
    target_uuid: history.uuid,
    records: history.records.map((r) => ({
      child_uri: r.child_uri,
      src_uri: r.src_uri,
      state: r.state,
      blocks_total: Number(r.blocks_total),
      blocks_recovered: Number(r.blocks_recovered),
      blocks_transferred: Number(r.blocks_transferred),
      blocks_remaining: Number(r.blocks_remaining),
      block_size: Number(r.block_size),
      is_partial: r.is_partial,
      start_time: rfc3339(r.start_time),
      end_time: rfc3339(r.end_time),
    })),
  };
}

/** An app node: Online while registered (there is no app-node heartbeat to say otherwise). */
export function toAppNode(spec: CoreAppNodeSpec): AppNode {
  return {
    id: spec.id,
    spec: { id: spec.id, endpoint: spec.endpoint, labels: { ...spec.labels } },
    state: { id: spec.id, endpoint: spec.endpoint, status: 'Online' },
  };
}

const NEXUS_STATUS: Record<EngineNexus['state'], NexusStatus> = {
  NEXUS_UNKNOWN: 'NEXUS_STATUS_UNKNOWN',
  NEXUS_ONLINE: 'NEXUS_STATUS_ONLINE',
  NEXUS_DEGRADED: 'NEXUS_STATUS_DEGRADED',
  NEXUS_FAULTED: 'NEXUS_STATUS_FAULTED',
  NEXUS_SHUTTING_DOWN: 'NEXUS_STATUS_SHUTTING_DOWN',
  NEXUS_SHUTDOWN: 'NEXUS_STATUS_SHUTDOWN',
};

const CHILD_STATE: Record<Child['state'], string> = {
  CHILD_STATE_UNKNOWN: 'Unknown',
  CHILD_STATE_ONLINE: 'Online',
  CHILD_STATE_DEGRADED: 'Degraded',
  CHILD_STATE_FAULTED: 'Faulted',
};

const CHILD_STATE_REASON: Record<Child['state_reason'], string> = {
  CHILD_STATE_REASON_NONE: '',
  CHILD_STATE_REASON_INIT: 'Init',
  CHILD_STATE_REASON_CLOSED: 'Closed',
  CHILD_STATE_REASON_CANNOT_OPEN: 'CannotOpen',
  CHILD_STATE_REASON_CONFIG_INVALID: 'ConfigInvalid',
  CHILD_STATE_REASON_REBUILD_FAILED: 'RebuildFailed',
  CHILD_STATE_REASON_IO_FAILURE: 'IoFailure',
  CHILD_STATE_REASON_BY_CLIENT: 'ByClient',
  CHILD_STATE_REASON_OUT_OF_SYNC: 'OutOfSync',
  CHILD_STATE_REASON_NO_SPACE: 'NoSpace',
  CHILD_STATE_REASON_TIMED_OUT: 'TimedOut',
  CHILD_STATE_REASON_ADMIN_FAILED: 'AdminFailed',
};

/** A child of a nexus as its io-engine reports it (`rebuild_progress` only while it is rebuilt). */
export function toNexusChild(child: Child): NexusChild {
  return {
    uri: child.uri,
    state: CHILD_STATE[child.state] ?? 'Unknown',
    state_reason: CHILD_STATE_REASON[child.state_reason] ?? 'Unknown',
    ...(child.rebuild_progress >= 0 ? { rebuild_progress: child.rebuild_progress } : {}),
  };
}

/** `children`: the spec's children by URI (a volume target's replicas as the nexus uses them). */
export function toNexusSpec(spec: CoreNexusSpec, children: readonly string[]): NexusSpec {
  return {
    uuid: spec.uuid,
    node: spec.node,
    size: spec.size,
    children: [...children],
    share: PROTOCOL[spec.share],
    allowed_hosts: [...spec.allowedHosts],
    ...(spec.volume !== null ? { owner: spec.volume } : {}),
    // As the original control plane: a volume's target is the control plane's, a nexus made through the API is not.
    managed: spec.volume !== null,
    status: SPEC_STATUS[spec.status],
    operation: operation(spec.operation),
  };
}

export function toNexus(view: NexusView): Nexus {
  const { spec, state } = view;
  return {
    uuid: view.uuid,
    spec: spec ? toNexusSpec(spec, view.children) : null,
    state: state ? toNexusState(view.node, state) : null,
  };
}

/** A nexus as its io-engine on `node` reports it. */
export function toNexusState(node: string, state: EngineNexus): NexusState {
  return {
    uuid: state.uuid,
    node,
    size: Number(state.size),
    status: NEXUS_STATUS[state.state] ?? 'NEXUS_STATUS_UNKNOWN',
    children: state.children.map(toNexusChild),
    device_uri: state.device_uri,
    share: state.device_uri ? 'PROTOCOL_NVMF' : 'PROTOCOL_NONE',
    rebuilds: state.rebuilds,
    allowed_hosts: [...state.allowed_hosts],
  };
}
