import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';

export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ManagedProcessOptions {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Its stdout and stderr are appended there. */
  readonly logFile: string;
  /** Called when it exits without having been asked to stop. */
  readonly onUnexpectedExit: (exit: ProcessExit) => void;
}

/**
 * One child process of the launcher. It runs in its own process group, so a
 * Ctrl-C in the terminal reaches only the launcher, which stops the children
 * itself, in order. Its output goes straight to a log file (it outlives the
 * launcher's interest in it, and costs the launcher nothing).
 */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exitInfo: ProcessExit | undefined;
  private exitPromise: Promise<ProcessExit> | undefined;
  private stopping = false;

  constructor(private readonly options: ManagedProcessOptions) {}

  get name(): string {
    return this.options.name;
  }

  get logFile(): string {
    return this.options.logFile;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.exitInfo === undefined;
  }

  /** The command line as /proc/<pid>/cmdline shows it (NUL-separated). */
  get cmdline(): string {
    return [this.options.command, ...this.options.args].join('\0');
  }

  /** Spawns it; throws if it cannot be spawned (e.g. the binary is missing). */
  async start(): Promise<void> {
    const { name, command, args, env, logFile } = this.options;
    const fd = openSync(logFile, 'a');
    let child: ChildProcess;
    try {
      writeSync(fd, `\n===== ${name} started by local-cluster at ${new Date().toISOString()} =====\n`);
      child = spawn(command, [...args], { env, stdio: ['ignore', fd, fd], detached: true });
    } finally {
      closeSync(fd);
    }
    this.exitPromise = new Promise<ProcessExit>((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
        if (!this.stopping) this.options.onUnexpectedExit(this.exitInfo);
      });
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (error) => reject(new Error(`cannot start ${name} (${command}): ${error.message}`)));
    });
    this.child = child;
  }

  /** SIGTERM, then SIGKILL after `graceMs`. Resolves once it has exited; true when it did so on SIGTERM. */
  async stop(graceMs: number): Promise<boolean> {
    this.stopping = true;
    const child = this.child;
    if (!child || !this.exitPromise || this.exitInfo) return true;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(false);
      }, graceMs);
    });
    const graceful = await Promise.race([this.exitPromise.then(() => true), killed]);
    clearTimeout(timer);
    await this.exitPromise;
    return graceful;
  }

  /** SIGKILL now, without waiting (for the launcher's own exit path). */
  killNow(): void {
    this.stopping = true;
    if (this.running) this.child?.kill('SIGKILL');
  }

  /** The last lines of its log. */
  async tail(lines = 20): Promise<string> {
    const file = await open(this.options.logFile, 'r').catch(() => undefined);
    if (!file) return '';
    try {
      const { size } = await file.stat();
      const length = Math.min(size, 16_384);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, size - length);
      return buffer.toString('utf8').split('\n').filter(Boolean).slice(-lines).join('\n');
    } finally {
      await file.close();
    }
  }
}
