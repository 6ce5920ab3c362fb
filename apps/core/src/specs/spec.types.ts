/**
 * Resource specs: the desired state, kept in the persistent store under
 * `<root>/<Kind>/<id>` (StoreKeys.spec) as `{schemaVersion, value}` JSON.
 *
 * A mutating operation first writes its intent into the spec (`operation` with
 * `result: null`, status Creating or Deleting), then calls the io-engine, then
 * completes the spec (operation cleared). A spec found with an operation still
 * in flight is finished or undone by the OperationsRecovery service.
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

export interface SpecsByKind {
  NodeSpec: NodeSpec;
  PoolSpec: PoolSpec;
  ReplicaSpec: ReplicaSpec;
}
export type CoreSpecKind = keyof SpecsByKind;
export const CORE_SPEC_KINDS: readonly CoreSpecKind[] = ['NodeSpec', 'PoolSpec', 'ReplicaSpec'];

/** One change of a spec: a new value, or its removal (`value: null`). */
export type SpecChange = {
  [K in CoreSpecKind]: { readonly kind: K; readonly id: string; readonly value: SpecsByKind[K] | null };
}[CoreSpecKind];

export function hasOwners(owners: ReplicaOwners): boolean {
  return owners.volume !== null || owners.nexuses.length > 0;
}
