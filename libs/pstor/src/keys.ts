/** Kinds of resource spec kept in the store, each under `<root>/<Kind>/<id>`. */
export const SPEC_KINDS = [
  'NodeSpec',
  'PoolSpec',
  'ReplicaSpec',
  'NexusSpec',
  'VolumeSpec',
  'AppNodeSpec',
  'VolumeSnapshot',
  'ReplicaSnapshot',
  'SwitchOverSpec',
  'CoreRegistryConfig',
] as const;
export type SpecKind = (typeof SPEC_KINDS)[number];

const SAFE_SEGMENT = /^[A-Za-z0-9._:@-]+$/;

function segment(what: string, value: string): string {
  if (!SAFE_SEGMENT.test(value)) {
    throw new RangeError(`${what} '${value}' is not a valid key segment (letters, digits and . _ : @ - only)`);
  }
  return value;
}

/**
 * Typed builders of every store key, rooted at
 * `/openebs.io/mayastor/apis/v0/clusters/<cluster-id>/namespaces/<namespace>`.
 */
export class StoreKeys {
  readonly root: string;

  constructor(
    readonly clusterId: string,
    readonly namespace: string,
  ) {
    this.root = `/openebs.io/mayastor/apis/v0/clusters/${segment('cluster id', clusterId)}/namespaces/${segment('namespace', namespace)}`;
  }

  /** Prefix of every spec of a kind (ends with `/`). */
  kind(kind: SpecKind): string {
    return `${this.root}/${kind}/`;
  }

  spec(kind: SpecKind, id: string): string {
    return `${this.root}/${kind}/${segment('id', id)}`;
  }

  /** The id part of a spec key of `kind`, or undefined if the key is not one. */
  idOf(kind: SpecKind, key: string): string | undefined {
    const prefix = this.kind(kind);
    return key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
  }

  lock(name: string): string {
    return `${this.root}/StoreLeaseLock/${segment('lock name', name)}`;
  }

  lockOwner(name: string): string {
    return `${this.root}/StoreLeaseOwner/${segment('lock name', name)}`;
  }

  /**
   * Where an io-engine keeps the NexusInfo of a nexus (reference: io-engine v1): under
   * its volume, or, for a nexus no volume owns (`volumeId` null), under the nexus alone.
   */
  nexusInfo(volumeId: string | null, nexusId: string): string {
    const nexus = `nexus/${segment('nexus id', nexusId)}/info`;
    return volumeId === null
      ? `${this.root}/${nexus}`
      : `${this.root}/volume/${segment('volume id', volumeId)}/${nexus}`;
  }

  /** Prefix of the NexusInfo of every nexus a volume had (ends with `/`): deleted with the volume. */
  volumeNexusInfos(volumeId: string): string {
    return `${this.root}/volume/${segment('volume id', volumeId)}/`;
  }
}
