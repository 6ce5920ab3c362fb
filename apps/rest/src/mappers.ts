import type {
  AppNode__Output,
  BlockDevice__Output,
  Nexus__Output,
  NexusChild__Output,
  NexusSpec__Output,
  NexusState__Output,
  Node__Output,
  Pool__Output,
  PoolSpec__Output,
  RebuildHistory__Output,
  Replica__Output,
  ReplicaSpec__Output,
  SpecOperation__Output,
  Volume__Output,
  VolumeSpec__Output,
  VolumeTopology,
  VolumeTopology__Output,
} from '@mayastor/core-api';
import { Errors } from '@mayastor/common';
import type { AppNodeDto } from './dto/app-nodes.dto.js';
import {
  CHILD_STATE,
  NEXUS_STATE,
  NODE_STATUS,
  POOL_STATUS,
  REBUILD_JOB_STATE,
  REPLICA_STATE,
  SPEC_STATUS,
  VOLUME_STATUS,
  type OperationBody,
  type ProtocolName,
  type SpecStatusName,
} from './dto/common.dto.js';
import type { ChildDto, NexusDto, NexusSpecDto } from './dto/nexuses.dto.js';
import type { BlockDeviceDto, NodeDto } from './dto/nodes.dto.js';
import type { PoolDto, PoolSpecDto } from './dto/pools.dto.js';
import type { ReplicaDto, ReplicaSpecDto } from './dto/replicas.dto.js';
import type {
  RebuildHistoryDto,
  LabelledTopologyDto,
  ReplicaTopologyDto,
  TopologyDto,
  VolumeDto,
  VolumeSpecDto,
  VolumeStateDto,
} from './dto/volumes.dto.js';

/**
 * From the core API's messages to REST v0 bodies. Enum values travel as proto
 * names (`POOL_STATUS_ONLINE`) and leave as the reference spells them (`Online`).
 */

/** `value` when the REST enumeration has it, else `fallback`. */
function member<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** `NEXUS_STATUS_SHUTTING_DOWN` → `ShuttingDown`, checked against the REST enumeration. */
function enumValue<T extends string>(protoName: string, prefix: string, allowed: readonly T[], fallback: T): T {
  const pascal = protoName
    .slice(prefix.length)
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return member(pascal, allowed, fallback);
}

const specStatus = (s: string): SpecStatusName => enumValue(s, 'SPEC_STATUS_', SPEC_STATUS, 'Creating');
const protocol = (p: string): ProtocolName => (p === 'PROTOCOL_NVMF' ? 'nvmf' : 'none');
const nonEmpty = <T>(list: readonly T[]): { length: number } | undefined => (list.length > 0 ? list : undefined);

/** Host NQNs of nodes are `nqn.2019-05.io.openebs:node-name:<name>` (see the io-engine's -N). */
export const NODE_NQN_PREFIX = 'nqn.2019-05.io.openebs:node-name:';
export const hostNqnOf = (nodeName: string): string =>
  nodeName.startsWith('nqn.') ? nodeName : `${NODE_NQN_PREFIX}${nodeName}`;
const nameOfNqn = (nqn: string): string => (nqn.startsWith(NODE_NQN_PREFIX) ? nqn.slice(NODE_NQN_PREFIX.length) : nqn);

function operation(op: SpecOperation__Output | null, rename: Record<string, string> = {}): OperationBody | undefined {
  if (!op) return undefined;
  const name = rename[op.kind] ?? op.kind;
  return op.result === undefined ? { operation: name } : { operation: name, result: op.result };
}

export function toNode(node: Node__Output): NodeDto {
  const out: NodeDto = { id: node.id };
  if (node.spec) {
    const s = node.spec;
    const cordonlabels = [...s.cordon_labels];
    const drainlabels = [...s.drain_labels];
    const drained = node.state?.drain_state === 'Drained';
    out.spec = {
      grpcEndpoint: s.grpc_endpoint,
      id: s.id,
      labels: { ...s.labels },
      ...(drainlabels.length > 0
        ? {
            cordondrainstate: drained
              ? { drainedstate: { cordonlabels, drainlabels } }
              : { drainingstate: { cordonlabels, drainlabels } },
          }
        : cordonlabels.length > 0
          ? { cordondrainstate: { cordonedstate: { cordonlabels } } }
          : {}),
      ...(s.node_nqn ? { node_nqn: s.node_nqn } : {}),
      ...(s.version ? { version: s.version } : {}),
    };
  }
  if (node.state) {
    const s = node.state;
    out.state = {
      grpcEndpoint: s.grpc_endpoint,
      id: s.id,
      status: enumValue(s.status, 'NODE_STATUS_', NODE_STATUS, 'Unknown'),
      ...(s.node_nqn ? { node_nqn: s.node_nqn } : {}),
      ...(s.version ? { version: s.version } : {}),
    };
  }
  return out;
}

