import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EtcdServer, NatsServer } from '@mayastor/test-harness';
import { EtcdStore, StoreKeys } from '@mayastor/pstor';

const CORE_MAIN = fileURLToPath(new URL('../../dist/apps/core/src/main.js', import.meta.url));

interface LogLine {
  readonly msg?: string;
  readonly [field: string]: unknown;
}

/** The built core agent as a child process, its JSON log lines collected. */
class CoreProcess {
  readonly lines: LogLine[] = [];
  readonly stderr: string[] = [];
  readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [CORE_MAIN], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const part of parts) if (part.trim()) this.lines.push(JSON.parse(part) as LogLine);
    });
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  async waitFor(msg: string, timeoutMs: number): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = this.lines.find((l) => l.msg === msg);
      if (line) return line;
      if (this.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no '${msg}' within ${timeoutMs} ms; log:\n${this.lines.map((l) => JSON.stringify(l)).join('\n')}`);
  }

  async exit(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) await once(this.child, 'exit');
    return this.child.exitCode ?? (this.child.signalCode ? 128 : null);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

describe('core agent (built app) on a real etcd', () => {
  let etcd: EtcdServer;
  const cores: CoreProcess[] = [];
  const start = (env: Record<string, string> = {}): CoreProcess => {
    const core = new CoreProcess({
      STORE_ENDPOINTS: etcd.endpoint,
      STORE_LEASE_TTL_SECONDS: '4',
      CLUSTER_ID: 'e2e',
      ...env,
    });
    cores.push(core);
    return core;
  };

  beforeAll(async () => {
    etcd = await EtcdServer.start();
  });

  afterAll(async () => {
    for (const core of cores) core.kill();
    await etcd?.dispose();
  });

  it('refuses to start on bad configuration, listing every bad variable', async () => {
    const core = start({ STORE_TIMEOUT_MS: 'soon', STORE_ENDPOINTS: 'not an endpoint', LOG_LEVEL: 'loud' });
    expect(await core.exit()).toBe(2);
    const stderr = core.stderr.join('');
    expect(stderr).toContain('STORE_TIMEOUT_MS="soon"');
    expect(stderr).toContain('STORE_ENDPOINTS="not an endpoint"');
    expect(stderr).toContain('LOG_LEVEL="loud"');
  });

  it('one core leads; a second waits, takes over within one TTL of a revoke, and the first steps down', async () => {
    const keys = new StoreKeys('e2e', 'mayastor');
    const a = start();
    await a.waitFor('store lock acquired; this core is the leader', 15_000);
    const b = start();
    await b.waitFor('waiting for the store lock', 15_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(b.lines.some((l) => l.msg === 'store lock acquired; this core is the leader')).toBe(false);

    const admin = new EtcdStore({ endpoints: [etcd.endpoint] });
    try {
      const owner = JSON.parse((await admin.get(keys.lockOwner('core-agent')))!.value) as {
        lease: string;
        holder: string;
      };
      expect(owner.holder).toContain(`:${a.child.pid}`);
      const revokedAt = Date.now();
      await admin.revokeLease(owner.lease);
      await b.waitFor('store lock acquired; this core is the leader', 4000);
      expect(Date.now() - revokedAt).toBeLessThan(4000);
      // A learns at its next keep-alive (TTL/2) that it lost the lock, and steps down.
      await a.waitFor('store lock lost; stepping down', 4000);
      expect(await a.exit()).not.toBe(0);
      const now = JSON.parse((await admin.get(keys.lockOwner('core-agent')))!.value) as { holder: string };
      expect(now.holder).toContain(`:${b.child.pid}`);

      // A clean stop releases the lock at once.
      b.child.kill('SIGTERM');
      await b.waitFor('store lock released', 5000);
      await b.exit();
      expect(await admin.get(keys.lock('core-agent'))).toBeNull();
    } finally {
      await admin.close();
    }
  });
});

describe('test harness', () => {
  it('starts a real nats-server with JetStream on a free port, and stops it', async () => {
    const nats = await NatsServer.start();
    try {
      const res = await fetch(`${nats.monitorUrl}/jsz`);
      const jsz = (await res.json()) as { config?: { store_dir?: string } };
      expect(jsz.config?.store_dir).toContain(nats.storeDir);
      expect(nats.port).toBeGreaterThan(0);
    } finally {
      await nats.dispose();
    }
    expect(nats.running).toBe(false);
  });
});
