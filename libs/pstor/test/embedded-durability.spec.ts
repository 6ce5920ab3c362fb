import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedEngine, EmbeddedStore } from '@mayastor/pstor';

describe('embedded store durability', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('keeps every key, revision and lease across a restart of the engine', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'embedded-durable-'));
    dirs.push(dataDir);
    const first = await EmbeddedStore.open({ dataDir });
    const lease = await first.grantLease(60);
    await first.put('/k/a', '1');
    await first.put('/k/leased', '2', { lease });
    const rev = await first.txn([], [{ type: 'put', key: '/k/b', value: '3' }]);
    await first.close();
    expect(EmbeddedEngine.running(dataDir)).toBeUndefined();

    const second = await EmbeddedStore.open({ dataDir });
    expect(await second.revision()).toBe(rev.revision);
    expect((await second.get('/k/a'))!.value).toBe('1');
    expect((await second.get('/k/leased'))!.lease).toBe(lease);
    // Revisions go on from where they were; the lease survived and can be renewed.
    expect(await second.put('/k/c', '4')).toBe(rev.revision + 1);
    expect(await second.keepAliveOnce(lease)).toBe(60);
    // History survived too: a watch can resume from before the restart.
    const seen: string[] = [];
    const watch = await second.watch(
      '/k/',
      { onEvents: (e) => seen.push(...e.map((x) => x.kv.key)) },
      { startRevision: 1 },
    );
    await new Promise((r) => setTimeout(r, 50));
    await watch.cancel();
    expect(seen).toEqual(['/k/a', '/k/leased', '/k/b', '/k/c']);
    await second.revokeLease(lease);
    expect(await second.get('/k/leased')).toBeNull();
    await second.close();
  });
});
