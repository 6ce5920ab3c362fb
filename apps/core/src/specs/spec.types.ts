/**
 * Resource specs: the desired state, kept in the persistent store under
 * `<root>/<Kind>/<id>` (StoreKeys.spec) as `{schemaVersion, value}` JSON.
 *
 * A mutating operation first writes its intent into the spec (`operation` with
 * `result: null`, status Creating or Deleting), then calls the io-engine, then
 * completes the spec (operation cleared). A spec found with an operation still
 * in flight is finished or undone by the reconcilers (`reconcilers/`).
 */

/** Schema version of the specs this build writes. */
export const SPEC_SCHEMA_VERSION = 1;

export type SpecStatus = 'Creating' | 'Created' | 'Deleting' | 'Deleted';

export type Labels = Record<string, string>;

/** What an operation in flight is doing; `result` stays null until it finished. */
export interface SpecOperation<K extends string> {
  readonly kind: K;
  readonly result: boolean | null;
}

export interface NodeSpec {
  readonly id: string;
  readonly grpcEndpoint: string;
  readonly labels: Labels;
  /** Cordoned while any is present. */
  readonly cordonLabels: readonly string[];
  /** Drains asked for (each also cordons the node): its volume targets move elsewhere. */
  readonly drainLabels?: readonly string[];
  readonly nodeNqn: string;
  readonly version: string;
}

export type PoolOperation = SpecOperation<'Create' | 'Destroy'>;

export interface PoolSpec {
  readonly id: string;
  readonly node: string;
  readonly disks: readonly string[];
  readonly labels: Labels;
  readonly status: SpecStatus;
  readonly operation: PoolOperation | null;
}

export type ReplicaOperation =
  | SpecOperation<'Create' | 'Destroy' | 'Unshare'>
  | (SpecOperation<'Share'> & { readonly allowedHosts: readonly string[] });

export interface ReplicaOwners {
  readonly volume: string | null;
  readonly nexuses: readonly string[];
}

export interface ReplicaSpec {
  readonly uuid: string;
  /** Name on the io-engine. */
  readonly name: string;
  readonly pool: string;
  readonly node: string;
  readonly size: number;
  readonly thin: boolean;
  readonly share: 'none' | 'nvmf';
  readonly allowedHosts: readonly string[];
  readonly owners: ReplicaOwners;
  readonly managed: boolean;
  readonly status: SpecStatus;
  readonly operation: ReplicaOperation | null;
}

/** Where a volume's replicas may go (see scheduler/scheduler.ts). */
export interface VolumeTopology {
  /** Node labels a node must carry (key=value). */
  readonly nodeAffinity?: Labels;
  /** Label keys a node must carry, whatever their value. */
  readonly nodeHasKeys?: readonly string[];
  readonly poolAffinity?: Labels;
  readonly poolHasKeys?: readonly string[];
  /** Node label keys whose values must all differ among the volume's replicas (e.g. a zone). */
  readonly spreadKeys?: readonly string[];
  /** Explicit topology: replicas only on these nodes (absent or empty: any node). */
  readonly allowedNodes?: readonly string[];
  /** Explicit topology: these nodes are chosen before the others. */
  readonly preferredNodes?: readonly string[];
  /** Node label keys whose value must be the same on every replica's node (the first replica fixes it). */
  readonly nodeAffinityKeys?: readonly string[];
  /** Pool label keys whose values must all differ among the volume's replicas. */
  readonly poolSpreadKeys?: readonly string[];
  /** Pool label keys whose value must be the same on every replica's pool. */
  readonly poolAffinityKeys?: readonly string[];
}

export interface VolumeTarget {
  /** Node of the nexus. */
  readonly node: string;
  /** Uuid of the nexus (a new one at every publish). */
  readonly nexus: string;
  readonly protocol: 'nvmf';
  /** Host NQNs allowed to connect (the frontend nodes). */
  readonly frontendNodes: readonly string[];
  /** Device URI to connect to; empty while the nexus is not shared. */
  readonly uri: string;
}

export type VolumeOperation =
  | SpecOperation<'Create' | 'Destroy' | 'Unpublish' | 'Unshare'>
  | (SpecOperation<'Publish'> & { readonly nexus: string; readonly node: string })
  | (SpecOperation<'Resize'> & { readonly size: number })
  | (SpecOperation<'SetReplicas'> & { readonly count: number })
  | SpecOperation<'Share'>;