export function toBlockDevice(d: BlockDevice__Output): BlockDeviceDto {
  return {
    available: d.available,
    connection_type: d.connection_type,
    devlinks: [...d.devlinks],
    devmajor: d.devmajor,
    devminor: d.devminor,
    devname: d.devname,
    devpath: d.devpath,
    devtype: d.devtype,
    ...(d.filesystem && d.filesystem.fstype
      ? {
          filesystem: {
            fstype: d.filesystem.fstype,
            label: d.filesystem.label,
            mountpoint: d.filesystem.mountpoint,
            uuid: d.filesystem.uuid,
          },
        }
      : {}),
    is_rotational: d.is_rotational,
    model: d.model,
    size: d.size,
  };
}

export function toPoolSpec(s: PoolSpec__Output): PoolSpecDto {
  return { disks: [...s.disks], id: s.id, labels: { ...s.labels }, node: s.node, status: specStatus(s.status) };
}

export function toPool(pool: Pool__Output): PoolDto {
  const out: PoolDto = { id: pool.id };
  if (pool.spec) out.spec = toPoolSpec(pool.spec);
  if (pool.state) {
    const s = pool.state;
    out.state = {
      capacity: s.capacity,
      disks: [...s.disks],
      id: s.id,
      node: s.node,
      status: enumValue(s.status, 'POOL_STATUS_', POOL_STATUS, 'Unknown'),
      used: s.used,
      committed: s.committed,
    };
  }
  return out;
}

/** A replica as its io-engine reports it; from its spec (state Unknown) while its node does not. */
export function toReplica(replica: Replica__Output): ReplicaDto {
  const s = replica.state;
  if (s) {
    return {
      node: s.node,
      pool: s.pool,
      ...(s.pool_uuid ? { poolUuid: s.pool_uuid } : {}),
      share: protocol(s.share),
      size: s.size,
      ...(s.space
        ? {
            space: {
              capacity_bytes: s.space.capacity_bytes,
              allocated_bytes: s.space.allocated_bytes,
              allocated_bytes_snapshots: 0,
              allocated_bytes_all_snapshots: 0,
              cluster_size: s.space.cluster_size,
              clusters: s.space.clusters,
              allocated_clusters: s.space.allocated_clusters,
            },
          }
        : {}),
      state: enumValue(s.status, 'REPLICA_STATUS_', REPLICA_STATE, 'Unknown'),
      thin: s.thin,
      uri: s.uri,
      uuid: s.uuid,
      ...(nonEmpty(s.allowed_hosts) ? { 'allowed-hosts': [...s.allowed_hosts] } : {}),
      kind: 'Regular',
    };
  }
  const spec = replica.spec!;
  return {
    node: spec.node,
    pool: spec.pool,
    share: protocol(spec.share),
    size: spec.size,
    state: 'Unknown',
    thin: spec.thin,
    uri: '',
    uuid: spec.uuid,
    ...(nonEmpty(spec.allowed_hosts) ? { 'allowed-hosts': [...spec.allowed_hosts] } : {}),
    kind: 'Regular',
  };
}

export function toReplicaSpec(s: ReplicaSpec__Output): ReplicaSpecDto {
  const op = operation(s.operation);
  return {
    managed: s.managed,
    ...(op ? { operation: op } : {}),
    owners: {
      nexuses: [...(s.owners?.nexuses ?? [])],
      ...(s.owners?.volume ? { volume: s.owners.volume } : {}),
    },
    pool: s.pool,
    share: protocol(s.share),
    size: s.size,
    status: specStatus(s.status),
    thin: s.thin,
    uuid: s.uuid,
    kind: 'Regular',
  };
}

export function toChild(c: NexusChild__Output): ChildDto {
  return {
    ...(c.rebuild_progress !== undefined && c.rebuild_progress >= 0 ? { rebuildProgress: c.rebuild_progress } : {}),
    state: member(c.state, CHILD_STATE, 'Unknown'),
    ...(c.state_reason === 'NoSpace' ? { state_reason: 'OutOfSpace' as const } : {}),
    uri: c.uri,
  };
}

