import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, httpOk, ServerProcess, waitUntil } from './process.js';

export interface NatsServerOptions {
  /** The nats-server binary. Defaults to `nats-server` on the PATH (Debian's nats-server). */
  readonly binary?: string;
  readonly readyTimeoutMs?: number;
}

/** A real nats-server with JetStream on, on free loopback ports, with a temporary store dir. */
export class NatsServer {
  private readonly process: ServerProcess;

  private constructor(
    readonly storeDir: string,
    readonly port: number,
    readonly monitorPort: number,
    private readonly readyTimeoutMs: number,
    binary: string,
  ) {
    this.process = new ServerProcess(binary, [
      '-a',
      '127.0.0.1',
      '-p',
      String(port),
      '-m',
      String(monitorPort),
      '-js',
      '-sd',
      storeDir,
    ]);
  }

  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    const storeDir = await mkdtemp(join(tmpdir(), 'nats-test-'));
    const [port, monitorPort] = [await freePort(), await freePort()];
    const server = new NatsServer(
      storeDir,
      port,
      monitorPort,
      options.readyTimeoutMs ?? 20_000,
      options.binary ?? 'nats-server',
    );
    await server.start();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get monitorUrl(): string {
    return `http://127.0.0.1:${this.monitorPort}`;
  }

  get running(): boolean {
    return this.process.running;
  }

  async start(): Promise<void> {
    this.process.start();
    await waitUntil(
      async () => {
        if (!this.process.running) throw new Error('nats-server exited');
        return httpOk(`${this.monitorUrl}/healthz`);
      },
      this.readyTimeoutMs,
      () => `nats-server on ${this.url} did not become healthy:\n${this.process.recentOutput}`,
    );
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }

  async dispose(): Promise<void> {
    await this.process.stop();
    await rm(this.storeDir, { recursive: true, force: true });
  }
}
