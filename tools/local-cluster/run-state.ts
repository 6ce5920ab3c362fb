import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface RecordedProcess {
  readonly name: string;
  readonly pid: number;
  readonly cmdline: string;
}

interface RunStateFile {
  readonly launcher: RecordedProcess;
  readonly children: readonly RecordedProcess[];
}

/** The NUL-separated command line of a live process, or undefined when there is none. */
function cmdlineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0$/, '');
  } catch {
    return undefined;
  }
}

/**
 * `<data dir>/local-cluster.json`: which launcher runs on a data dir, and its
 * children. It keeps a second launcher off a data dir in use, and lets the next
 * one clean up after a launcher that was killed (SIGKILL cannot be caught, and
 * its children, in their own process groups, would be left running).
 */
export class RunState {
  private readonly path: string;
  private readonly children: RecordedProcess[] = [];
  private readonly launcher: RecordedProcess;
  private claimed = false;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'local-cluster.json');
    this.launcher = { name: 'local-cluster', pid: process.pid, cmdline: cmdlineOf(process.pid) ?? '' };
  }

  /**
   * Claims the data dir. Throws when another launcher runs on it; kills (SIGKILL)
   * the children a dead launcher left behind, returning their names.
   */
  async claim(): Promise<string[]> {
    const previous = await readFile(this.path, 'utf8')
      .then((text) => JSON.parse(text) as RunStateFile)
      .catch(() => undefined);
    const killed: string[] = [];
    if (previous) {
      const { launcher } = previous;
      if (launcher.pid !== process.pid && cmdlineOf(launcher.pid) === launcher.cmdline) {
        throw new Error(`another local cluster (pid ${launcher.pid}) is running on this data dir`);
      }
      for (const child of previous.children) {
        if (cmdlineOf(child.pid) !== child.cmdline) continue;
        try {
          process.kill(child.pid, 'SIGKILL');
          killed.push(`${child.name} (pid ${child.pid})`);
        } catch {
          // Gone in the meantime.
        }
      }
      // Wait for them to be gone: they hold ports and the store's files.
      for (let i = 0; i < 100 && previous.children.some((c) => cmdlineOf(c.pid) === c.cmdline); i++) {
        await sleep(50);
      }
    }
    this.claimed = true;
    await this.save();
    return killed;
  }

  async add(name: string, pid: number, cmdline: string): Promise<void> {
    this.children.push({ name, pid, cmdline });
    await this.save();
  }

  /** Gives the data dir up (once everything is stopped); nothing if it was not claimed. */
  async release(): Promise<void> {
    if (this.claimed) await rm(this.path, { force: true });
    this.claimed = false;
  }

  private async save(): Promise<void> {
    const state: RunStateFile = { launcher: this.launcher, children: this.children };
    await writeFile(this.path, `${JSON.stringify(state, null, 2)}\n`);
  }
}
