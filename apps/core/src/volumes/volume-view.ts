import type { Child, Nexus } from '@mayastor/io-engine';
import type { Registry } from '../registry/registry.service.js';
import type { SpecStore } from '../specs/spec-store.service.js';
import type { ReplicaSpec, VolumeSpec } from '../specs/spec.types.js';

export type VolumeStatus = 'Online' | 'Degraded' | 'Faulted' | 'Unknown';

export interface ReplicaTopology {
  readonly uuid: string;
  readonly node: string;
  readonly pool: string;
  /** The replica as its io-engine reports it: Online, or Unknown when not seen. */
  readonly state: 'Online' | 'Unknown';
  /** As a child of the target's nexus (absent when unpublished or not a child). */
  readonly childStatus: 'Online' | 'Degraded' | 'Faulted' | 'Unknown' | null;
  readonly childReason: string | null;
  /** 0-100 while a rebuild runs, else null. */
  readonly rebuildProgress: number | null;
}

export interface VolumeView {
  readonly uuid: string;
  readonly spec: VolumeSpec;
  readonly status: VolumeStatus;
  /** Nexus state of the target, when published and seen. */
  readonly targetState: string | null;
  /** The target nexus as its node last reported it, when published and seen. */
  readonly targetNexus: { readonly node: string; readonly nexus: Nexus } | null;
  readonly replicas: readonly ReplicaTopology[];
}

/** The replica a nexus child URI stands for: its `uuid=` parameter. */
export function childReplica(uri: string): string {
  return /[?&]uuid=([^&]+)/.exec(uri)?.[1] ?? '';
}

/** A replica as a child of a nexus on its own node: by its bdev, never over the fabric. */
export function localChildUri(replica: Pick<ReplicaSpec, 'name' | 'uuid'>): string {
  return `bdev:///${replica.name}?uuid=${replica.uuid}`;
}

const CHILD_STATUS: Record<Child['state'], ReplicaTopology['childStatus']> = {
  CHILD_STATE_UNKNOWN: 'Unknown',
  CHILD_STATE_ONLINE: 'Online',
  CHILD_STATE_DEGRADED: 'Degraded',
  CHILD_STATE_FAULTED: 'Faulted',
};

/**
 * A volume with its derived status: from the target's nexus state when it is
 * published (Online, Degraded, Faulted; Unknown when its node is not online), and
 * from its replicas otherwise (all seen: Online; some: Degraded; none: Faulted).
 */
export function volumeView(
  spec: VolumeSpec,
  replicas: readonly ReplicaSpec[],
  specs: SpecStore,
  registry: Registry,
): VolumeView {
  const nexusSpec = spec.target ? specs.get('NexusSpec', spec.target.nexus) : undefined;
  const nexus = nexusSpec ? registry.nexus(nexusSpec.node, nexusSpec.uuid) : undefined;
  const topology = replicas.map((replica): ReplicaTopology => {
    const child = nexus?.children.find((c) => childReplica(c.uri) === replica.uuid);
    return {
      uuid: replica.uuid,
      node: replica.node,
      pool: replica.pool,
      state: registry.replica(replica.uuid)?.status === 'Online' ? 'Online' : 'Unknown',
      childStatus: child ? CHILD_STATUS[child.state] : null,
      childReason: child ? child.state_reason.replace('CHILD_STATE_REASON_', '') : null,
      rebuildProgress: child && child.rebuild_progress >= 0 ? child.rebuild_progress : null,
    };
  });
  let status: VolumeStatus;
  if (spec.target) {
    switch (nexus?.state) {
      case 'NEXUS_ONLINE':
        // Every child is healthy, but there may be fewer children than replicas asked for.
        status = nexus.children.length < spec.numReplicas ? 'Degraded' : 'Online';
        break;
      case 'NEXUS_DEGRADED':
        status = 'Degraded';
        break;
      case 'NEXUS_FAULTED':
      case 'NEXUS_SHUTDOWN':
      case 'NEXUS_SHUTTING_DOWN':
        status = 'Faulted';
        break;
      default:
        status = 'Unknown';
    }
  } else {
    const seen = topology.filter((r) => r.state === 'Online').length;
    status = seen === replicas.length && seen >= spec.numReplicas ? 'Online' : seen > 0 ? 'Degraded' : 'Faulted';
  }
  return {
    uuid: spec.uuid,
    spec,
    status,
    targetState: nexus?.state ?? null,
    targetNexus: nexus && nexusSpec ? { node: nexusSpec.node, nexus } : null,
    replicas: topology,
  };
}
