import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NexusSpec, ReplicaSpec, VolumeSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, NODES } from './core-fixture.js';

const MiB = 1024 * 1024;
const APP_NQN = 'nqn.2014-08.org.nvmexpress:uuid:app-node-1';
/** At least; every failpoint gets two trials. */
const TRIALS = 20;

const POINTS = {
  create: ['volume-create:after-intent', 'volume-create:after-replicas'],
  publish: [
    'volume-publish:after-intent',
    'volume-publish:after-shutdown',
    'volume-publish:after-nexus',
    'volume-publish:after-publish',
    'volume-publish:after-complete',
  ],
  destroy: ['volume-destroy:after-intent', 'volume-destroy:after-nexus'],
} as const;
type Op = keyof typeof POINTS;

/** mulberry32: a small seeded generator, so a failing run can be replayed with CRASH_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Crash safety of volumes: 20 trials, each killing the core (SIGKILL) at a
 * randomly chosen point of a create, a publish (or republish) or a destroy; after
 * a clean restart nothing may be leaked on any simulator and no acknowledged
 * volume may be lost.
 */
describe('core: crash safety of volume create, publish and destroy (random failpoints)', () => {
  let c: CoreCluster;
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  /** Volumes whose create was acknowledged and which were not destroyed. */
  const acknowledged = new Set<string>();

  beforeAll(async () => {
    c = await CoreCluster.start({ STORE_LEASE_TTL_SECONDS: '2' });
    for (const node of NODES) await c.api.pools.createPool({ node, id: `${node}-p0`, disks: [c.diskOf(node)] });
  });

  afterAll(async () => {
    await c?.dispose();
  });

  async function expectConsistent(context: string): Promise<void> {
    await c.until(
      async () => {
        const all = [
          ...(await c.storedSpecs<VolumeSpec>('VolumeSpec')).values(),
          ...(await c.storedSpecs<NexusSpec>('NexusSpec')).values(),
          ...(await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).values(),
        ];
        return all.every((s) => s.status === 'Created' && s.operation === null);
      },
      20_000,
      `${context}: every interrupted operation finished or undone`,
    );
    const volumes = await c.storedSpecs<VolumeSpec>('VolumeSpec');
    const nexuses = await c.storedSpecs<NexusSpec>('NexusSpec');
    const replicas = await c.storedSpecs<ReplicaSpec>('ReplicaSpec');
    for (const node of NODES) {
      const onEngine = (await c.simReplicas(node)).sort();
      const inStore = [...replicas.values()]
        .filter((r) => r.node === node)
        .map((r) => r.uuid)
        .sort();
      expect(onEngine, `${context}: replicas of ${node}`).toEqual(inStore);
      const nexusOnEngine = (await c.engine(node).listNexus()).nexus_list.map((n) => n.uuid).sort();
      const nexusInStore = [...nexuses.values()]
        .filter((n) => n.node === node)
        .map((n) => n.uuid)
        .sort();
      expect(nexusOnEngine, `${context}: nexuses of ${node}`).toEqual(nexusInStore);
    }
    for (const replica of replicas.values()) {
      expect(volumes.has(replica.owners.volume ?? ''), `${context}: owner of replica ${replica.uuid}`).toBe(true);
    }
    for (const volume of volumes.values()) {
      const own = [...replicas.values()].filter((r) => r.owners.volume === volume.uuid);
      expect(own, `${context}: replicas of volume ${volume.uuid}`).toHaveLength(volume.numReplicas);
      if (volume.target) {
        expect(nexuses.get(volume.target.nexus)?.node, `${context}: target of ${volume.uuid}`).toBe(volume.target.node);
      }
    }
    for (const nexus of nexuses.values()) {
      expect(
        volumes.get(nexus.volume ?? '')?.target?.nexus,
        `${context}: nexus ${nexus.uuid} is its volume's target`,
      ).toBe(nexus.uuid);
    }
    for (const replica of replicas.values()) {
      for (const owner of replica.owners.nexuses) {
        expect(nexuses.has(owner), `${context}: nexus ${owner} owning replica ${replica.uuid}`).toBe(true);
      }
    }
    for (const uuid of acknowledged) expect(volumes.has(uuid), `${context}: acknowledged volume ${uuid}`).toBe(true);
  }

  async function newVolume(published: boolean): Promise<string> {
    const uuid = randomUUID();
    await c.api.volumes.createVolume({ uuid, size: 8 * MiB, replicas: 3, thin: false });
    acknowledged.add(uuid);
    if (published) {
      await c.api.volumes.publishVolume({ uuid, node: pick(NODES), frontend_nodes: [APP_NQN] });
    }
    return uuid;
  }

  it(`survives ${TRIALS} kills at random points (seed ${seed}; replay with CRASH_SEED=${seed})`, async () => {
    const counts: Record<string, number> = {};
    // Every failpoint at least twice, in a random order.
    const all = (Object.keys(POINTS) as Op[]).flatMap((op) => POINTS[op].map((failpoint) => ({ op, failpoint })));
    const plan = [...all, ...all, ...Array.from({ length: Math.max(0, TRIALS - 2 * all.length) }, () => pick(all))]
      .map((entry) => ({ entry, key: rand() }))
      .sort((a, b) => a.key - b.key)
      .map(({ entry }) => entry);
    for (let trial = 1; trial <= plan.length; trial++) {
      const { op, failpoint } = plan[trial - 1]!;
      counts[failpoint] = (counts[failpoint] ?? 0) + 1;
      const context = `trial ${trial} (seed ${seed}): ${failpoint}`;
      if (op === 'create') {
        const uuid = randomUUID();
        await c.crashDuring(failpoint, () =>
          c.api.volumes.createVolume({ uuid, size: 8 * MiB, replicas: 3, thin: false }),
        );
        await expectConsistent(context);
        // Never acknowledged: undone.
        expect((await c.storedSpecs('VolumeSpec')).has(uuid), context).toBe(false);
      } else if (op === 'publish') {
        const uuid = await newVolume(rand() < 0.5); // half of them are republishes
        const node = pick(NODES);
        await c.crashDuring(failpoint, () =>
          c.api.volumes.publishVolume({ uuid, node, frontend_nodes: [APP_NQN], republish: true }),
        );
        await expectConsistent(context);
        // The volume is usable again: publishing works (keeping a healthy target, else moving it).
        const published = await c.api.volumes.publishVolume({
          uuid,
          frontend_nodes: [APP_NQN],
          reuse_existing: true,
          republish: true,
        });
        expect(published.state!.status, context).toBe('VOLUME_STATUS_ONLINE');
      } else {
        const uuid = await newVolume(rand() < 0.5);
        acknowledged.delete(uuid);
        await c.crashDuring(failpoint, () => c.api.volumes.destroyVolume({ uuid }));
        await expectConsistent(context);
        expect((await c.storedSpecs('VolumeSpec')).has(uuid), context).toBe(false);
      }
    }
    console.log(`volume crash trials (seed ${seed}):`, counts);
    for (const uuid of [...acknowledged]) {
      await c.api.volumes.destroyVolume({ uuid });
      acknowledged.delete(uuid);
    }
    await expectConsistent('after destroying every volume');
    for (const node of NODES) {
      expect(await c.simReplicas(node)).toEqual([]);
      expect((await c.engine(node).listNexus()).nexus_list).toEqual([]);
    }
  }, 600_000);
});
