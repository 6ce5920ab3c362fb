import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, httpOk, ServerProcess, waitUntil } from './process.js';

export interface EtcdServerOptions {
  /** The etcd binary. Defaults to `etcd` on the PATH (Debian's etcd-server). */
  readonly binary?: string;
  /** How long to wait for it to answer /health. Defaults to 20 s. */
  readonly readyTimeoutMs?: number;
}

/**
 * A real single-member etcd on free loopback ports with a temporary data dir.
 * `stop()`/`start()` restart it with the same ports and data, as a real outage would.
 */
export class EtcdServer {
  private readonly process: ServerProcess;

  private constructor(
    readonly dataDir: string,
    readonly clientPort: number,
    readonly peerPort: number,
    private readonly readyTimeoutMs: number,
    binary: string,
  ) {
    const client = `http://127.0.0.1:${clientPort}`;
    const peer = `http://127.0.0.1:${peerPort}`;
    this.process = new ServerProcess(binary, [
      '--name=test',
      `--data-dir=${join(dataDir, 'member-data')}`,
      `--listen-client-urls=${client}`,
      `--advertise-client-urls=${client}`,
      `--listen-peer-urls=${peer}`,
      `--initial-advertise-peer-urls=${peer}`,
      `--initial-cluster=test=${peer}`,
      '--initial-cluster-state=new',
      '--logger=zap',
      '--log-level=error',
    ]);
  }

  static async start(options: EtcdServerOptions = {}): Promise<EtcdServer> {
    const dataDir = await mkdtemp(join(tmpdir(), 'etcd-test-'));
    const [clientPort, peerPort] = [await freePort(), await freePort()];
    const server = new EtcdServer(
      dataDir,
      clientPort,
      peerPort,
      options.readyTimeoutMs ?? 20_000,
      options.binary ?? 'etcd',
    );
    await server.start();
    return server;
  }

  /** `127.0.0.1:<port>`, for the store's endpoint list. */
  get endpoint(): string {
    return `127.0.0.1:${this.clientPort}`;
  }

  get running(): boolean {
    return this.process.running;
  }

  async start(): Promise<void> {
    this.process.start();
    await waitUntil(
      async () => {
        if (!this.process.running) throw new Error('etcd exited');
        return httpOk(`http://${this.endpoint}/health`);
      },
      this.readyTimeoutMs,
      () => `etcd on ${this.endpoint} did not become healthy:\n${this.process.recentOutput}`,
    );
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }

  async kill(): Promise<void> {
    await this.process.kill();
  }

  /** Stops the server and removes its data. */
  async dispose(): Promise<void> {
    await this.process.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
