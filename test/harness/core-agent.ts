import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { CoreApiClient } from '@mayastor/core-api';
import { freePort, spawnApp } from './process.js';

export interface CoreLogLine {
  readonly msg?: string;
  readonly [field: string]: unknown;
}

/**
 * The built core agent (`dist/apps/core`) as a child process on a free gRPC port,
 * its JSON log lines collected. It can be killed (SIGKILL, as in a crash) and
 * started again on the same port with the same environment. Build first.
 */
export class CoreAgentProcess {
  readonly lines: CoreLogLine[] = [];
  readonly stderr: string[] = [];
  private child: ChildProcess | undefined;
  /** Its stdout has ended: no more log lines will come. */
  private outputDone = false;
  private clientInstance: CoreApiClient | undefined;

  private constructor(
    readonly port: number,
    /** Port of its Prometheus endpoint (GET /metrics). */
    readonly metricsPort: number,
    private env: Record<string, string>,
  ) {}

  /** Starts a core (not waiting for it to lead). `env` adds to and overrides the defaults. */
  static async start(env: Record<string, string>): Promise<CoreAgentProcess> {
    const port = await freePort();
    const metricsPort = await freePort();
    const core = new CoreAgentProcess(port, metricsPort, {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'info',
      CORE_GRPC_ENDPOINT: `127.0.0.1:${port}`,
      CORE_METRICS_ENDPOINT: `127.0.0.1:${metricsPort}`,
      ...env,
    });
    core.spawn();
    return core;
  }

  /** `host:port` of its gRPC server (Registration and the core API). */
  get endpoint(): string {
    return `127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get exited(): boolean {
    return !this.child || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Its Prometheus metrics as text. */
  async metrics(): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${this.metricsPort}/metrics`);
    return res.text();
  }

  /** A client of its core API (one, reused; closed by `dispose`). */
  get client(): CoreApiClient {
    this.clientInstance ??= new CoreApiClient({ endpoint: this.endpoint, timeoutMs: 30_000 });
    return this.clientInstance;
  }

  /** Waits until the core answers its API (it leads and has loaded its specs). */
  async ready(timeoutMs = 20_000): Promise<void> {
    const probe = new CoreApiClient({ endpoint: this.endpoint, timeoutMs: 1000 });
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        try {
          await probe.nodes.listNodes({});
          return;
        } catch (error) {
          if (this.exited || Date.now() > deadline) {
            throw new Error(`core not ready (${String(error)}); output:\n${this.output()}`, { cause: error });
          }
          await sleep(100);
        }
      }
    } finally {
      probe.close();
    }
  }

  async waitFor(
    msg: string,
    timeoutMs: number,
    where: (line: CoreLogLine) => boolean = () => true,
  ): Promise<CoreLogLine> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = this.lines.find((l) => l.msg === msg && where(l));
      if (line) return line;
      if (this.exited && this.outputDone) break;
      await sleep(25);
    }
    throw new Error(`no '${msg}' within ${timeoutMs} ms; output:\n${this.output()}`);
  }

  /** Resolves with the exit code, or the signal that ended the process, once it has exited. */
  async exit(): Promise<number | NodeJS.Signals | null> {
    const child = this.child;
    if (!child) return null;
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    return child.exitCode ?? child.signalCode;
  }

  /** SIGKILL, as a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }

  /** SIGTERM and wait for a clean exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  }

  /** Starts the process again on the same port; `env` changes apply from now on. */
  restart(env: Record<string, string | undefined> = {}): void {
    if (!this.exited) throw new Error('the core is still running');
    const next = { ...this.env };
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    this.env = next;
    this.spawn();
  }

  async dispose(): Promise<void> {
    this.clientInstance?.close();
    this.clientInstance = undefined;
    await this.kill();
  }

  output(): string {
    return [...this.lines.slice(-60).map((l) => JSON.stringify(l)), ...this.stderr.slice(-20)].join('\n');
  }

  private spawn(): void {
    const child = spawnApp('dist/apps/core/src/main.js', [], this.env, this);
    this.outputDone = false;
    child.stdout.once('close', () => (this.outputDone = true));
    this.child = child;
  }
}
