import { setTimeout as sleep } from 'node:timers/promises';
import { CoreAgentProcess, EtcdServer, SimProcess } from '@mayastor/test-harness';

/** What the core benchmarks run on: a real etcd, the built core, and one simulator process. */
export interface BenchCluster {
  readonly etcd: EtcdServer;
  readonly core: CoreAgentProcess;
  readonly sim: SimProcess;
  /** Node names: `bench-1` .. `bench-<nodes>`. */
  readonly nodes: readonly string[];
  dispose(): Promise<void>;
}

/**
 * Starts etcd, the core and `nodes` simulated io-engines (heartbeat every 5 s, the
 * given file disks each) and waits until the core reports every node Online.
 */
export async function startBenchCluster(options: { nodes: number; disks: string[] }): Promise<BenchCluster> {
  const etcd = await EtcdServer.start();
  const core = await CoreAgentProcess.start({ STORE_ENDPOINTS: etcd.endpoint, CLUSTER_ID: 'bench', LOG_LEVEL: 'warn' });
  let sim: SimProcess | undefined;
  const dispose = async (): Promise<void> => {
    await core.dispose();
    await sim?.dispose();
    await etcd.dispose();
  };
  try {
    await core.ready();
    sim = await SimProcess.start({
      nodeName: 'bench',
      nodeCount: options.nodes,
      registrationEndpoint: core.endpoint,
      heartbeatSeconds: 5,
      disks: options.disks,
    });
    for (;;) {
      const { nodes } = await core.client.nodes.listNodes({});
      if (nodes.filter((n) => n.state?.status === 'NODE_STATUS_ONLINE').length === options.nodes) break;
      await sleep(200);
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  const names = Array.from({ length: options.nodes }, (_, i) => `bench-${i + 1}`);
  return { etcd, core, sim, nodes: names, dispose };
}
