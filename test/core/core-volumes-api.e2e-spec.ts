import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Volume__Output } from '@mayastor/core-api';
import type { AppNodeSpec, NexusSpec, VolumeSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, failure, NODES } from './core-fixture.js';

const MiB = 1024 * 1024;
const APP_NQN = 'nqn.2014-08.org.nvmexpress:uuid:app-node-1';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * The Volumes RPCs added beside the basic ones (paged ListVolumes, publish without
 * and with `republish`, SetVolumeProperty, ShutdownTargets, GetRebuildHistory) and
 * the AppNodes service, on a real etcd and three simulated io-engines.
 */
describe('core: volume API extensions and app nodes (real etcd, three simulated io-engines)', () => {
  let c: CoreCluster;

  const create = (extra: Record<string, unknown> = {}): Promise<Volume__Output> =>
    c.api.volumes.createVolume({ uuid: randomUUID(), size: 8 * MiB, replicas: 3, thin: false, ...extra });

  /** Follows `next_token` from 0 to the end: the ids of each page, and each page's next_token. */
  async function walk(
    page: (token: number) => Promise<{ ids: string[]; next: number | undefined }>,
  ): Promise<{ pages: string[][]; tokens: (number | undefined)[] }> {
    const pages: string[][] = [];
    const tokens: (number | undefined)[] = [];
    let token = 0;
    for (;;) {
      const { ids, next } = await page(token);
      pages.push(ids);
      tokens.push(next);
      if (next === undefined) return { pages, tokens };
      token = next;
    }
  }

  const nexusesOn = async (node: string): Promise<string[]> =>
    (await c.engine(node).listNexus()).nexus_list.map((n) => n.uuid);

  beforeAll(async () => {
    // A failing reconcile waits 10-20 s before its retry: ShutdownTargets is then seen
    // to destroy a stale target itself, not the nexus reconciler retrying meanwhile.
    c = await CoreCluster.start({ RECONCILE_BACKOFF_MS: '20000', RECONCILE_BACKOFF_MAX_MS: '60000' });
    for (const node of NODES) {
      await c.api.pools.createPool({ node, id: `${node}-p0`, disks: [c.diskOf(node)] });
    }
  });

  afterAll(async () => {
    await c?.dispose();
  });

  it('pages through the volumes in uuid order; filters by uuid; a node that does not answer slows nothing', async () => {
    const uuids: string[] = [];
    for (let i = 0; i < 25; i++) uuids.push((await create({ replicas: 1, size: 4 * MiB })).uuid);
    uuids.sort();

    const { pages, tokens } = await walk(async (token) => {
      const list = await c.api.volumes.listVolumes({ max_entries: 10, starting_token: token });
      return { ids: list.volumes.map((v) => v.uuid), next: list.next_token };
    });
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(tokens).toEqual([10, 20, undefined]);
    expect(pages.flat()).toEqual(uuids);

    // Every page carries the full view (spec and state, with its replica).
    const first = await c.api.volumes.listVolumes({ max_entries: 1, starting_token: 0 });
    expect(first.volumes[0]!.state!.replicas).toHaveLength(1);
    expect(first.volumes[0]!.state!.status).toBe('VOLUME_STATUS_ONLINE');

    const all = await c.api.volumes.listVolumes({ max_entries: 0, starting_token: 0 });
    expect(all.volumes.map((v) => v.uuid)).toEqual(uuids);
    expect(all.next_token).toBeUndefined();
    const past = await c.api.volumes.listVolumes({ max_entries: 10, starting_token: 30 });
    expect(past.volumes).toEqual([]);
    expect(past.next_token).toBeUndefined();

    const one = await c.api.volumes.listVolumes({ uuid: uuids[7]!, max_entries: 0, starting_token: 0 });
    expect(one.volumes.map((v) => v.uuid)).toEqual([uuids[7]]);
    expect(one.next_token).toBeUndefined();
    const none = await c.api.volumes.listVolumes({ uuid: randomUUID(), max_entries: 0, starting_token: 0 });
    expect(none.volumes).toEqual([]);

    // A volume created between pages shows in its place: the uuid index follows creates and destroys.
    const extra = await create({ replicas: 1, size: 4 * MiB });
    const withExtra = await c.api.volumes.listVolumes({ max_entries: 0, starting_token: 0 });
    expect(withExtra.volumes.map((v) => v.uuid)).toEqual([...uuids, extra.uuid].sort());
    await c.api.volumes.destroyVolume({ uuid: extra.uuid });
    expect((await c.api.volumes.listVolumes({ max_entries: 0, starting_token: 0 })).volumes).toHaveLength(25);

    // Lists come from memory: a node that stops answering changes nothing to how fast they are.
    await c.sim.control('PUT', '/nodes/sim-3/faults/partition');
    try {
      for (let start = 0; start < 25; start += 10) {
        const t0 = performance.now();
        const page = await c.api.volumes.listVolumes({ max_entries: 10, starting_token: start });
        expect(page.volumes.length).toBeGreaterThan(0);
        expect(performance.now() - t0).toBeLessThan(500);
      }
    } finally {
      await c.sim.control('DELETE', '/nodes/sim-3/faults/partition');
    }
    await c.waitForNodes('NODE_STATUS_ONLINE', [...NODES]);
    for (const uuid of uuids) await c.api.volumes.destroyVolume({ uuid });
    expect((await c.api.volumes.listVolumes({ max_entries: 0, starting_token: 0 })).volumes).toEqual([]);
  });

  it('publishes a published volume again only where it is, or with republish; otherwise AlreadyPublished', async () => {
    const volume = await create();
    const published = await c.api.volumes.publishVolume({
      uuid: volume.uuid,
      node: 'sim-1',
      frontend_nodes: [APP_NQN],
    });
    const nexus = published.spec!.target!.nexus;

    // Elsewhere, or anywhere, without republish: refused, nothing changes.
    const elsewhere = await failure(
      c.api.volumes.publishVolume({ uuid: volume.uuid, node: 'sim-2', frontend_nodes: [APP_NQN] }),
    );
    expect(elsewhere).toMatchObject({ kind: 'AlreadyPublished' });
    expect(elsewhere.message).toContain('sim-1');
    expect(await failure(c.api.volumes.publishVolume({ uuid: volume.uuid, frontend_nodes: [APP_NQN] }))).toMatchObject({
      kind: 'AlreadyPublished',
    });
    expect((await c.api.volumes.getVolume({ uuid: volume.uuid })).spec!.target!.nexus).toBe(nexus);
    expect(await nexusesOn('sim-2')).toEqual([]);

    // The same node again: idempotent, the same target.
    const again = await c.api.volumes.publishVolume({ uuid: volume.uuid, node: 'sim-1', frontend_nodes: [APP_NQN] });
    expect(again.spec!.target).toEqual(published.spec!.target);
    expect(again.spec!.publish_count).toBe(published.spec!.publish_count);
    // Keeping a healthy target, wherever asked without a node.
    const reused = await c.api.volumes.publishVolume({
      uuid: volume.uuid,
      frontend_nodes: [APP_NQN],
      reuse_existing: true,
    });
    expect(reused.spec!.target!.nexus).toBe(nexus);

    // With republish the target moves: a new nexus on sim-2, the old one gone.
    const moved = await c.api.volumes.publishVolume({
      uuid: volume.uuid,
      node: 'sim-2',
      frontend_nodes: [APP_NQN],
      republish: true,
    });
    expect(moved.spec!.target!.node).toBe('sim-2');
    expect(moved.spec!.target!.nexus).not.toBe(nexus);
    expect(await nexusesOn('sim-1')).toEqual([]);
    expect(await nexusesOn('sim-2')).toEqual([moved.spec!.target!.nexus]);
    expect([...(await c.storedSpecs<NexusSpec>('NexusSpec')).keys()]).toEqual([moved.spec!.target!.nexus]);

    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
  });

  it('sets max snapshots in the stored spec (0: no limit); unknown volumes are NotFound', async () => {
    const volume = await create({ replicas: 1 });
    const set = await c.api.volumes.setVolumeProperty({ uuid: volume.uuid, max_snapshots: 5 });
    expect(set.spec!.max_snapshots).toBe(5);
    expect((await c.storedSpecs<VolumeSpec>('VolumeSpec')).get(volume.uuid)!.maxSnapshots).toBe(5);
    expect((await c.api.volumes.getVolume({ uuid: volume.uuid })).spec!.max_snapshots).toBe(5);

    const cleared = await c.api.volumes.setVolumeProperty({ uuid: volume.uuid, max_snapshots: 0 });
    expect(cleared.spec!.max_snapshots).toBeUndefined();
    expect((await c.storedSpecs<VolumeSpec>('VolumeSpec')).get(volume.uuid)!.maxSnapshots).toBeNull();

    expect(await failure(c.api.volumes.setVolumeProperty({ uuid: randomUUID(), max_snapshots: 1 }))).toMatchObject({
      kind: 'NotFound',
    });
    expect(await failure(c.api.volumes.setVolumeProperty({ uuid: volume.uuid }))).toMatchObject({
      kind: 'InvalidArgument',
    });
    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
  });

  it('reports the rebuild history of the target: a Completed record after a replica count increase', async () => {
    const volume = await create({ replicas: 2 });
    expect(await failure(c.api.volumes.getRebuildHistory({ uuid: volume.uuid }))).toMatchObject({
      kind: 'NotPublished',
    });
    const published = await c.api.volumes.publishVolume({
      uuid: volume.uuid,
      node: 'sim-1',
      frontend_nodes: [APP_NQN],
    });
    const target = published.spec!.target!.nexus;
    expect(await c.api.volumes.getRebuildHistory({ uuid: volume.uuid })).toEqual({ target_uuid: target, records: [] });

    const three = await c.api.volumes.setVolumeReplicas({ uuid: volume.uuid, replicas: 3 });
    const before = new Set(volume.state!.replicas.map((r) => r.uuid));
    const added = three.state!.replicas.find((r) => !before.has(r.uuid))!;
    await c.until(
      async () => {
        const v = await c.api.volumes.getVolume({ uuid: volume.uuid });
        return v.state!.replicas.length === 3 && v.state!.replicas.every((r) => r.child_status === 'Online');
      },
      15_000,
      'the new replica rebuilt',
    );
    const history = await c.api.volumes.getRebuildHistory({ uuid: volume.uuid });
    expect(history.target_uuid).toBe(target);
    expect(history.records).toHaveLength(1);
    const record = history.records[0]!;
    expect(record.state).toBe('Completed');
    expect(record.child_uri).toContain(added.uuid);
    expect(record.blocks_total).toBeGreaterThan(0);
    expect(record.blocks_remaining).toBe(0);
    expect(record.start_time).toMatch(RFC3339);
    expect(record.end_time).toMatch(RFC3339);
    expect(Date.parse(record.end_time)).toBeGreaterThanOrEqual(Date.parse(record.start_time));
    expect(Math.abs(Date.parse(record.end_time) - Date.now())).toBeLessThan(60_000);

    expect(await failure(c.api.volumes.getRebuildHistory({ uuid: randomUUID() }))).toMatchObject({
      kind: 'NotFound',
    });
    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
  });

  it('ShutdownTargets leaves a stale target on a node that is away to the reconciler, and destroys one on a node that is back', async () => {
    const volume = await create();
    const first = await c.api.volumes.publishVolume({ uuid: volume.uuid, node: 'sim-1', frontend_nodes: [APP_NQN] });
    const away = first.spec!.target!.nexus;
    // A one-replica volume on sim-1, destroyed while sim-1 is away: it stays Deleting meanwhile.
    await c.api.nodes.labelNode({ id: 'sim-1', labels: { 'api-test': 'pin' } });
    const pinned = await create({ replicas: 1, topology: { node_affinity: { 'api-test': 'pin' } } });
    expect(pinned.state!.replicas[0]!.node).toBe('sim-1');
    await c.api.nodes.unlabelNode({ id: 'sim-1', key: 'api-test' });

    // sim-1 stops (its nexus shut down cleanly): the target moves to sim-2, the old one is left behind.
    await c.sim.control('POST', '/nodes/sim-1/stop');
    try {
      await c.until(
        async () => (await c.node('sim-1')).state!.status !== 'NODE_STATUS_ONLINE',
        10_000,
        'sim-1 not online',
      );
      expect(await failure(c.api.volumes.getRebuildHistory({ uuid: volume.uuid }))).toMatchObject({
        kind: 'Unavailable',
      });
      const moved = await c.api.volumes.publishVolume({
        uuid: volume.uuid,
        node: 'sim-2',
        frontend_nodes: [APP_NQN],
        republish: true,
      });
      expect(moved.spec!.target!.node).toBe('sim-2');
      expect((await c.storedSpecs<NexusSpec>('NexusSpec')).get(away)?.status).toBe('Deleting');
      // Idempotent; with its node away the stale target stays Deleting, for the nexus reconciler.
      await c.api.volumes.shutdownTargets({ uuid: volume.uuid });
      await c.api.volumes.shutdownTargets({ uuid: volume.uuid });
      const specs = await c.storedSpecs<NexusSpec>('NexusSpec');
      expect(specs.get(away)?.status).toBe('Deleting');
      expect(specs.get(moved.spec!.target!.nexus)?.status).toBe('Created');

      // A Deleting volume refuses property changes and ShutdownTargets.
      await c.api.volumes.destroyVolume({ uuid: pinned.uuid });
      expect((await c.api.volumes.getVolume({ uuid: pinned.uuid })).spec!.status).toBe('SPEC_STATUS_DELETING');
      expect(await failure(c.api.volumes.setVolumeProperty({ uuid: pinned.uuid, max_snapshots: 3 }))).toMatchObject({
        kind: 'Deleting',
      });
      expect(await failure(c.api.volumes.shutdownTargets({ uuid: pinned.uuid }))).toMatchObject({
        kind: 'Deleting',
      });
    } finally {
      await c.sim.control('POST', '/nodes/sim-1/start');
    }
    await c.waitForNodes('NODE_STATUS_ONLINE', ['sim-1']);
    // Back: the reconciler finishes the stale target and the pinned volume.
    await c.until(async () => !(await c.storedSpecs('NexusSpec')).has(away), 20_000, 'the stale target collected');
    await c.until(
      async () => !(await c.storedSpecs('VolumeSpec')).has(pinned.uuid),
      30_000,
      'the pinned volume collected',
    );

    // A stale target on an online node whose destroy failed: the engine refuses DestroyNexus,
    // so the nexus reconciler fails and backs off (10-20 s), leaving it on the engine.
    const mark = c.core.lines.length;
    await c.sim.control('PUT', '/nodes/sim-2/faults/rpc/DestroyNexus', {
      code: 'INTERNAL',
      message: 'injected destroy failure',
    });
    let stale: string;
    try {
      const before = await c.api.volumes.getVolume({ uuid: volume.uuid });
      stale = before.spec!.target!.nexus;
      const moved = await c.api.volumes.publishVolume({
        uuid: volume.uuid,
        node: 'sim-3',
        frontend_nodes: [APP_NQN],
        republish: true,
      });
      expect(moved.spec!.target!.node).toBe('sim-3');
      await c.until(
        async () =>
          c.core.lines
            .slice(mark)
            .some((l) => l.msg === 'nexus not destroyed yet' && JSON.stringify(l).includes('injected destroy failure')),
        15_000,
        'the nexus reconciler failing to destroy the stale target',
      );
    } finally {
      await c.sim.control('DELETE', '/nodes/sim-2/faults/rpc/DestroyNexus');
    }
    expect(await nexusesOn('sim-2')).toEqual([stale]);
    expect((await c.storedSpecs<NexusSpec>('NexusSpec')).get(stale)?.status).toBe('Deleting');

    await c.api.volumes.shutdownTargets({ uuid: volume.uuid });
    expect(await nexusesOn('sim-2')).toEqual([]);
    expect((await c.storedSpecs('NexusSpec')).has(stale)).toBe(false);
    const after = await c.api.volumes.getVolume({ uuid: volume.uuid });
    expect(after.spec!.target!.node).toBe('sim-3');
    expect(await nexusesOn('sim-3')).toEqual([after.spec!.target!.nexus]);
    expect([...(await c.storedSpecs('NexusSpec')).keys()]).toEqual([after.spec!.target!.nexus]);
    await c.api.volumes.shutdownTargets({ uuid: volume.uuid });
    expect(await nexusesOn('sim-3')).toEqual([after.spec!.target!.nexus]);

    expect(await failure(c.api.volumes.shutdownTargets({ uuid: randomUUID() }))).toMatchObject({
      kind: 'NotFound',
    });
    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
    for (const node of NODES) {
      expect(await c.simReplicas(node)).toEqual([]);
      expect(await nexusesOn(node)).toEqual([]);
    }
  }, 120_000);

  it('registers, updates, lists by page, gets and deregisters app nodes; they survive a core restart', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `app-${String(i + 1).padStart(2, '0')}`);
    // Registered out of order: listed by id.
    for (const id of [...ids].reverse()) {
      await c.api.appNodes.registerAppNode({ id, endpoint: `10.0.0.${ids.indexOf(id) + 1}:50055`, labels: { a: 'b' } });
    }
    const { pages, tokens } = await walk(async (token) => {
      const list = await c.api.appNodes.listAppNodes({ max_entries: 5, starting_token: token });
      return { ids: list.app_nodes.map((n) => n.id), next: list.next_token };
    });
    expect(pages).toEqual([ids.slice(0, 5), ids.slice(5, 10), ids.slice(10)]);
    expect(tokens).toEqual([5, 10, undefined]);

    const node = await c.api.appNodes.getAppNode({ id: 'app-03' });
    expect(node).toEqual({
      id: 'app-03',
      spec: { id: 'app-03', endpoint: '10.0.0.3:50055', labels: { a: 'b' } },
      state: { id: 'app-03', endpoint: '10.0.0.3:50055', status: 'Online' },
    });
    // Registering again updates endpoint and labels; unchanged, it is a no-op.
    await c.api.appNodes.registerAppNode({ id: 'app-03', endpoint: '10.0.1.3:50055', labels: { zone: 'x' } });
    await c.api.appNodes.registerAppNode({ id: 'app-03', endpoint: '10.0.1.3:50055', labels: { zone: 'x' } });
    expect((await c.api.appNodes.getAppNode({ id: 'app-03' })).spec).toEqual({
      id: 'app-03',
      endpoint: '10.0.1.3:50055',
      labels: { zone: 'x' },
    });

    await c.api.appNodes.deregisterAppNode({ id: 'app-07' });
    expect(await failure(c.api.appNodes.getAppNode({ id: 'app-07' }))).toMatchObject({ kind: 'NotFound' });
    expect(await failure(c.api.appNodes.deregisterAppNode({ id: 'app-07' }))).toMatchObject({ kind: 'NotFound' });
    expect(
      await failure(c.api.appNodes.registerAppNode({ id: 'bad/id', endpoint: '10.0.0.1:1', labels: {} })),
    ).toMatchObject({ kind: 'InvalidArgument' });
    expect(await failure(c.api.appNodes.registerAppNode({ id: 'app-99', endpoint: '', labels: {} }))).toMatchObject({
      kind: 'InvalidArgument',
    });
    const expected = ids.filter((id) => id !== 'app-07');
    const stored = await c.storedSpecs<AppNodeSpec>('AppNodeSpec');
    expect([...stored.keys()].sort()).toEqual(expected);
    expect(stored.get('app-03')).toEqual({ id: 'app-03', endpoint: '10.0.1.3:50055', labels: { zone: 'x' } });

    // A new leader loads them from the store.
    await c.core.stop();
    c.core.restart();
    await c.core.ready();
    const all = await c.api.appNodes.listAppNodes({ max_entries: 0, starting_token: 0 });
    expect(all.app_nodes.map((n) => n.id)).toEqual(expected);
    expect(all.next_token).toBeUndefined();
    expect(all.app_nodes.every((n) => n.state!.status === 'Online')).toBe(true);
    expect((await c.api.appNodes.getAppNode({ id: 'app-03' })).spec!.endpoint).toBe('10.0.1.3:50055');
    const last = await c.api.appNodes.listAppNodes({ max_entries: 5, starting_token: 10 });
    expect(last.app_nodes.map((n) => n.id)).toEqual(expected.slice(10));
    expect(last.next_token).toBeUndefined();
    for (const id of expected) await c.api.appNodes.deregisterAppNode({ id });
    expect((await c.api.appNodes.listAppNodes({ max_entries: 0, starting_token: 0 })).app_nodes).toEqual([]);
  });
});