export interface VolumeSpec {
  readonly uuid: string;
  readonly size: number;
  readonly numReplicas: number;
  readonly thin: boolean;
  readonly labels: Labels;
  readonly policy: { readonly selfHeal: boolean };
  readonly topology: VolumeTopology | null;
  readonly affinityGroup: string | null;
  readonly maxSnapshots: number | null;
  readonly status: SpecStatus;
  readonly operation: VolumeOperation | null;
  readonly target: VolumeTarget | null;
  /** How many times the volume was published: each publish takes the next controller-id range. */
  readonly publishCount: number;
}

export type NexusOperation =
  | SpecOperation<'Create' | 'Destroy' | 'Unshare'>
  | (SpecOperation<'Share'> & { readonly allowedHosts: readonly string[] })
  | (SpecOperation<'AddChild' | 'RemoveChild'> & { readonly uri: string });

/**
 * A nexus: a volume's target (`volume` set), or a standalone nexus made through the
 * nexus API (`volume` null), which its caller owns: the core carries out its
 * operations crash-safely but never collects nor re-creates it.
 */
export interface NexusSpec {
  readonly uuid: string;
  /** The nexus name on the io-engine: the volume uuid (a standalone nexus: its own uuid). */
  readonly name: string;
  readonly node: string;
  /** The volume whose target this is; null for a standalone nexus. */
  readonly volume: string | null;
  readonly size: number;
  /** Replica uuids of the children of a volume's target (empty for a standalone nexus). */
  readonly replicas: readonly string[];
  /**
   * Children of a standalone nexus, by URI as the io-engine opens them. Absent on a
   * volume's target (its children are its replicas) and in specs written before
   * standalone nexuses existed.
   */
  readonly children?: readonly string[];
  readonly share: 'none' | 'nvmf';
  readonly allowedHosts: readonly string[];
  readonly reservationKey: number;
  readonly minCntlId: number;
  readonly maxCntlId: number;
  readonly status: SpecStatus;
  readonly operation: NexusOperation | null;
}

/**
 * A node where applications run (a CSI node), registered through the AppNodes API
 * so that volumes can be published to it. It has no state to drive: no reconciler
 * follows it, and it is reported Online for as long as it is registered.
 */
export interface AppNodeSpec {
  readonly id: string;
  /** gRPC endpoint of the app node's agent. */
  readonly endpoint: string;
  readonly labels: Labels;
}

export interface SpecsByKind {
  NodeSpec: NodeSpec;
  PoolSpec: PoolSpec;
  ReplicaSpec: ReplicaSpec;
  VolumeSpec: VolumeSpec;
  NexusSpec: NexusSpec;
  AppNodeSpec: AppNodeSpec;
}
export type CoreSpecKind = keyof SpecsByKind;
export const CORE_SPEC_KINDS: readonly CoreSpecKind[] = [
  'NodeSpec',
  'PoolSpec',
  'ReplicaSpec',
  'VolumeSpec',
  'NexusSpec',
  'AppNodeSpec',
];

/** One change of a spec: a new value, or its removal (`value: null`). */
export type SpecChange = {
  [K in CoreSpecKind]: { readonly kind: K; readonly id: string; readonly value: SpecsByKind[K] | null };
}[CoreSpecKind];

/** Owners of a replica nothing uses. */
export const NO_OWNERS: ReplicaOwners = { volume: null, nexuses: [] };

/** The spec with its destroy in flight (the intent of every destroy): Deleting, operation Destroy pending. */
export function markDeleting<
  T extends { readonly status: SpecStatus; readonly operation: SpecOperation<string> | null },
>(spec: T): T {
  return { ...spec, status: 'Deleting', operation: { kind: 'Destroy', result: null } };
}

/** A replica let go by everything that owned it, marked for collection (destroyed once its node is online). */
export function markDisowned(replica: ReplicaSpec): ReplicaSpec {
  return markDeleting({ ...replica, owners: NO_OWNERS });
}

/** Created, with no operation in flight: nothing for recovery to finish or undo. */
export function settled(spec: { readonly status: SpecStatus; readonly operation: unknown }): boolean {
  return spec.status === 'Created' && spec.operation === null;
}

export function hasOwners(owners: ReplicaOwners): boolean {
  return owners.volume !== null || owners.nexuses.length > 0;
}
