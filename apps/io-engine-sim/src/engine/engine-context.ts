import type { MallocDisk } from '../pool/disk.js';
import type { FabricTarget, FabricTimings } from '../fabric/fabric.js';
import type { SimEvents } from './sim-events.js';

/** NQN prefix of every subsystem the engine exports. */
export const NQN_PREFIX = 'nqn.2019-05.io.openebs';

/** What the parts of one simulated engine share. */
export interface EngineContext {
  readonly nodeName: string;
  /** The IP of the node: its gRPC endpoint and NVMf listener are on it. */
  readonly ip: string;
  readonly nvmfPort: number;
  readonly hostNqn: string;
  readonly fabric: FabricTarget;
  readonly fabricTimings: FabricTimings;
  readonly events: SimEvents;
  /** fdatasync pool metadata writes. */
  readonly fsync: boolean;
  /** RAM disks of this engine; gone when the engine restarts. */
  readonly mallocDisks: Map<string, MallocDisk>;
  /** Whether the engine is partitioned from the network (it hears nothing). */
  readonly partitioned: () => boolean;
}

/** `nvmf+tcp://<ip>:<port>/<nqn>`: how the engine names a subsystem it exports. */
export function nvmfUri(context: Pick<EngineContext, 'ip' | 'nvmfPort'>, nqn: string): string {
  return `nvmf+tcp://${context.ip}:${context.nvmfPort}/${nqn}`;
}
