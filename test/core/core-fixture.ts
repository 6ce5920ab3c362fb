import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { CoreAgentProcess, EtcdServer, SimProcess } from '@mayastor/test-harness';
import { decodeVersioned, EtcdStore, StoreKeys } from '@mayastor/pstor';
import type { Node__Output } from '@mayastor/core-api';
import { IoEngineClient } from '@mayastor/io-engine';

export const NODES = ['sim-1', 'sim-2', 'sim-3'] as const;
/** Each simulated node has two 256 MiB file disks. */
export const DISKS = ['disk0:256MiB', 'disk1:256MiB'];

/** The error a call rejected with; throws if it did not fail. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ kind?: string; message?: string; cause?: { code?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as { kind?: string; message?: string; cause?: { code?: number } };
  }
  throw new Error('expected the call to fail');
}

/**
 * A real etcd, the built core agent on it, and one simulator process with three
 * io-engines (sim-1..3 on 127.0.0.1..3) registering with the core every second.
 */
export class CoreCluster {
  private readonly engines = new Map<string, IoEngineClient>();

  private constructor(
    /** Node names: sim-1 .. sim-<n>. */
    readonly nodes: readonly string[],
    readonly etcd: EtcdServer,
    readonly core: CoreAgentProcess,
    readonly sim: SimProcess,
    readonly store: EtcdStore,
    readonly keys: StoreKeys,
  ) {}

  static async start(coreEnv: Record<string, string> = {}, options: { nodes?: number } = {}): Promise<CoreCluster> {
    const nodes = Array.from({ length: options.nodes ?? NODES.length }, (_, i) => `sim-${i + 1}`);
    const etcd = await EtcdServer.start();
    const clusterId = `e2e-${randomUUID().slice(0, 8)}`;
    const core = await CoreAgentProcess.start({
      STORE_ENDPOINTS: etcd.endpoint,
      CLUSTER_ID: clusterId,
      STORE_LEASE_TTL_SECONDS: '3',
      NODE_DEADLINE_MS: '2000',
      RECONCILE_PERIOD_MS: '1000',
      ...coreEnv,
    });
    await core.ready();
    const sim = await SimProcess.start({
      nodeName: 'sim',
      nodeCount: nodes.length,
      registrationEndpoint: core.endpoint,
      heartbeatSeconds: 1,
      storeEndpoint: etcd.endpoint,
      disks: DISKS,
    });
    const store = new EtcdStore({ endpoints: [etcd.endpoint] });
    const cluster = new CoreCluster(nodes, etcd, core, sim, store, new StoreKeys(clusterId, 'mayastor'));
    await cluster.waitForNodes('NODE_STATUS_ONLINE', nodes);
    return cluster;
  }

  get api() {
    return this.core.client;
  }

  diskOf(node: string, disk = 'disk0'): string {
    return this.sim.diskPath(disk, node);
  }

  async node(id: string): Promise<Node__Output> {
    return this.api.nodes.getNode({ id });
  }

  async waitForNodes(status: string, ids: readonly string[], timeoutMs = 20_000): Promise<void> {
    await this.until(
      async () => {
        const { nodes } = await this.api.nodes.listNodes({});
        return ids.every((id) => nodes.find((n) => n.id === id)?.state?.status === status);
      },
      timeoutMs,
      `nodes ${ids.join(',')} ${status}`,
    );
  }

  /**
   * Restarts the core armed with `failpoint`, runs `operation`, which must kill it
   * there (never answering), then restarts the core clean and waits for it.
   */
  async crashDuring(failpoint: string, operation: () => Promise<unknown>): Promise<void> {
    await this.core.stop();
    this.core.restart({ CORE_FAILPOINTS: failpoint });
    await this.core.ready();
    await this.waitForNodes('NODE_STATUS_ONLINE', this.nodes, 10_000);
    const outcome = await operation().then(
      () => 'answered',
      () => 'failed',
    );
    expect(outcome, `${failpoint}: the operation was never acknowledged`).toBe('failed');
    expect(await this.core.exit()).toBe('SIGKILL');
    expect(this.core.stderr.join('')).toContain(`failpoint reached: ${failpoint}\n`);
    this.core.restart({ CORE_FAILPOINTS: undefined });
    await this.core.ready();
  }

  /** Polls `check` every 50 ms until true. */
  async until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        if (await check()) return;
      } catch (error) {
        last = error;
      }
      await sleep(50);
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${String(last)})\n${this.core.output()}`);
  }

  /** The specs of a kind as stored in etcd, by id. */
  /** The keys in the store under `prefix`. */
  async storedKeys(prefix: string): Promise<string[]> {
    const out: string[] = [];
    for await (const kv of this.store.list(prefix)) out.push(kv.key);
    return out;
  }

  async storedSpecs<T>(
    kind: 'NodeSpec' | 'PoolSpec' | 'ReplicaSpec' | 'VolumeSpec' | 'NexusSpec' | 'AppNodeSpec',
  ): Promise<Map<string, T>> {
    const out = new Map<string, T>();
    for await (const kv of this.store.list(this.keys.kind(kind))) {
      out.set(this.keys.idOf(kind, kv.key)!, decodeVersioned<T>(kv.value, 1));
    }
    return out;
  }

  /** A direct io-engine client of a simulated node (to check what it really holds). */
  engine(node: string): IoEngineClient {
    let client = this.engines.get(node);
    if (!client) {
      const index = this.nodes.indexOf(node) + 1;
      client = new IoEngineClient({ nodeId: node, endpoint: this.sim.endpointOf(index) });
      this.engines.set(node, client);
    }
    return client;
  }

  async simPools(node: string): Promise<string[]> {
    return (await this.engine(node).listPools()).pools.map((p) => p.name).sort();
  }

  async simReplicas(node: string): Promise<string[]> {
    return (await this.engine(node).listReplicas()).replicas.map((r) => r.uuid).sort();
  }

  async dispose(): Promise<void> {
    for (const client of this.engines.values()) client.close();
    await this.core.dispose();
    await this.sim.dispose();
    await this.store.close();
    await this.etcd.dispose();
  }
}
