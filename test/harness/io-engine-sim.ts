import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, httpOk, ServerProcess, waitUntil } from './process.js';

export interface SimProcessOptions {
  readonly nodeName?: string;
  /** Engines in the process (node names `<nodeName>-<i>`). Defaults to 1. */
  readonly nodeCount?: number;
  readonly registrationEndpoint?: string;
  readonly heartbeatSeconds?: number;
  readonly storeEndpoint?: string;
  readonly eventsUrl?: string;
  /** e.g. `['disk0:1GiB']`. */
  readonly disks?: readonly string[];
  readonly rebuildMiBPerSec?: number;
  readonly env?: Record<string, string>;
}

/**
 * The built simulator (`dist/apps/io-engine-sim`) as a process, on free loopback
 * ports, with its data in a temporary directory. Build first (`npm run build`).
 */
export class SimProcess {
  readonly process: ServerProcess;

  private constructor(
    readonly dataDir: string,
    readonly grpcPort: number,
    readonly nvmfPort: number,
    readonly controlPort: number,
    readonly nodeName: string,
    env: NodeJS.ProcessEnv,
  ) {
    const main = resolve('dist/apps/io-engine-sim/src/main.js');
    this.process = new ServerProcess(process.execPath, [main], env);
  }

  static async start(options: SimProcessOptions = {}): Promise<SimProcess> {
    const dataDir = await mkdtemp(join(tmpdir(), 'io-engine-sim-'));
    const [grpcPort, nvmfPort, controlPort] = [await freePort(), await freePort(), await freePort()];
    const nodeName = options.nodeName ?? 'sim-1';
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      SIM_NODE_NAME: nodeName,
      SIM_NODE_COUNT: String(options.nodeCount ?? 1),
      SIM_GRPC_PORT: String(grpcPort),
      SIM_NVMF_PORT: String(nvmfPort),
      SIM_CONTROL_PORT: String(controlPort),
      SIM_DATA_DIR: dataDir,
      SIM_REGISTRATION_ENDPOINT: options.registrationEndpoint ?? 'none',
      SIM_HEARTBEAT_SECONDS: String(options.heartbeatSeconds ?? 5),
      SIM_DISKS: (options.disks ?? []).join(','),
      SIM_REBUILD_MIB_PER_SEC: String(options.rebuildMiBPerSec ?? 512),
      ...(options.storeEndpoint ? { SIM_STORE_ENDPOINTS: options.storeEndpoint } : {}),
      ...(options.eventsUrl ? { SIM_EVENTS_URL: options.eventsUrl } : {}),
      ...options.env,
    };
    const sim = new SimProcess(dataDir, grpcPort, nvmfPort, controlPort, nodeName, env);
    await sim.startProcess();
    return sim;
  }

  /** gRPC endpoint of the first engine. */
  get endpoint(): string {
    return `127.0.0.1:${this.grpcPort}`;
  }

  /** gRPC endpoint of engine `i` (1-based) of a many-node process: its IP is 127.0.0.<i>. */
  endpointOf(i: number): string {
    return `127.0.0.${i}:${this.grpcPort}`;
  }

  get controlUrl(): string {
    return `http://127.0.0.1:${this.controlPort}`;
  }

  /** Where SIM_DISKS put a disk of a node. */
  diskPath(disk: string, node = this.nodeName): string {
    return join(this.dataDir, node, `${disk}.img`);
  }

  async startProcess(): Promise<void> {
    this.process.start();
    await waitUntil(
      () => httpOk(`${this.controlUrl}/nodes`),
      20_000,
      () => `io-engine-sim did not start:\n${this.process.recentOutput}`,
    );
  }

  /** Calls the control API; throws on a non-2xx answer. */
  async control(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object): Promise<unknown> {
    const res = await fetch(`${this.controlUrl}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }

  async dispose(): Promise<void> {
    await this.process.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
