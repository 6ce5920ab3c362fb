import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@mayastor/common';
import { CoreApiClient } from '@mayastor/core-api';
import type { LocalClusterConfig } from './local-cluster.config.js';
import { ManagedProcess, type ProcessExit } from './managed-process.js';
import { PortPicker } from './ports.js';
import { RunState } from './run-state.js';

/** A built app's entry point, next to this file in dist/. */
const builtApp = (app: string): string => fileURLToPath(new URL(`../../apps/${app}/src/main.js`, import.meta.url));

/** The stop the user asked for (a signal): the launcher exits 0. */
export class StopRequested extends Error {
  constructor(readonly signal: string) {
    super(`stop requested (${signal})`);
  }
}

/** A start-up step or a process failed; `process` is the one whose log tells why. */
export class ClusterError extends Error {
  constructor(
    message: string,
    readonly process?: ManagedProcess,
  ) {
    super(message);
  }
}

export interface LocalClusterOptions {
  readonly config: LocalClusterConfig;
  /** Absolute. */
  readonly dataDir: string;
  /** The apps' base environment (the launcher's own): what the launcher wires is set on top. */
  readonly env: NodeJS.ProcessEnv;
  /** Prints one line for the user. */
  readonly say: (line: string) => void;
}

export interface ClusterSummary {
  readonly store: string;
  readonly coreEndpoint: string;
  readonly metricsUrl: string;
  readonly restUrl: string;
  readonly nodes: readonly { readonly id: string; readonly endpoint: string; readonly pool: string }[];
  readonly controlUrl: string;
  readonly logDir: string;
}

const HOST = '127.0.0.1';
type PortVariable = Extract<keyof LocalClusterConfig, `${string}_PORT`>;
/** How often a long wait says it is still waiting. */
const NOTICE_EVERY_MS = 10_000;
const LOCK_HINT = '; a core that was killed holds the leader lock until its lease expires (30 s)';

/**
 * A whole local cluster as child processes: the store (etcd, or the core's
 * embedded one), the core agent, the REST API and one simulator process with N
 * io-engines, one pool on each. Started in that order, each step waited for;
 * stopped in the order REST, core, simulator, etcd.
 */
export class LocalCluster {
  private readonly stopController = new AbortController();
  private readonly runState: RunState;
  private readonly ports = new PortPicker();
  /** By name: etcd, core, rest, io-engine-sim. */
  private readonly processes = new Map<string, ManagedProcess>();
  private client: CoreApiClient | undefined;

  constructor(private readonly options: LocalClusterOptions) {
    this.runState = new RunState(options.dataDir);
  }

  /** Aborted on a stop request or when a process exits on its own; `reason` says which. */
  get signal(): AbortSignal {
    return this.stopController.signal;
  }

  /** Asks the cluster to stop (start-up, if under way, is abandoned). */
  requestStop(signal: string): void {
    this.stopController.abort(new StopRequested(signal));
  }

  /** True once a process was started (there is something to stop). */
  get started(): boolean {
    return this.processes.size > 0;
  }

  /** Resolves when `signal` is aborted. */
  async untilStopped(): Promise<unknown> {
    if (this.signal.aborted) return this.signal.reason;
    return new Promise((resolve) =>
      this.signal.addEventListener('abort', () => resolve(this.signal.reason), { once: true }),
    );
  }

