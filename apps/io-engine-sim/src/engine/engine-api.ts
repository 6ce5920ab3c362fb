import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import type { BlockDevice__Input, RegisterRequest__Input } from '@mayastor/io-engine';
import type { NexusManager } from '../nexus/nexus-manager.js';
import type { PoolManager } from '../pool/pool-manager.js';

/** How a call is serialised: under the engine's pool/replica lock, a nexus lock, or not at all. */
export type Serial<Req> = 'engine' | ((request: Req) => string) | undefined;

/** What the gRPC services need of an engine. */
export interface EngineApi {
  readonly pools: PoolManager;
  readonly nexuses: NexusManager;
  registerRequest(): RegisterRequest__Input;
  /** The engine's disks as block devices; only those no pool uses unless `all`. */
  blockDevices(all: boolean): BlockDevice__Input[];
  handle<Req, Res>(
    rpc: string,
    serial: Serial<NoInfer<Req>>,
    run: (request: Req) => Promise<Res> | Res,
  ): (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => void;
}
