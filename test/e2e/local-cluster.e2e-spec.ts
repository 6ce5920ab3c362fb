import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@mayastor/test-harness';

/** Pids of the live processes whose parent is `pid`, from /proc. */
async function childrenOf(pid: number): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command (which may hold spaces): state, ppid, ...
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === pid) found.push(Number(entry));
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface RestAnswer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * `npm start`: the built launcher (dist/tools/local-cluster) on a temporary data
 * dir and free ports, used through REST only, then stopped with SIGINT.
 */
describe('local cluster launcher (npm start)', () => {
  let dataDir: string;
  let launcher: ChildProcess;
  let output = '';
  let exited: Promise<[number | null, NodeJS.Signals | null]>;
  let rest = '';
  let children: number[] = [];

  const call = async (method: 'GET' | 'PUT', path: string, body?: object): Promise<RestAnswer> => {
    const res = await fetch(`${rest}/v0${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const context = (): string => `launcher output:\n${output.slice(-6000)}`;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'local-cluster-e2e-'));
    const port = async (): Promise<string> => String(await freePort());
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOCAL_CLUSTER_ETCD_PORT: await port(),
      LOCAL_CLUSTER_ETCD_PEER_PORT: await port(),
      LOCAL_CLUSTER_CORE_PORT: await port(),
      LOCAL_CLUSTER_CORE_METRICS_PORT: await port(),
      LOCAL_CLUSTER_REST_PORT: await port(),
      LOCAL_CLUSTER_SIM_GRPC_PORT: await port(),
      LOCAL_CLUSTER_SIM_NVMF_PORT: await port(),
      LOCAL_CLUSTER_SIM_CONTROL_PORT: await port(),
      LOCAL_CLUSTER_START_TIMEOUT_SECONDS: '90',
    };
    launcher = spawn(process.execPath, [resolve('dist/tools/local-cluster/main.js'), '--data-dir', dataDir], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = once(launcher, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const deadline = Date.now() + 240_000;
    for (;;) {
      const match = /^Swagger UI: (http:\/\/\S+)\/v0\/swagger-ui$/m.exec(output);
      if (match?.[1]) {
        rest = match[1];
        break;
      }
      if (launcher.exitCode !== null || launcher.signalCode !== null || Date.now() > deadline) {
        throw new Error(`no Swagger UI line; ${context()}`);
      }
      await sleep(100);
    }
    children = await childrenOf(launcher.pid!);
  }, 300_000);

  afterAll(async () => {
    // Only when a test failed: the children are in their own process groups, so
    // stop them through the launcher, and kill whatever is left.
    if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
      launcher.kill('SIGINT');
      await Promise.race([exited, sleep(60_000)]);
    }
    for (const pid of [...(launcher?.pid ? [launcher.pid] : []), ...children]) {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 90_000);

  it('prints the Swagger UI URL, says auth is off, and runs the store, core, REST and simulator as children', async () => {
    expect(output).toContain('authentication is OFF');
    // etcd (on the PATH for the tests), core, REST, the simulator.
    expect(children, context()).toHaveLength(4);
    const spec = await fetch(`${rest}/v0/api/spec`);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as { openapi?: string }).openapi).toBeDefined();
  });

  it('shows three Online nodes and a pool on each, through REST', async () => {
    const nodes = await call('GET', '/nodes');
    expect(nodes.status, JSON.stringify(nodes.body)).toBe(200);
    const nodeList = nodes.body as { id: string; state?: { status?: string } }[];
    expect(nodeList.map((n) => n.id).sort()).toEqual(['io-engine-1', 'io-engine-2', 'io-engine-3']);
    expect(nodeList.every((n) => n.state?.status === 'Online')).toBe(true);

    const pools = await call('GET', '/pools');
    expect(pools.status, JSON.stringify(pools.body)).toBe(200);
    const poolList = pools.body as { id: string; state?: { node?: string; status?: string } }[];
    expect(poolList).toHaveLength(3);
    expect(poolList.map((p) => p.state?.node).sort()).toEqual(['io-engine-1', 'io-engine-2', 'io-engine-3']);
    expect(poolList.every((p) => p.state?.status === 'Online')).toBe(true);
  });

  it('creates a three-replica volume and publishes it over NVMf, through REST', async () => {
    const uuid = randomUUID();
    const created = await call('PUT', `/volumes/${uuid}`, {
      replicas: 3,
      size: 67108864,
      thin: false,
      policy: { self_heal: true },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);

    const published = await call('PUT', `/volumes/${uuid}/target`, {
      protocol: 'nvmf',
      publish_context: {},
      node: 'io-engine-1',
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    const volume = await call('GET', `/volumes/${uuid}`);
    expect(volume.status, JSON.stringify(volume.body)).toBe(200);
    const body = volume.body as {
      spec?: { uuid?: string; num_replicas?: number; target?: { node?: string; protocol?: string } };
      state?: { status?: string };
    };
    expect(body.spec?.uuid).toBe(uuid);
    expect(body.state?.status, JSON.stringify(body)).toBe('Online');
    expect(body.spec?.target).toMatchObject({ node: 'io-engine-1', protocol: 'nvmf' });
  });

  it('stops everything on SIGINT, exits 0 and leaves no child running', async () => {
    launcher.kill('SIGINT');
    const [code, signal] = await exited;
    expect({ code, signal }, context()).toEqual({ code: 0, signal: null });
    expect(output).toMatch(/stopping rest\nstopping core\nstopping io-engine-sim\nstopping etcd\nstopped\n/);
    expect(children.filter(alive), context()).toEqual([]);
  }, 120_000);
});
