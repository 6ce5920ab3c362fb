import { credentials, type Client, type ClientUnaryCall, type requestCallback } from '@grpc/grpc-js';
import { fromGrpcError } from '@mayastor/common';
import { loadCoreApiV1 } from '../proto/loader.js';
import type {
  AppNodesClient,
  NexusesClient,
  NodesClient,
  PoolsClient,
  ReplicasClient,
  SpecsServiceClient,
  VolumesClient,
} from '../types.js';

type RpcKeys<C> = { [K in keyof C]: K extends string ? (K extends Capitalize<K> ? K : never) : never }[keyof C];

/** The last overload of a generated client method, `(argument, callback)`, as a promise. */
type Promisified<F> = F extends (argument: infer Req, callback: requestCallback<infer Res>) => ClientUnaryCall
  ? (request: Req) => Promise<Res>
  : never;

/** One promise-returning method per RPC, named with a lower-case first letter. */
export type PromiseClient<C> = { [K in RpcKeys<C> as Uncapitalize<K & string>]: Promisified<C[K]> };

export interface CoreApiClientOptions {
  /** `host:port` of the core agent. */
  readonly endpoint: string;
  /** Deadline of every call. Defaults to 30 s (an operation may wait on io-engines). */
  readonly timeoutMs?: number;
}

/** Largest reply the client takes (the core's list of 30,000 replicas is about 17 MiB). */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

type UnaryMethod = (request: unknown, options: { deadline: number }, callback: requestCallback<unknown>) => void;

function promisify<C extends Client>(client: C, timeoutMs: number): PromiseClient<C> {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  const service = (client.constructor as unknown as { service: Record<string, unknown> }).service;
  for (const rpc of Object.keys(service)) {
    const method = (client as unknown as Record<string, UnaryMethod>)[rpc]!.bind(client);
    api[rpc.charAt(0).toLowerCase() + rpc.slice(1)] = (request) =>
      new Promise((resolve, reject) => {
        method(request, { deadline: Date.now() + timeoutMs }, (error, response) => {
          if (error) reject(fromGrpcError(error));
          else resolve(response);
        });
      });
  }
  return api as PromiseClient<C>;
}

/**
 * A typed client of the core agent's API (`mayastor.core.v1`). Failed calls
 * reject with the DomainError the core raised (its exact kind rides in a trailer).
 */
export class CoreApiClient {
  readonly nodes: PromiseClient<NodesClient>;
  readonly pools: PromiseClient<PoolsClient>;
  readonly replicas: PromiseClient<ReplicasClient>;
  readonly volumes: PromiseClient<VolumesClient>;
  readonly nexuses: PromiseClient<NexusesClient>;
  readonly specs: PromiseClient<SpecsServiceClient>;
  readonly appNodes: PromiseClient<AppNodesClient>;
  private readonly clients: Client[];

  constructor(options: CoreApiClientOptions) {
    const v1 = loadCoreApiV1();
    const creds = credentials.createInsecure();
    const timeoutMs = options.timeoutMs ?? 30_000;
    // Whole lists (replicas, nexuses, specs) of a large cluster exceed gRPC's 4 MiB default.
    const nodes = new v1.Nodes(options.endpoint, creds, { 'grpc.max_receive_message_length': MAX_MESSAGE_BYTES });
    const pools = new v1.Pools(options.endpoint, creds, { channelOverride: nodes.getChannel() });
    const replicas = new v1.Replicas(options.endpoint, creds, { channelOverride: nodes.getChannel() });
    const shared = { channelOverride: nodes.getChannel() };
    const volumes = new v1.Volumes(options.endpoint, creds, shared);
    const nexuses = new v1.Nexuses(options.endpoint, creds, shared);
    const specs = new v1.SpecsService(options.endpoint, creds, shared);
    const appNodes = new v1.AppNodes(options.endpoint, creds, shared);
    this.clients = [nodes, pools, replicas, volumes, nexuses, specs, appNodes];
    this.nexuses = promisify(nexuses, timeoutMs);
    this.specs = promisify(specs, timeoutMs);
    this.appNodes = promisify(appNodes, timeoutMs);
    this.volumes = promisify(volumes, timeoutMs);
    this.nodes = promisify(nodes, timeoutMs);
    this.pools = promisify(pools, timeoutMs);
    this.replicas = promisify(replicas, timeoutMs);
  }

  close(): void {
    for (const client of this.clients) client.close();
  }
}