export function toNexusState(s: NexusState__Output): NexusDto {
  return {
    children: s.children.map(toChild),
    deviceUri: s.device_uri,
    node: s.node,
    rebuilds: s.rebuilds,
    protocol: protocol(s.share),
    size: s.size,
    state: enumValue(s.status, 'NEXUS_STATUS_', NEXUS_STATE, 'Unknown'),
    uuid: s.uuid,
  };
}

/** A nexus as its io-engine reports it; from its spec (state Unknown) while its node does not. */
export function toNexus(nexus: Nexus__Output): NexusDto {
  if (nexus.state) return toNexusState(nexus.state);
  const spec = nexus.spec!;
  return {
    children: spec.children.map((uri) => ({ state: 'Unknown', uri })),
    deviceUri: '',
    node: spec.node,
    rebuilds: 0,
    protocol: protocol(spec.share),
    size: spec.size,
    state: 'Unknown',
    uuid: spec.uuid,
  };
}

export function toNexusSpec(s: NexusSpec__Output): NexusSpecDto {
  const op = operation(s.operation);
  return {
    children: [...s.children],
    managed: s.managed,
    node: s.node,
    ...(op ? { operation: op } : {}),
    ...(s.owner ? { owner: s.owner } : {}),
    share: protocol(s.share),
    size: s.size,
    status: specStatus(s.status),
    uuid: s.uuid,
  };
}

/**
 * The core's topology in REST's terms. A node topology is explicit or labelled,
 * not both (the reference's oneOf): labelled wins when the core holds both, which
 * only a gRPC caller can ask for.
 */
export function toTopology(t: VolumeTopology__Output | null): TopologyDto | undefined {
  if (!t) return undefined;
  const inclusion = (affinity: Record<string, string>, hasKeys: readonly string[]): Record<string, string> => ({
    ...Object.fromEntries(hasKeys.map((k) => [k, ''])),
    ...affinity,
  });
  const keys = (list: readonly string[]): Record<string, string> => Object.fromEntries(list.map((k) => [k, '']));
  const labelled = (
    incl: Record<string, string>,
    excl: readonly string[],
    affinityKeys: readonly string[],
  ): LabelledTopologyDto | undefined =>
    Object.keys(incl).length + excl.length + affinityKeys.length > 0
      ? {
          inclusion: incl,
          exclusion: keys(excl),
          ...(affinityKeys.length > 0 ? { affinity_key: [...affinityKeys] } : {}),
        }
      : undefined;
  const out: TopologyDto = {};
  const node = labelled(inclusion(t.node_affinity, t.node_has_keys), t.spread_keys, t.node_affinity_keys);
  if (node) out.node_topology = { labelled: node };
  else if (t.allowed_nodes.length + t.preferred_nodes.length > 0) {
    out.node_topology = { explicit: { allowed_nodes: [...t.allowed_nodes], preferred_nodes: [...t.preferred_nodes] } };
  }
  const pool = labelled(inclusion(t.pool_affinity, t.pool_has_keys), t.pool_spread_keys, t.pool_affinity_keys);
  if (pool) out.pool_topology = { labelled: pool };
  return out.node_topology || out.pool_topology ? out : undefined;
}

export function toVolumeSpec(s: VolumeSpec__Output): VolumeSpecDto {
  const op = operation(s.operation, { SetReplicas: 'SetReplica', SetProperty: 'SetVolumeProperty' });
  const topology = toTopology(s.topology);
  const target = s.target && s.target.node ? s.target : null;
  const spec: VolumeSpecDto & { num_paths: number; protocol: ProtocolName } = {
    labels: { ...s.labels },
    num_replicas: s.num_replicas,
    ...(op ? { operation: op } : {}),
    size: s.size,
    status: specStatus(s.status),
    ...(target
      ? {
          target: {
            node: target.node,
            protocol: 'nvmf' as const,
            frontend_nodes: target.frontend_nodes.map((nqn) => ({ name: nameOfNqn(nqn), nqn })),
          },
        }
      : {}),
    uuid: s.uuid,
    ...(topology ? { topology } : {}),
    policy: { self_heal: s.self_heal },
    thin: s.thin,
    ...(s.affinity_group ? { affinity_group: { id: s.affinity_group } } : {}),
    num_snapshots: 0,
    ...(s.max_snapshots !== undefined ? { max_snapshots: s.max_snapshots } : {}),
    // The reference lists these two as required (without describing them): one path, and the target's protocol.
    num_paths: 1,
    protocol: target ? 'nvmf' : 'none',
  };
  return spec;
}

