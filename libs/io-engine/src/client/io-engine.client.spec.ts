import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:net';
import { Metadata, Server, ServerCredentials, status, type ServiceError } from '@grpc/grpc-js';
import { DomainError } from '@mayastor/common';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
  type Context,
  type ContextManager,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadIoEngineV1 } from '../proto/loader.js';
import type { NexusRpcHandlers, Pool, PoolRpcHandlers, Replica, ReplicaRpcHandlers } from '../types.js';
import { IoEngineClient } from './io-engine.client.js';

/** A context manager on AsyncLocalStorage, so `context.with` makes a span active across awaits. */
class TestContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();
  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.storage.run(ctx, () => fn.call(thisArg, ...args));
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.storage.disable();
    return this;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on: bound once to learn a free one, then released. */
async function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Counts how many handler invocations of one kind run at the same time. */
class Overlap {
  private active = 0;
  max = 0;
  async during(ms: number): Promise<void> {
    this.active++;
    this.max = Math.max(this.max, this.active);
    await sleep(ms);
    this.active--;
  }
}

const POOL: Pool = {
  uuid: 'c0ffee00-0000-4000-8000-000000000001',
  name: 'pool-1',
  disks: ['aio:///dev/sdb?uuid=1'],
  state: 'POOL_ONLINE',
  capacity: '18446744073709551000',
  used: '0',
  pooltype: 'Lvs',
  committed: '0',
  cluster_size: 4 * 1024 * 1024,
  disk_capacity: '18446744073709551615',
};

const replica = (uuid: string): Replica => ({
  name: uuid,
  uuid,
  pooluuid: POOL.uuid,
  size: '1073741824',
  thin: false,
  share: 'NONE',
  uri: `bdev:///${uuid}?uuid=${uuid}`,
  poolname: POOL.name,
  usage: null,
  allowed_hosts: [],
  is_snapshot: false,
  is_clone: false,
  pooltype: 'Lvs',
});

