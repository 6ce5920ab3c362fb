import { readFile } from 'node:fs/promises';
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
export async function startBenchCluster(options: {
  nodes: number;
  disks: string[];
  /** Added to the core's environment. */
  coreEnv?: Record<string, string>;
  /** Added to the simulator's environment. */
  simEnv?: Record<string, string>;
}): Promise<BenchCluster> {
  const etcd = await EtcdServer.start();
  const core = await CoreAgentProcess.start({
    STORE_ENDPOINTS: etcd.endpoint,
    CLUSTER_ID: 'bench',
    LOG_LEVEL: 'warn',
    ...options.coreEnv,
  });
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
      // As in a real deployment, engines keep their NexusInfo in the store.
      storeEndpoint: etcd.endpoint,
      disks: options.disks,
      ...(options.simEnv ? { env: options.simEnv } : {}),
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

/** CPU time (user + system) of a process, in ms, from /proc (clock ticks of 10 ms). */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command: state is field 3, utime 14 and stime 15 (1-based, from pid).
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) * 10;
}

/** Resident memory of a process, in MiB. */
export async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

/** Runs `fn` over `items`, `concurrency` at a time. */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** Kinds a busy core or store answers now and then; worth another try. */
const TRANSIENT = ['FailedPersist', 'Unavailable', 'Conflict', 'DeadlineExceeded', 'ResourceExhausted'];

/** A call that a busy core may refuse now and then (see TRANSIENT): tried up to 5 times, waiting longer each time. */
export async function retried<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const kind = (error as { kind?: string }).kind;
      if (attempt >= 5 || !TRANSIENT.includes(kind ?? '')) throw error;
      await sleep(1000 * attempt);
    }
  }
}