export function toVolume(volume: Volume__Output): VolumeDto {
  const spec = toVolumeSpec(volume.spec!);
  const s = volume.state;
  const replicaTopology: Record<string, ReplicaTopologyDto> = {};
  for (const r of s?.replicas ?? []) {
    replicaTopology[r.uuid] = {
      ...(r.node ? { node: r.node } : {}),
      ...(r.pool ? { pool: r.pool } : {}),
      state: enumValue(r.state, 'REPLICA_STATUS_', REPLICA_STATE, 'Unknown'),
      ...(r.child_status ? { 'child-status': member(r.child_status, CHILD_STATE, 'Unknown') } : {}),
      ...(r.child_reason === 'NoSpace' ? { 'child-status-reason': 'OutOfSpace' as const } : {}),
      ...(r.rebuild_progress !== undefined ? { 'rebuild-progress': r.rebuild_progress } : {}),
    };
  }
  const state: VolumeStateDto = {
    ...(s?.target_nexus ? { target: toNexusState(s.target_nexus) } : {}),
    size: s?.size ?? spec.size,
    status: s ? enumValue(s.status, 'VOLUME_STATUS_', VOLUME_STATUS, 'Unknown') : 'Unknown',
    uuid: spec.uuid,
    replica_topology: replicaTopology,
  };
  return { spec, state };
}

export function toRebuildHistory(h: RebuildHistory__Output): RebuildHistoryDto {
  return {
    targetUuid: h.target_uuid,
    records: h.records.map((r) => ({
      childUri: r.child_uri,
      srcUri: r.src_uri,
      rebuildJobState: member(r.state, REBUILD_JOB_STATE, 'Failed'),
      blocksTotal: r.blocks_total,
      blocksRecovered: r.blocks_recovered,
      blocksTransferred: r.blocks_transferred,
      blocksRemaining: r.blocks_remaining,
      blockSize: r.block_size,
      isPartial: r.is_partial,
      startTime: r.start_time,
      endTime: r.end_time,
    })),
  };
}

export function toAppNode(n: AppNode__Output): AppNodeDto {
  const spec = n.spec!;
  return {
    id: n.id,
    spec: { id: spec.id, endpoint: spec.endpoint, labels: { ...spec.labels } },
    ...(n.state
      ? {
          state: {
            id: n.state.id,
            endpoint: n.state.endpoint,
            status: n.state.status === 'Offline' ? 'Offline' : 'Online',
          },
        }
      : {}),
  };
}

/**
 * REST topology to the core's. Labelled inclusion `key: value` requires the
 * label, `key: ""` only the key; exclusion keys spread the replicas over
 * different values of those labels (of their nodes, or of their pools), and
 * affinity keys keep them on one value. Explicit node topology limits the
 * replicas to the allowed nodes (when any are given) and tries the preferred
 * ones first.
 */
export function fromTopology(t: TopologyDto | undefined): VolumeTopology | undefined {
  if (!t) return undefined;
  const out = {
    node_affinity: {} as Record<string, string>,
    node_has_keys: [] as string[],
    pool_affinity: {} as Record<string, string>,
    pool_has_keys: [] as string[],
    spread_keys: [] as string[],
    allowed_nodes: [] as string[],
    preferred_nodes: [] as string[],
    node_affinity_keys: [] as string[],
    pool_spread_keys: [] as string[],
    pool_affinity_keys: [] as string[],
  };
  const include = (inclusion: Record<string, string>, affinity: Record<string, string>, hasKeys: string[]): void => {
    for (const [k, v] of Object.entries(inclusion)) {
      if (v === '') hasKeys.push(k);
      else affinity[k] = v;
    }
  };
  if (t.node_topology?.explicit && t.node_topology.labelled) {
    throw Errors.invalidArgument('invalid request: topology.node_topology is either explicit or labelled, not both', {
      topology: 'node_topology',
    });
  }
  const explicit = t.node_topology?.explicit;
  if (explicit) {
    out.allowed_nodes.push(...explicit.allowed_nodes);
    out.preferred_nodes.push(...explicit.preferred_nodes);
  }
  const node = t.node_topology?.labelled;
  if (node) {
    include(node.inclusion, out.node_affinity, out.node_has_keys);
    out.spread_keys.push(...Object.keys(node.exclusion));
    out.node_affinity_keys.push(...(node.affinity_key ?? []));
  }
  const pool = t.pool_topology?.labelled;
  if (pool) {
    include(pool.inclusion, out.pool_affinity, out.pool_has_keys);
    out.pool_spread_keys.push(...Object.keys(pool.exclusion));
    out.pool_affinity_keys.push(...(pool.affinity_key ?? []));
  }
  return out;
}
