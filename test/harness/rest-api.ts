import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, spawnApp } from './process.js';

/** A response as a test reads it: status, headers and the JSON (or text) body. */
export interface RestResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/**
 * The built REST API (`dist/apps/rest`) as a child process on a free plain-HTTP
 * port (HTTPS off unless the environment gives a certificate), its log lines kept.
 */
export class RestApiProcess {
  readonly lines: Record<string, unknown>[] = [];
  readonly stderr: string[] = [];
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly args: readonly string[],
  ) {}

  /** Starts REST against the core at `coreEndpoint` and waits until it is live. */
  static async start(
    coreEndpoint: string,
    env: Record<string, string> = {},
    args: readonly string[] = ['--no-auth'],
  ): Promise<RestApiProcess> {
    const port = await freePort();
    const rest = new RestApiProcess(
      port,
      {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'info',
        CORE_ENDPOINT: coreEndpoint,
        REST_HTTP_ENDPOINT: `127.0.0.1:${port}`,
        REST_HTTPS_ENDPOINT: '',
        ...env,
      },
      args,
    );
    rest.spawn();
    await rest.live();
    return rest;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A request to `/v0<path>`; JSON bodies are parsed. */
  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<RestResponse<T>> {
    const res = await fetch(`${this.url}/v0${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  get exited(): boolean {
    return !this.child || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  async live(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const res = await fetch(`${this.url}/live`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (this.exited || Date.now() > deadline) throw new Error(`REST not live; output:\n${this.output()}`);
      await sleep(100);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  }

  output(): string {
    return [...this.lines.slice(-40).map((l) => JSON.stringify(l)), ...this.stderr.slice(-20)].join('\n');
  }

  private spawn(): void {
    this.child = spawnApp('dist/apps/rest/src/main.js', this.args, this.env, this);
  }
}
