import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Volume__Output } from '@mayastor/core-api';
import type { NexusSpec, ReplicaSpec, VolumeSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, failure, NODES } from './core-fixture.js';

const MiB = 1024 * 1024;
const APP_NQN = 'nqn.2014-08.org.nvmexpress:uuid:app-node-1';
const nqnOf = (node: string): string => `nqn.2019-05.io.openebs:node-name:${node}`;

describe('core: volumes (real etcd, three simulated io-engines)', () => {
  let c: CoreCluster;

  const create = (extra: Record<string, unknown> = {}): Promise<Volume__Output> =>
    c.api.volumes.createVolume({ uuid: randomUUID(), size: 16 * MiB, replicas: 3, thin: false, ...extra });

  /** Every replica and nexus on every simulator. */
  async function everything(): Promise<{ replicas: string[]; nexuses: string[] }> {
    const replicas: string[] = [];
    const nexuses: string[] = [];
    for (const node of NODES) {
      replicas.push(...(await c.simReplicas(node)));
      nexuses.push(...(await c.engine(node).listNexus()).nexus_list.map((n) => n.uuid));
    }
    return { replicas: replicas.sort(), nexuses: nexuses.sort() };
  }

  beforeAll(async () => {
    c = await CoreCluster.start();
    for (const node of NODES) {
      await c.api.pools.createPool({ node, id: `${node}-p0`, disks: [c.diskOf(node)] });
    }
  });

  afterAll(async () => {
    await c?.dispose();
  });

  it('creates a 3-replica volume on three distinct nodes, all specs written in etcd', async () => {
    const volume = await create();
    expect(volume.spec!.status).toBe('SPEC_STATUS_CREATED');
    expect(volume.state!.status).toBe('VOLUME_STATUS_ONLINE');
    const nodes = volume.state!.replicas.map((r) => r.node).sort();
    expect(nodes).toEqual([...NODES]);
    const stored = (await c.storedSpecs<VolumeSpec>('VolumeSpec')).get(volume.uuid)!;
    expect(stored).toMatchObject({ size: 16 * MiB, numReplicas: 3, status: 'Created', operation: null, target: null });
    const replicas = [...(await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).values()].filter(
      (r) => r.owners.volume === volume.uuid,
    );
    expect(replicas).toHaveLength(3);
    for (const r of replicas) {
      expect(r.status).toBe('Created');
      expect(await c.simReplicas(r.node)).toContain(r.uuid);
    }
    // Idempotent by uuid; other parameters are refused.
    const again = await c.api.volumes.createVolume({ uuid: volume.uuid, size: 16 * MiB, replicas: 3, thin: false });
    expect(again.state!.replicas.map((r) => r.uuid).sort()).toEqual(volume.state!.replicas.map((r) => r.uuid).sort());
    expect(
      await failure(c.api.volumes.createVolume({ uuid: volume.uuid, size: 32 * MiB, replicas: 3, thin: false })),
    ).toMatchObject({ kind: 'AlreadyExists' });
    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
  });

  it('publishes with one local and two NVMf children, republishes with fencing, unpublishes, and destroys leaving nothing', async () => {
    const volume = await create();
    const published = await c.api.volumes.publishVolume({
      uuid: volume.uuid,
      node: 'sim-1',
      frontend_nodes: [APP_NQN],
    });
    const target = published.spec!.target!;
    expect(target.node).toBe('sim-1');
    expect(target.device_uri).toMatch(
      new RegExp(`^nvmf\\+tcp://127\\.0\\.0\\.1:\\d+/nqn\\.2019-05\\.io\\.openebs:${volume.uuid}$`),
    );
    expect(published.state!.status).toBe('VOLUME_STATUS_ONLINE');
    const nexus = (await c.engine('sim-1').listNexus({ uuid: { value: target.nexus } })).nexus_list[0]!;
    expect(nexus.name).toBe(volume.uuid);
    expect(nexus.allowed_hosts).toEqual([APP_NQN]);
    const uris = nexus.children.map((ch) => ch.uri);
    expect(uris.filter((u) => u.startsWith('bdev:///'))).toHaveLength(1);
    expect(uris.filter((u) => u.startsWith('nvmf+tcp://'))).toHaveLength(2);
    // Remote replicas are shared to the target's host NQN only.
    for (const node of ['sim-2', 'sim-3']) {
      const [replica] = (await c.engine(node).listReplicas()).replicas.filter((r) => r.entity_id === volume.uuid);
      expect(replica).toMatchObject({ share: 'NVMF', allowed_hosts: [nqnOf('sim-1')] });
    }
    const firstNexus = (await c.storedSpecs<NexusSpec>('NexusSpec')).get(target.nexus)!;

    // Republish to sim-2: a new nexus, a higher controller-id range, the old target shut down and gone.
    const moved = await c.api.volumes.publishVolume({
      uuid: volume.uuid,
      node: 'sim-2',
      frontend_nodes: [APP_NQN],
      republish: true,
    });
    const newTarget = moved.spec!.target!;
    expect(newTarget.node).toBe('sim-2');
    expect(newTarget.nexus).not.toBe(target.nexus);
    const secondNexus = (await c.storedSpecs<NexusSpec>('NexusSpec')).get(newTarget.nexus)!;
    expect(secondNexus.minCntlId).toBeGreaterThan(firstNexus.maxCntlId);
    expect(secondNexus.reservationKey).toBeGreaterThan(firstNexus.reservationKey);
    expect((await c.engine('sim-1').listNexus()).nexus_list).toEqual([]);
    expect((await c.storedSpecs('NexusSpec')).has(target.nexus)).toBe(false);
    const [onSim1] = (await c.engine('sim-1').listReplicas()).replicas.filter((r) => r.entity_id === volume.uuid);
    expect(onSim1).toMatchObject({ share: 'NVMF', allowed_hosts: [nqnOf('sim-2')] });

    // Reusing a healthy target changes nothing.
    const reused = await c.api.volumes.publishVolume({
      uuid: volume.uuid,
      frontend_nodes: [APP_NQN],
      reuse_existing: true,
    });
    expect(reused.spec!.target!.nexus).toBe(newTarget.nexus);

    const unpublished = await c.api.volumes.unpublishVolume({ uuid: volume.uuid });
    expect(unpublished.spec!.target).toBeNull();
    expect((await everything()).nexuses).toEqual([]);
    // The engines kept a NexusInfo for each target the volume had; they stay until the volume goes.
    expect((await c.storedKeys(c.keys.volumeNexusInfos(volume.uuid))).sort()).toEqual(
      [c.keys.nexusInfo(volume.uuid, target.nexus), c.keys.nexusInfo(volume.uuid, newTarget.nexus)].sort(),
    );

    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
    expect(await everything()).toEqual({ replicas: [], nexuses: [] });
    expect(await c.storedKeys(c.keys.volumeNexusInfos(volume.uuid))).toEqual([]);
    expect((await c.storedSpecs('VolumeSpec')).size).toBe(0);
    expect((await c.storedSpecs('ReplicaSpec')).size).toBe(0);
    expect((await c.storedSpecs('NexusSpec')).size).toBe(0);
  });

  it('resizes a published volume: replicas, then the nexus; refuses to shrink or to outgrow a pool', async () => {
    const volume = await create();
    await c.api.volumes.publishVolume({ uuid: volume.uuid, node: 'sim-3', frontend_nodes: [APP_NQN] });
    const grown = await c.api.volumes.resizeVolume({ uuid: volume.uuid, size: 32 * MiB });
    expect(grown.spec!.size).toBe(32 * MiB);
    for (const node of NODES) {
      const [replica] = (await c.engine(node).listReplicas()).replicas.filter((r) => r.entity_id === volume.uuid);
      expect(Number(replica!.size)).toBe(32 * MiB);
    }
    const nexus = (await c.engine('sim-3').listNexus()).nexus_list[0]!;
    expect(Number(nexus.size)).toBe(32 * MiB);
    expect(await failure(c.api.volumes.resizeVolume({ uuid: volume.uuid, size: 8 * MiB }))).toMatchObject({
      kind: 'InvalidArgument',
    });
    expect(await failure(c.api.volumes.resizeVolume({ uuid: volume.uuid, size: 4096 * MiB }))).toMatchObject({
      kind: 'ResourceExhausted',
    });
    expect((await c.api.volumes.getVolume({ uuid: volume.uuid })).spec!.size).toBe(32 * MiB);
    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
  });

  it('lowers the replica count 3 → 2 and raises it back to 3 with a rebuild that completes', async () => {
    const volume = await create();
    await c.api.volumes.publishVolume({ uuid: volume.uuid, node: 'sim-1', frontend_nodes: [APP_NQN] });
    const two = await c.api.volumes.setVolumeReplicas({ uuid: volume.uuid, replicas: 2 });
    expect(two.spec!.num_replicas).toBe(2);
    expect(two.state!.replicas).toHaveLength(2);
    // The replica local to the target is kept; a remote one goes.
    expect(two.state!.replicas.map((r) => r.node)).toContain('sim-1');
    const nexus = (await c.engine('sim-1').listNexus()).nexus_list[0]!;
    expect(nexus.children).toHaveLength(2);
    expect((await everything()).replicas).toHaveLength(2);

    const three = await c.api.volumes.setVolumeReplicas({ uuid: volume.uuid, replicas: 3 });
    expect(three.state!.replicas.map((r) => r.node).sort()).toEqual([...NODES]);
    await c.until(
      async () => {
        const v = await c.api.volumes.getVolume({ uuid: volume.uuid });
        return (
          v.state!.status === 'VOLUME_STATUS_ONLINE' && v.state!.replicas.every((r) => r.child_status === 'Online')
        );
      },
      15_000,
      'the new child rebuilt',
    );
    const history = await c.engine('sim-1').getRebuildHistory({ uuid: three.spec!.target!.nexus });
    expect(history.records.length).toBeGreaterThanOrEqual(1);
    await c.api.volumes.destroyVolume({ uuid: volume.uuid });
    expect(await everything()).toEqual({ replicas: [], nexuses: [] });
  });

  it('removes what was made when a replica cannot be created, and says how many were', async () => {
    await c.sim.control('PUT', '/nodes/sim-2/faults/rpc/CreateReplica', { code: 'INTERNAL', count: 1, after: true });
    const uuid = randomUUID();
    const error = await failure(c.api.volumes.createVolume({ uuid, size: 16 * MiB, replicas: 3, thin: false }));
    expect(error.message).toContain('2 of 3 replicas could be created');
    expect((await c.storedSpecs('VolumeSpec')).size).toBe(0);
    expect((await c.storedSpecs('ReplicaSpec')).size).toBe(0);
    expect(await everything()).toEqual({ replicas: [], nexuses: [] });
  });

  it('fails a create with too few nodes cleanly: how many could be placed and why, nothing left behind', async () => {
    const uuid = randomUUID();
    const error = await failure(c.api.volumes.createVolume({ uuid, size: 16 * MiB, replicas: 4, thin: false }));
    expect(error.kind).toBe('ResourceExhausted');
    expect(error.message).toContain('3 of 4 replicas could be placed');
    expect(error.message).toContain('node already holds a replica of the volume');
    expect((await c.storedSpecs('VolumeSpec')).size).toBe(0);
    expect(await everything()).toEqual({ replicas: [], nexuses: [] });
  });

  it('honours topology labels, the spread key and the thin over-commit limit', async () => {
    await c.api.nodes.labelNode({ id: 'sim-1', labels: { zone: 'a' } });
    await c.api.nodes.labelNode({ id: 'sim-2', labels: { zone: 'a' } });
    await c.api.nodes.labelNode({ id: 'sim-3', labels: { zone: 'b' } });
    await c.api.pools.labelPool({ id: 'sim-2-p0', labels: { tier: 'fast' } });
    try {
      // Spread by zone: two zones, so at most two replicas.
      const spread = await failure(create({ topology: { spread_keys: ['zone'] } }));
      expect(spread.message).toContain('2 of 3 replicas could be placed');
      const two = await create({ replicas: 2, topology: { spread_keys: ['zone'] } });
      const zones = two.state!.replicas.map((r) => (r.node === 'sim-3' ? 'b' : 'a')).sort();
      expect(zones).toEqual(['a', 'b']);
      await c.api.volumes.destroyVolume({ uuid: two.uuid });
      // Node affinity and pool affinity.
      const inA = await create({ replicas: 1, topology: { node_affinity: { zone: 'b' } } });
      expect(inA.state!.replicas[0]!.node).toBe('sim-3');
      await c.api.volumes.destroyVolume({ uuid: inA.uuid });
      const fast = await create({ replicas: 1, topology: { pool_affinity: { tier: 'fast' } } });
      expect(fast.state!.replicas[0]!.pool).toBe('sim-2-p0');
      await c.api.volumes.destroyVolume({ uuid: fast.uuid });
      // Thin: a pool (~248 MiB) takes commitments up to 250 % of its capacity (~620 MiB).
      const thin = [];
      for (let i = 0; i < 3; i++) thin.push(await create({ replicas: 3, thin: true, size: 200 * MiB }));
      const over = await failure(create({ replicas: 1, thin: true, size: 200 * MiB }));
      expect(over.message).toContain('pool over-commit limit reached');
      for (const v of thin) await c.api.volumes.destroyVolume({ uuid: v.uuid });
    } finally {
      for (const node of NODES) await c.api.nodes.unlabelNode({ id: node, key: 'zone' });
      await c.api.pools.unlabelPool({ id: 'sim-2-p0', key: 'tier' });
    }
    expect(await everything()).toEqual({ replicas: [], nexuses: [] });
  });

  it('drains a node: every target moves off it, and the node reports Drained', async () => {
    const a = await create();
    const b = await create();
    await c.api.volumes.publishVolume({ uuid: a.uuid, node: 'sim-1', frontend_nodes: [APP_NQN] });
    await c.api.volumes.publishVolume({ uuid: b.uuid, node: 'sim-1', frontend_nodes: [APP_NQN] });
    const node = await c.api.nodes.drainNode({ id: 'sim-1', label: 'maintenance' });
    expect(node.spec!.drain_labels).toEqual(['maintenance']);
    await c.until(async () => (await c.node('sim-1')).state!.drain_state === 'Drained', 10_000, 'sim-1 drained');
    for (const uuid of [a.uuid, b.uuid]) {
      const v = await c.api.volumes.getVolume({ uuid });
      expect(v.spec!.target!.node).not.toBe('sim-1');
      expect(v.state!.status).toBe('VOLUME_STATUS_ONLINE');
    }
    expect((await c.engine('sim-1').listNexus()).nexus_list).toEqual([]);
    // A drained node takes no new target.
    const c2 = await c.api.volumes.publishVolume({
      uuid: a.uuid,
      node: 'sim-1',
      frontend_nodes: [APP_NQN],
      republish: true,
    });
    expect(c2.spec!.target!.node).not.toBe('sim-1');
    await c.api.nodes.uncordonNode({ id: 'sim-1', label: 'maintenance' });
    expect((await c.node('sim-1')).state!.drain_state).toBe('');
    for (const uuid of [a.uuid, b.uuid]) await c.api.volumes.destroyVolume({ uuid });
    expect(await everything()).toEqual({ replicas: [], nexuses: [] });
  });

  it('limits concurrent creations: past the limit a create waits, then fails busy, leaving nothing', async () => {
    await c.core.stop();
    c.core.restart({ VOLUME_CREATE_CONCURRENCY: '1', VOLUME_CREATE_WAIT_MS: '300' });
    await c.core.ready();
    await c.waitForNodes('NODE_STATUS_ONLINE', [...NODES]);
    await c.sim.control('PUT', '/nodes/sim-1/faults/latency', { ms: 1500 });
    try {
      const first = create();
      await new Promise((r) => setTimeout(r, 200));
      const uuid = randomUUID();
      const t0 = Date.now();
      const busy = await failure(c.api.volumes.createVolume({ uuid, size: 16 * MiB, replicas: 3, thin: false }));
      expect(busy.kind).toBe('ResourceExhausted');
      expect(busy.message).toContain('busy');
      expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
      expect((await c.storedSpecs('VolumeSpec')).has(uuid)).toBe(false);
      const made = await first;
      await c.api.volumes.destroyVolume({ uuid: made.uuid });
    } finally {
      await c.sim.control('PUT', '/nodes/sim-1/faults/latency', { ms: 0 });
    }
    // A piece still busy when the destroy answered is finished by recovery.
    await c.until(async () => (await everything()).replicas.length === 0, 5000, 'every replica destroyed');
    expect((await c.storedSpecs('VolumeSpec')).size).toBe(0);
  });
});
