import type { FabricConnection } from '../fabric/fabric.js';
import type { SimReplica } from '../pool/pool-manager.js';
import type { RebuildJob, RebuildRecord } from './rebuild.js';

export type ChildState = 'CHILD_STATE_UNKNOWN' | 'CHILD_STATE_ONLINE' | 'CHILD_STATE_DEGRADED' | 'CHILD_STATE_FAULTED';
export type ChildReason =
  | 'NONE'
  | 'INIT'
  | 'CLOSED'
  | 'CANNOT_OPEN'
  | 'CONFIG_INVALID'
  | 'REBUILD_FAILED'
  | 'IO_FAILURE'
  | 'BY_CLIENT'
  | 'OUT_OF_SYNC'
  | 'NO_SPACE'
  | 'TIMED_OUT'
  | 'ADMIN_FAILED';
export type NexusState =
  'NEXUS_UNKNOWN' | 'NEXUS_ONLINE' | 'NEXUS_DEGRADED' | 'NEXUS_FAULTED' | 'NEXUS_SHUTTING_DOWN' | 'NEXUS_SHUTDOWN';
export type AnaState =
  | 'NVME_ANA_INVALID_STATE'
  | 'NVME_ANA_OPTIMIZED_STATE'
  | 'NVME_ANA_NON_OPTIMIZED_STATE'
  | 'NVME_ANA_INACCESSIBLE_STATE'
  | 'NVME_ANA_PERSISTENT_LOSS_STATE'
  | 'NVME_ANA_CHANGE_STATE';

/** What a child is open on: a local replica, or a controller connected to a remote one. */
export type ChildBackend =
  | { readonly kind: 'local'; readonly replica: SimReplica }
  | { readonly kind: 'remote'; readonly connection: FabricConnection };

export class SimChild {
  state: ChildState = 'CHILD_STATE_ONLINE';
  reason: ChildReason = 'NONE';
  backend: ChildBackend | undefined;
  faultTime: Date | undefined;
  /** Set while the child is offline: a later online needs only a partial rebuild. */
  hasIoLog = false;
  rebuild: RebuildJob | undefined;

  constructor(
    readonly uri: string,
    /** The `?uuid=` of the URI: the replica uuid. */
    readonly uuid: string,
  ) {}

  get healthy(): boolean {
    return this.state === 'CHILD_STATE_ONLINE';
  }

  /** "state/reason", as event payloads show a state. */
  get label(): string {
    return `${this.state.replace('CHILD_STATE_', '')}/${this.reason}`;
  }

  close(): void {
    if (this.backend?.kind === 'remote') this.backend.connection.close();
    this.backend = undefined;
  }
}

export class SimNexus {
  readonly children: SimChild[] = [];
  deviceUri = '';
  allowedHosts: string[] = [];
  anaState: AnaState = 'NVME_ANA_OPTIMIZED_STATE';
  shutdown: 'no' | 'running' | 'done' = 'no';
  readonly history: RebuildRecord[] = [];

  constructor(
    readonly name: string,
    readonly uuid: string,
    public size: number,
    readonly nexusInfoKey: string,
    readonly cntlid: { readonly min: number; readonly max: number },
  ) {}

  get state(): NexusState {
    if (this.shutdown === 'running') return 'NEXUS_SHUTTING_DOWN';
    if (this.shutdown === 'done') return 'NEXUS_SHUTDOWN';
    const healthy = this.children.filter((c) => c.healthy).length;
    if (healthy === 0) return 'NEXUS_FAULTED';
    return healthy === this.children.length ? 'NEXUS_ONLINE' : 'NEXUS_DEGRADED';
  }

  get rebuilds(): number {
    return this.children.filter((c) => c.rebuild?.active).length;
  }

  child(uri: string): SimChild | undefined {
    return this.children.find((c) => c.uri === uri);
  }
}

/** The `?uuid=` of a child URI (the replica uuid), or '' when it has none. */
export function uuidOfUri(uri: string): string {
  const query = uri.indexOf('?');
  if (query < 0) return '';
  return new URLSearchParams(uri.slice(query + 1)).get('uuid') ?? '';
}
