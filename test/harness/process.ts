import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort as freePortOn } from '../../tools/local-cluster/ports.js';

const children = new Set<ChildProcess>();
// Whatever happens to the test process, the servers it started must not outlive it.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** A free TCP port on 127.0.0.1, as the kernel hands it out. */
export function freePort(): Promise<number> {
  return freePortOn('127.0.0.1');
}

/** A server process with its recent output kept for error messages. */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private output = '';

  constructor(
    readonly command: string,
    readonly args: readonly string[],
    /** The environment of the process; defaults to this process's. */
    readonly env?: NodeJS.ProcessEnv,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get recentOutput(): string {
    return this.output.slice(-4000);
  }

  start(): void {
    if (this.running) return;
    const child = spawn(this.command, [...this.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(this.env ? { env: this.env } : {}),
    });
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString()).slice(-16_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', (error) => keep(Buffer.from(`spawn error: ${error.message}\n`)));
    children.add(child);
    child.once('exit', () => children.delete(child));
    this.child = child;
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** SIGKILL: the server dies at once, as in a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
}

/** Polls `ready` until it resolves true, failing after `timeoutMs` with `describe()`. */
export async function waitUntil(
  ready: () => Promise<boolean>,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready().catch(() => false)) return;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeoutMs} ms: ${describe()}`);
}

/** True when an HTTP GET of `url` answers 200 within a second. */
export async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await res.body?.cancel();
  return res.ok;
}

/**
 * Splits a child's stdout into lines: JSON lines (its pino log) go to `onJson`,
 * anything else to `onText`.
 */
export function readJsonLines(
  stream: NodeJS.ReadableStream,
  onJson: (line: Record<string, unknown>) => void,
  onText: (line: string) => void,
): void {
  let buffered = '';
  stream.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const part of parts) {
      if (!part.trim()) continue;
      try {
        onJson(JSON.parse(part) as Record<string, unknown>);
      } catch {
        onText(part);
      }
    }
  });
}

/**
 * Starts one of our built apps (`script` under dist/) with Node: its JSON log lines
 * go to `lines`, anything else it prints to `stderr`. Killed with the test process.
 */
export function spawnApp(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  sink: { readonly lines: Record<string, unknown>[]; readonly stderr: string[] },
): ChildProcess & { stdout: NodeJS.ReadableStream } {
  const child = spawn(process.execPath, [resolve(script), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  readJsonLines(
    child.stdout,
    (line) => sink.lines.push(line),
    (text) => sink.stderr.push(text),
  );
  child.stderr.on('data', (chunk: Buffer) => sink.stderr.push(chunk.toString()));
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