  async start(): Promise<ClusterSummary> {
    const { config, dataDir, say } = this.options;
    const logDir = join(dataDir, 'logs');
    await mkdir(logDir, { recursive: true });
    const leftovers = await this.runState.claim();
    if (leftovers.length > 0) say(`killed what a previous launcher left running: ${leftovers.join(', ')}`);
    const timeoutMs = config.LOCAL_CLUSTER_START_TIMEOUT_SECONDS * 1000;
    const nodeIps = Array.from({ length: config.LOCAL_CLUSTER_NODES }, (_, i) => `127.0.0.${i + 1}`);

    // Ports first, all of them: a taken one is replaced before anything starts.
    const port = async (variable: PortVariable, hosts: readonly string[] = [HOST]): Promise<number> => {
      const preferred = config[variable];
      const picked = await this.ports.pick(preferred, hosts);
      if (!picked.preferred) say(`port ${preferred} (${variable}) is in use: using ${picked.port}`);
      return picked.port;
    };
    const useEtcd = this.useEtcd();
    const etcdPort = useEtcd ? await port('LOCAL_CLUSTER_ETCD_PORT') : 0;
    const etcdPeerPort = useEtcd ? await port('LOCAL_CLUSTER_ETCD_PEER_PORT') : 0;
    const corePort = await port('LOCAL_CLUSTER_CORE_PORT');
    const metricsPort = await port('LOCAL_CLUSTER_CORE_METRICS_PORT');
    const restPort = await port('LOCAL_CLUSTER_REST_PORT');
    const simGrpcPort = await port('LOCAL_CLUSTER_SIM_GRPC_PORT', nodeIps);
    const simNvmfPort = await port('LOCAL_CLUSTER_SIM_NVMF_PORT', nodeIps);
    const controlPort = await port('LOCAL_CLUSTER_SIM_CONTROL_PORT');
    const etcdEndpoint = `${HOST}:${etcdPort}`;
    const coreEndpoint = `${HOST}:${corePort}`;
    const restUrl = `http://${HOST}:${restPort}`;
    const controlUrl = `http://${HOST}:${controlPort}`;

    // 1. The store.
    let store: string;
    if (useEtcd) {
      const peer = `http://${HOST}:${etcdPeerPort}`;
      const client = `http://${etcdEndpoint}`;
      const etcd = await this.spawn('etcd', config.LOCAL_CLUSTER_ETCD_BINARY, [
        '--name=local-cluster',
        `--data-dir=${join(dataDir, 'etcd')}`,
        `--listen-client-urls=${client}`,
        `--advertise-client-urls=${client}`,
        `--listen-peer-urls=${peer}`,
        `--initial-advertise-peer-urls=${peer}`,
        `--initial-cluster=local-cluster=${peer}`,
        '--initial-cluster-state=new',
        '--logger=zap',
        '--log-level=warn',
      ]);
      say(`starting etcd on ${etcdEndpoint} (data in ${join(dataDir, 'etcd')})`);
      await this.waitFor('etcd healthy', etcd, timeoutMs, async () => {
        const res = await fetch(`${client}/health`, { signal: AbortSignal.timeout(1000) });
        const body = (await res.json()) as { health?: string };
        return res.ok && body.health === 'true' ? true : undefined;
      });
      store = `etcd on ${etcdEndpoint}`;
    } else {
      store = `the core's embedded store in ${join(dataDir, 'store')}`;
      const why = config.LOCAL_CLUSTER_STORE === 'embedded' ? 'LOCAL_CLUSTER_STORE=embedded' : 'no etcd on the PATH';
      say(`${why}: the core uses its embedded store (${join(dataDir, 'store')})`);
    }

    // 2. The core agent.
    const core = await this.spawn('core', process.execPath, [builtApp('core')], {
      STORE_ENDPOINTS: useEtcd ? etcdEndpoint : '',
      STORE_DATA_DIR: join(dataDir, 'store'),
      CORE_GRPC_ENDPOINT: coreEndpoint,
      CORE_METRICS_ENDPOINT: `${HOST}:${metricsPort}`,
      CORE_FAILPOINTS: '',
    });
    say(`starting the core agent on ${coreEndpoint}`);
    await this.waitFor('core agent serving', core, timeoutMs, async () => {
      // A fresh channel each time: a channel refused while the core starts backs off for seconds.
      const probe = new CoreApiClient({ endpoint: coreEndpoint, timeoutMs: 2000 });
      try {
        await probe.nodes.listNodes({});
        return true;
      } finally {
        probe.close();
      }
    });
    const client = new CoreApiClient({ endpoint: coreEndpoint, timeoutMs: 30_000 });
    this.client = client;

    // 3. The REST API, authentication off (waited for at the end: it is ready once the core answers).
    const rest = await this.spawn('rest', process.execPath, [builtApp('rest')], {
      CORE_ENDPOINT: coreEndpoint,
      REST_HTTP_ENDPOINT: `${HOST}:${restPort}`,
      REST_NO_AUTH: 'true',
      REST_TLS_CERT: '',
      REST_TLS_KEY: '',
      REST_JWK: '',
    });
    say(`starting the REST API on ${restUrl} with authentication OFF (local use only)`);

    // 4. The simulated io-engines, registering with the core; NexusInfo in etcd when there is one.
    const simDataDir = join(dataDir, 'io-engine');
    const many = config.LOCAL_CLUSTER_NODES > 1;
    const nodes = nodeIps.map((ip, i) => {
      const id = many ? `io-engine-${i + 1}` : 'io-engine';
      return { id, endpoint: `${ip}:${simGrpcPort}`, pool: `pool-on-${id}`, disk: join(simDataDir, id, 'disk0.img') };
    });
    const sim = await this.spawn('io-engine-sim', process.execPath, [builtApp('io-engine-sim')], {
      SIM_NODE_NAME: 'io-engine',
      SIM_NODE_COUNT: String(config.LOCAL_CLUSTER_NODES),
      SIM_IP: nodeIps[0],
      SIM_GRPC_PORT: String(simGrpcPort),
      SIM_NVMF_PORT: String(simNvmfPort),
      SIM_CONTROL_PORT: String(controlPort),
      SIM_CONTROL_HOST: HOST,
      SIM_HOSTNQN: '',
      SIM_REGISTRATION_ENDPOINT: coreEndpoint,
      SIM_STORE_ENDPOINTS: useEtcd ? etcdEndpoint : '',
      SIM_EVENTS_URL: '',
      SIM_DATA_DIR: simDataDir,
      SIM_DISKS: `disk0:${config.LOCAL_CLUSTER_DISK_SIZE}`,
    });
    say(
      `starting ${nodes.length} simulated io-engine${many ? 's' : ''} (${nodes.map((n) => n.id).join(', ')}), ` +
        `each with a ${config.LOCAL_CLUSTER_DISK_SIZE} sparse disk file in ${simDataDir}`,
    );
    await this.waitFor('io-engine simulator serving', sim, timeoutMs, async () => {
      const res = await fetch(`${controlUrl}/nodes`, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      return res.ok ? true : undefined;
    });
    await this.waitFor(
      `io-engines ${nodes.map((n) => n.id).join(', ')} Online in the core`,
      sim,
      timeoutMs,
      async () => {
        const online = new Set(
          (await client.nodes.listNodes({})).nodes
            .filter((n) => n.state?.status === 'NODE_STATUS_ONLINE')
            .map((n) => n.id),
        );
        return nodes.every((n) => online.has(n.id)) ? true : undefined;
      },
    );
    say('io-engines Online');

    // 5. One pool per node on its disk; pools of an earlier run are kept (the core imports them).
    for (const node of nodes) {
      await this.waitFor(`pool ${node.pool} created`, core, timeoutMs, async () => {
        const { pools } = await client.pools.listPools({ node: node.id });
        const existing = pools.find((p) => p.id === node.pool || p.spec?.disks.includes(node.disk));
        if (existing) {
          say(`pool ${existing.id} on ${node.id}: kept from an earlier run`);
          node.pool = existing.id;
          return true;
        }
        try {
          await client.pools.createPool({ node: node.id, id: node.pool, disks: [node.disk], labels: {} });
          say(`created pool ${node.pool} on ${node.id}`);
          return true;
        } catch (error) {
          // Another try after a moment, unless the core refused it for good.
          if (DomainError.is(error) && ['InvalidArgument', 'AlreadyExists'].includes(error.kind)) {
            throw new ClusterError(`creating pool ${node.pool} on ${node.id}: ${error.message}`, core);
          }
          throw error;
        }
      });
    }
    await this.waitFor('pools Online', core, timeoutMs, async () => {
      const { pools } = await client.pools.listPools({});
      const online = new Set(pools.filter((p) => p.state?.status === 'POOL_STATUS_ONLINE').map((p) => p.id));
      return nodes.every((n) => online.has(n.pool)) ? true : undefined;
    });
    say(`pools Online: ${nodes.map((n) => n.pool).join(', ')}`);

    // 6. REST ready (it answers once the core does).
    await this.waitFor('REST API ready', rest, timeoutMs, async () => {
      const res = await fetch(`${restUrl}/ready`, { signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      return res.ok ? true : undefined;
    });

    return {
      store,
      coreEndpoint,
      metricsUrl: `http://${HOST}:${metricsPort}/metrics`,
      restUrl,
      nodes: nodes.map(({ id, endpoint, pool }) => ({ id, endpoint, pool })),
      controlUrl,
      logDir,
    };
  }

  /** Stops whatever runs, in order: REST, core, simulator, etcd. Never throws. */
  async stop(): Promise<void> {
    const { say, config } = this.options;
    this.client?.close();
    this.client = undefined;
    const graceMs = config.LOCAL_CLUSTER_STOP_TIMEOUT_SECONDS * 1000;
    for (const name of ['rest', 'core', 'io-engine-sim', 'etcd']) {
      const proc = this.processes.get(name);
      if (!proc?.running) {
        await proc?.stop(graceMs);
        continue;
      }
      say(`stopping ${proc.name}`);
      if (!(await proc.stop(graceMs))) say(`${proc.name} did not stop within ${graceMs / 1000} s: killed`);
    }
    await this.runState.release().catch(() => undefined);
  }

  /** SIGKILL to every child still running, synchronously (the launcher's 'exit' path). */
  killNow(): void {
    for (const proc of this.processes.values()) proc.killNow();
  }

  private useEtcd(): boolean {
    const { config } = this.options;
    if (config.LOCAL_CLUSTER_STORE === 'embedded') return false;
    const probe = spawnSync(config.LOCAL_CLUSTER_ETCD_BINARY, ['--version'], { stdio: 'ignore', timeout: 10_000 });
    const found = probe.error === undefined && probe.status === 0;
    if (config.LOCAL_CLUSTER_STORE === 'etcd' && !found) {
      throw new ClusterError(`LOCAL_CLUSTER_STORE=etcd, but '${config.LOCAL_CLUSTER_ETCD_BINARY} --version' fails`);
    }
    return found;
  }

  private async spawn(
    name: 'etcd' | 'core' | 'rest' | 'io-engine-sim',
    command: string,
    args: readonly string[],
    env: Record<string, string | undefined> = {},
  ): Promise<ManagedProcess> {
    this.signal.throwIfAborted();
    const proc = new ManagedProcess({
      name,
      command,
      args,
      env: { ...this.options.env, ...env },
      logFile: join(this.options.dataDir, 'logs', `${name}.log`),
      onUnexpectedExit: (exit) => this.died(proc, exit),
    });
    this.processes.set(name, proc);
    await proc.start();
    await this.runState.add(name, proc.pid ?? 0, proc.cmdline);
    return proc;
  }

  private died(proc: ManagedProcess, exit: ProcessExit): void {
    const how = exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`;
    this.stopController.abort(new ClusterError(`${proc.name} ${how} (log: ${proc.logFile})`, proc));
  }

  /**
   * Polls `probe` until it returns a value, failing after `timeoutMs` (naming
   * `proc`, whose log tells why), or at once when the cluster is stopping.
   */
  private async waitFor<T>(
    what: string,
    proc: ManagedProcess,
    timeoutMs: number,
    probe: () => Promise<T | undefined>,
  ): Promise<T> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    let nextNotice = started + NOTICE_EVERY_MS;
    let last: unknown;
    for (;;) {
      this.signal.throwIfAborted();
      try {
        const value = await probe();
        if (value !== undefined) return value;
      } catch (error) {
        if (error instanceof ClusterError) throw error;
        last = error;
      }
      this.signal.throwIfAborted();
      if (Date.now() > deadline) {
        const why = last instanceof Error ? ` (last error: ${last.message})` : '';
        throw new ClusterError(`${what}: not within ${timeoutMs / 1000} s${why}`, proc);
      }
      if (Date.now() >= nextNotice) {
        nextNotice += NOTICE_EVERY_MS;
        const hint = proc.name === 'core' && what.startsWith('core') ? LOCK_HINT : '';
        this.options.say(
          `still waiting for ${what} (${Math.round((Date.now() - started) / 1000)} s; log: ${proc.logFile})${hint}`,
        );
      }
      await sleep(250, undefined, { signal: this.signal }).catch(() => undefined);
    }
  }
}