describe('IoEngineClient against a grpc-js server', () => {
  const server = new Server();
  let endpoint = '';
  const clients: IoEngineClient[] = [];
  const seen: { traceparent?: string } = {};
  const creates = new Overlap();
  const lists = new Overlap();
  const nexusCalls = new Map<string, Overlap>();

  const client = (timeouts?: ConstructorParameters<typeof IoEngineClient>[0]['timeouts']): IoEngineClient => {
    const c = new IoEngineClient({ nodeId: 'node-1', endpoint, timeouts });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    const v1 = loadIoEngineV1();
    const pools: Pick<PoolRpcHandlers, 'ListPools' | 'CreatePool'> = {
      ListPools: (call, callback) => {
        seen.traceparent = call.metadata.get('traceparent')[0]?.toString();
        callback(null, { pools: [POOL] });
      },
      // Never answers: the client's deadline must end the call.
      CreatePool: () => undefined,
    };
    const replicas: Pick<ReplicaRpcHandlers, 'CreateReplica' | 'ListReplicas' | 'DestroyReplica'> = {
      CreateReplica: (call, callback) => {
        creates.during(100).then(
          () => callback(null, replica(call.request.uuid)),
          (error: Error) => callback(error),
        );
      },
      ListReplicas: (_call, callback) => {
        lists.during(100).then(
          () => callback(null, { replicas: [] }),
          (error: Error) => callback(error),
        );
      },
      DestroyReplica: (call, callback) => {
        const trailer = new Metadata();
        trailer.set('gtm-602', '0');
        callback({ code: status.NOT_FOUND, details: `replica ${call.request.uuid} not found`, metadata: trailer });
      },
    };
    const nexuses: Pick<NexusRpcHandlers, 'PublishNexus'> = {
      PublishNexus: (call, callback) => {
        const overlap = nexusCalls.get(call.request.uuid) ?? new Overlap();
        nexusCalls.set(call.request.uuid, overlap);
        // One Overlap across all uuids too, to see calls on different nexuses overlap.
        const all = nexusCalls.get('*') ?? new Overlap();
        nexusCalls.set('*', all);
        Promise.all([overlap.during(100), all.during(100)]).then(
          () => callback(null, { nexus: null }),
          (error: Error) => callback(error),
        );
      },
    };
    server.addService(v1.PoolRpc.service, pools);
    server.addService(v1.ReplicaRpc.service, replicas);
    server.addService(v1.NexusRpc.service, nexuses);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, p) =>
        error ? reject(error) : resolve(p),
      ),
    );
    endpoint = `127.0.0.1:${port}`;
  });

  afterEach(() => {
    propagation.disable();
    context.disable();
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  });

  it('decodes a response with 64-bit integers as strings and enums as names', async () => {
    const { pools } = await client().listPools();
    // Unset `optional` fields (page_size, md_info) stay absent, even with `defaults: true`.
    expect(pools).toEqual([POOL]);
    expect(pools[0]?.capacity).toBe('18446744073709551000');
  });

  it('ends a call that is never answered at its configured deadline', async () => {
    const started = Date.now();
    const error = await client({ requestMs: 300, poolMs: 300 })
      .createPool({ name: 'p', disks: ['/dev/sdb'] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'DeadlineExceeded', details: { node: 'node-1', call: 'CreatePool' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('maps a gRPC status to a DomainError with node and call details', async () => {
    const error = await client()
      .destroyReplica({ uuid: 'r-404', pool_name: 'pool-1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      kind: 'NotFound',
      message: 'replica r-404 not found',
      details: { node: 'node-1', call: 'DestroyReplica' },
    });
    expect(((error as DomainError).cause as ServiceError).metadata.get('gtm-602')).toEqual(['0']);
  });

  it('carries the active trace context as a traceparent header', async () => {
    context.setGlobalContextManager(new TestContextManager());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const spanId = 'b7ad6b7169203331';
    const active = trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags: TraceFlags.SAMPLED });
    const c = client();
    await context.with(active, async () => {
      await sleep(1); // the context must survive awaits before the call
      await c.listPools();
    });
    expect(seen.traceparent).toBe(`00-${traceId}-${spanId}-01`);

    await c.listPools();
    expect(seen.traceparent).toBeUndefined();
  });

  it('fails Unavailable within about a second when nothing listens on the endpoint', async () => {
    const c = new IoEngineClient({ nodeId: 'node-2', endpoint: `127.0.0.1:${await unusedPort()}` });
    clients.push(c);
    const started = Date.now();
    const error = await c.listPools().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'Unavailable', details: { node: 'node-2', call: 'ListPools' } });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('fails Unavailable within about a second when the endpoint never answers', async () => {
    // 192.0.2.0/24 is TEST-NET-1: never routed, so the connection attempt just hangs
    // (or fails at once where there is no route at all).
    const c = new IoEngineClient({ nodeId: 'node-3', endpoint: '192.0.2.1:10124' });
    clients.push(c);
    const started = Date.now();
    const error = await c.createReplica({ uuid: 'r', pooluuid: 'p', size: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'Unavailable', details: { node: 'node-3', call: 'CreateReplica' } });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('runs replica mutations on one node one at a time, and lists concurrently', async () => {
    const c = client();
    await Promise.all([
      c.createReplica({ uuid: 'r-1', pooluuid: POOL.uuid, size: 1 }),
      c.createReplica({ uuid: 'r-2', pooluuid: POOL.uuid, size: 1 }),
      c.createReplica({ uuid: 'r-3', pooluuid: POOL.uuid, size: 1 }),
    ]);
    expect(creates.max).toBe(1);

    await Promise.all([c.listReplicas(), c.listReplicas(), c.listReplicas()]);
    expect(lists.max).toBeGreaterThan(1);
  });

  it('counts the wait for its turn against the deadline', async () => {
    const c = client({ requestMs: 150, replicaMs: 150 });
    const results = await Promise.allSettled([
      c.createReplica({ uuid: 'r-a', pooluuid: POOL.uuid, size: 1 }),
      c.createReplica({ uuid: 'r-b', pooluuid: POOL.uuid, size: 1 }),
    ]);
    expect(results[0]).toMatchObject({ status: 'fulfilled' });
    expect(results[1]).toMatchObject({
      status: 'rejected',
      reason: { kind: 'DeadlineExceeded', details: { node: 'node-1', call: 'CreateReplica' } },
    });
  });

  it('serialises nexus mutations per nexus uuid only', async () => {
    const c = client();
    await Promise.all([
      c.publishNexus({ uuid: 'nexus-a', share: 'NVMF' }),
      c.publishNexus({ uuid: 'nexus-a', share: 'NVMF' }),
      c.publishNexus({ uuid: 'nexus-b', share: 'NVMF' }),
    ]);
    expect(nexusCalls.get('nexus-a')?.max).toBe(1);
    expect(nexusCalls.get('*')?.max).toBeGreaterThan(1);
  });

  it('fails Unavailable once closed', async () => {
    const c = client();
    await c.listPools();
    c.close();
    await expect(c.listPools()).rejects.toMatchObject({ kind: 'Unavailable' });
  });
});
