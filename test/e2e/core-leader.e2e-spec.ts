import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreAgentProcess, EtcdServer, NatsServer } from '@mayastor/test-harness';
import { EtcdStore, StoreKeys } from '@mayastor/pstor';

describe('core agent (built app) on a real etcd', () => {
  let etcd: EtcdServer;
  const cores: CoreAgentProcess[] = [];
  const start = async (env: Record<string, string> = {}): Promise<CoreAgentProcess> => {
    const core = await CoreAgentProcess.start({
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
    for (const core of cores) await core.dispose();
    await etcd?.dispose();
  });

  it('refuses to start on bad configuration, listing every bad variable', async () => {
    const core = await start({ STORE_TIMEOUT_MS: 'soon', STORE_ENDPOINTS: 'not an endpoint', LOG_LEVEL: 'loud' });
    expect(await core.exit()).toBe(2);
    const stderr = core.stderr.join('');
    expect(stderr).toContain('STORE_TIMEOUT_MS="soon"');
    expect(stderr).toContain('STORE_ENDPOINTS="not an endpoint"');
    expect(stderr).toContain('LOG_LEVEL="loud"');
  });

  it('one core leads; a second waits, takes over within one TTL of a revoke, and the first steps down', async () => {
    const keys = new StoreKeys('e2e', 'mayastor');
    const a = await start();
    await a.waitFor('store lock acquired; this core is the leader', 15_000);
    const b = await start();
    await b.waitFor('waiting for the store lock', 15_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(b.lines.some((l) => l.msg === 'store lock acquired; this core is the leader')).toBe(false);

    const admin = new EtcdStore({ endpoints: [etcd.endpoint] });
    try {
      const owner = JSON.parse((await admin.get(keys.lockOwner('core-agent')))!.value) as {
        lease: string;
        holder: string;
      };
      expect(owner.holder).toContain(`:${a.pid}`);
      const revokedAt = Date.now();
      await admin.revokeLease(owner.lease);
      await b.waitFor('store lock acquired; this core is the leader', 4000);
      expect(Date.now() - revokedAt).toBeLessThan(4000);
      // A learns at its next keep-alive (TTL/2) that it lost the lock, and steps down.
      await a.waitFor('store lock lost; stepping down', 4000);
      expect(await a.exit()).not.toBe(0);
      const now = JSON.parse((await admin.get(keys.lockOwner('core-agent')))!.value) as { holder: string };
      expect(now.holder).toContain(`:${b.pid}`);

      // A clean stop releases the lock at once.
      await b.stop();
      await b.waitFor('store lock released', 2000);
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
