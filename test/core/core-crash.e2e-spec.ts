import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoolSpec, ReplicaSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, NODES } from './core-fixture.js';

const MiB = 1024 * 1024;

/**
 * Crash safety: the core is killed with SIGKILL at a failpoint, between the intent
 * write and the io-engine call, or between the call and the completion; a new core
 * then starts on the same store. Afterwards the store and the simulators must agree,
 * with nothing leaked and nothing acknowledged lost.
 */
describe('core: crash safety of pool and replica operations (SIGKILL at failpoints)', () => {
  let c: CoreCluster;
  /** Resources whose creation was acknowledged (and never destroyed). */
  const acknowledgedPools = new Set<string>();
  const acknowledgedReplicas = new Set<string>();

  beforeAll(async () => {
    c = await CoreCluster.start({ STORE_LEASE_TTL_SECONDS: '2' });
    await c.api.pools.createPool({ node: 'sim-1', id: 'base', disks: [c.diskOf('sim-1')] });
    acknowledgedPools.add('base');
  });

  afterAll(async () => {
    await c?.dispose();
  });

  /** Waits until no spec has an operation in flight, then checks the store against every simulator. */
  async function expectConsistent(): Promise<void> {
    await c.until(
      async () => {
        const pools = [...(await c.storedSpecs<PoolSpec>('PoolSpec')).values()];
        const replicas = [...(await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).values()];
        return [...pools, ...replicas].every((s) => s.status === 'Created' && s.operation === null);
      },
      15_000,
      'every incomplete operation finished or undone',
    );
    const pools = await c.storedSpecs<PoolSpec>('PoolSpec');
    const replicas = await c.storedSpecs<ReplicaSpec>('ReplicaSpec');
    for (const node of NODES) {
      const enginePools = await c.simPools(node);
      const specPools = [...pools.values()].filter((p) => p.node === node).map((p) => p.id);
      expect(enginePools, `pools of ${node}`).toEqual(specPools.sort());
      const engineReplicas = (await c.engine(node).listReplicas()).replicas;
      const specReplicas = [...replicas.values()].filter((r) => r.node === node);
      expect(engineReplicas.map((r) => r.uuid).sort(), `replicas of ${node}`).toEqual(
        specReplicas.map((r) => r.uuid).sort(),
      );
      for (const spec of specReplicas) {
        const onEngine = engineReplicas.find((r) => r.uuid === spec.uuid)!;
        expect(onEngine.share === 'NVMF' ? 'nvmf' : 'none', `share of ${spec.uuid}`).toBe(spec.share);
        expect(onEngine.allowed_hosts, `allowed hosts of ${spec.uuid}`).toEqual([...spec.allowedHosts]);
      }
    }
    for (const id of acknowledgedPools) expect(pools.get(id)?.status, `acknowledged pool ${id}`).toBe('Created');
    for (const uuid of acknowledgedReplicas) {
      expect(replicas.get(uuid)?.status, `acknowledged replica ${uuid}`).toBe('Created');
    }
  }

  for (const point of ['after-intent', 'after-call'] as const) {
    it(`pool create, killed ${point}: undone on restart`, async () => {
      const id = `crash-create-${point}`;
      await c.crashDuring(`pool-create:${point}`, () =>
        c.api.pools.createPool({ node: 'sim-2', id, disks: [c.diskOf('sim-2')] }),
      );
      await expectConsistent();
      expect((await c.storedSpecs('PoolSpec')).has(id)).toBe(false);
      // The disk is free again: the same create now succeeds.
      await c.api.pools.createPool({ node: 'sim-2', id, disks: [c.diskOf('sim-2')] });
      await c.api.pools.destroyPool({ id });
    });

    it(`pool destroy, killed ${point}: finished on restart`, async () => {
      const id = `crash-destroy-${point}`;
      await c.api.pools.createPool({ node: 'sim-3', id, disks: [c.diskOf('sim-3')] });
      await c.crashDuring(`pool-destroy:${point}`, () => c.api.pools.destroyPool({ id }));
      await expectConsistent();
      expect((await c.storedSpecs('PoolSpec')).has(id)).toBe(false);
      expect(await c.simPools('sim-3')).toEqual([]);
    });

    it(`replica create, killed ${point}: undone on restart`, async () => {
      const uuid = randomUUID();
      await c.crashDuring(`replica-create:${point}`, () =>
        c.api.replicas.createReplica({ uuid, pool: 'base', size: 8 * MiB, thin: false }),
      );
      await expectConsistent();
      expect((await c.storedSpecs('ReplicaSpec')).has(uuid)).toBe(false);
      const kept = await c.api.replicas.createReplica({ uuid: randomUUID(), pool: 'base', size: 4 * MiB, thin: true });
      acknowledgedReplicas.add(kept.uuid);
    });

    it(`replica destroy, killed ${point}: finished on restart`, async () => {
      const uuid = randomUUID();
      await c.api.replicas.createReplica({ uuid, pool: 'base', size: 8 * MiB, thin: true });
      await c.crashDuring(`replica-destroy:${point}`, () => c.api.replicas.destroyReplica({ uuid }));
      await expectConsistent();
      expect((await c.storedSpecs('ReplicaSpec')).has(uuid)).toBe(false);
    });

    it(`replica share, killed ${point}: applied on restart`, async () => {
      const uuid = randomUUID();
      await c.api.replicas.createReplica({ uuid, pool: 'base', size: 8 * MiB, thin: true });
      acknowledgedReplicas.add(uuid);
      const host = `nqn.2019-05.io.openebs:node-name:${point}`;
      await c.crashDuring(`replica-share:${point}`, () => c.api.replicas.shareReplica({ uuid, allowed_hosts: [host] }));
      await expectConsistent();
      const spec = (await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).get(uuid)!;
      expect(spec).toMatchObject({ share: 'nvmf', allowedHosts: [host] });
    });
  }

  it('a graceful stop finishes the operation in flight, then gives up the lock', async () => {
    await c.sim.control('PUT', '/nodes/sim-2/faults/latency', { ms: 1500 });
    try {
      const creating = c.api.pools.createPool({ node: 'sim-2', id: 'drained', disks: [c.diskOf('sim-2', 'disk1')] });
      await c.until(async () => (await c.storedSpecs('PoolSpec')).has('drained'), 1000, 'the intent written');
      const stopping = c.core.stop();
      expect((await creating).spec!.status).toBe('SPEC_STATUS_CREATED');
      await stopping;
      expect(await c.core.exit()).not.toBe('SIGKILL');
      expect((await c.storedSpecs<PoolSpec>('PoolSpec')).get('drained')).toMatchObject({
        status: 'Created',
        operation: null,
      });
      expect(await c.store.get(c.keys.lock('core-agent'))).toBeNull();
    } finally {
      await c.sim.control('PUT', '/nodes/sim-2/faults/latency', { ms: 0 });
    }
    c.core.restart();
    await c.core.ready();
    acknowledgedPools.add('drained');
    await expectConsistent();
  });
});
