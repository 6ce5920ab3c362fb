/* eslint-disable @typescript-eslint/unbound-method -- `unary` invokes each generated method with `.call(client, ...)`. */
import {
  credentials,
  Metadata,
  status,
  type CallOptions,
  type Client,
  type ClientUnaryCall,
  type ServiceError,
} from '@grpc/grpc-js';
import { loadIoEngineV1 } from '@mayastor/io-engine';
import { expect } from 'vitest';

type Callback<Res> = (error: ServiceError | null, response?: Res) => void;
type WithOptions<Req, Res> = (
  request: Req,
  metadata: Metadata,
  options: CallOptions,
  callback: Callback<Res>,
) => ClientUnaryCall;

/** Deadline of every test call. */
const DEADLINE_MS = 5000;

/**
 * One generated-client method as a promise. The types come from the method's
 * `(request, callback)` overload; the call uses the overload with call options,
 * to set a deadline.
 */
export function unary<Req, Res>(
  client: Client,
  method: (request: Req, callback: Callback<Res>) => ClientUnaryCall,
): (request: Req) => Promise<Res> {
  const withOptions = method as unknown as WithOptions<Req, Res>;
  return (request) =>
    new Promise<Res>((resolve, reject) =>
      withOptions.call(client, request, new Metadata(), { deadline: Date.now() + DEADLINE_MS }, (error, response) =>
        error ? reject(error) : resolve(response as Res),
      ),
    );
}

/** The generated io-engine v1 clients of one endpoint. */
export function engineClients(endpoint: string) {
  const v1 = loadIoEngineV1();
  const insecure = credentials.createInsecure();
  const clients = {
    pool: new v1.PoolRpc(endpoint, insecure),
    replica: new v1.ReplicaRpc(endpoint, insecure),
    nexus: new v1.NexusRpc(endpoint, insecure),
    host: new v1.HostRpc(endpoint, insecure),
    stats: new v1.StatsRpc(endpoint, insecure),
  };
  const { pool, replica, nexus, host, stats } = clients;
  return {
    close: () => Object.values(clients).forEach((c) => c.close()),
    createPool: unary(pool, pool.CreatePool),
    importPool: unary(pool, pool.ImportPool),
    destroyPool: unary(pool, pool.DestroyPool),
    exportPool: unary(pool, pool.ExportPool),
    listPools: unary(pool, pool.ListPools),
    createReplica: unary(replica, replica.CreateReplica),
    destroyReplica: unary(replica, replica.DestroyReplica),
    listReplicas: unary(replica, replica.ListReplicas),
    shareReplica: unary(replica, replica.ShareReplica),
    unshareReplica: unary(replica, replica.UnshareReplica),
    resizeReplica: unary(replica, replica.ResizeReplica),
    createNexus: unary(nexus, nexus.CreateNexus),
    destroyNexus: unary(nexus, nexus.DestroyNexus),
    shutdownNexus: unary(nexus, nexus.ShutdownNexus),
    listNexus: unary(nexus, nexus.ListNexus),
    publishNexus: unary(nexus, nexus.PublishNexus),
    unpublishNexus: unary(nexus, nexus.UnpublishNexus),
    addChild: unary(nexus, nexus.AddChildNexus),
    removeChild: unary(nexus, nexus.RemoveChildNexus),
    faultChild: unary(nexus, nexus.FaultNexusChild),
    childOperation: unary(nexus, nexus.ChildOperation),
    rebuildState: unary(nexus, nexus.GetRebuildState),
    rebuildStats: unary(nexus, nexus.GetRebuildStats),
    rebuildHistory: unary(nexus, nexus.GetRebuildHistory),
    listRebuildHistory: unary(nexus, nexus.ListRebuildHistory),
    info: unary(host, host.GetMayastorInfo),
    poolStats: unary(stats, stats.GetPoolIoStats),
  };
}

export type EngineClients = ReturnType<typeof engineClients>;

/** Expects the call to fail with `code`; returns the error for further checks. */
export async function expectStatus(call: Promise<unknown>, code: status): Promise<ServiceError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e as ServiceError,
  );
  expect(error, `expected ${status[code]}, the call succeeded`).toBeDefined();
  expect(status[error?.code ?? 0], error?.details).toBe(status[code]);
  return error as ServiceError;
}
