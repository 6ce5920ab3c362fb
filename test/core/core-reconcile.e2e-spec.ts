import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Volume__Output } from '@mayastor/core-api';
import type { ReplicaSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, failure } from './core-fixture.js';

const MiB = 1024 * 1024;
const APP_NQN = 'nqn.2014-08.org.nvmexpress:uuid:app-node-1';
const NODE_COUNT = 4;
/** Reconcile periods (busy and idle) and the cache poll of this suite. */
const PERIOD_MS = 1000;

/**
 * Reconcilers on a real etcd and four simulated io-engines, driven by the
 * simulator's fault injection: engine restarts, crashed nodes, faulted children,
 * a store outage and a reconcile that keeps failing.
 */
describe('core: reconcilers, self-healing and garbage collection', () => {
  let c: CoreCluster;
  const baseEnv = {
    RECONCILE_PERIOD_MS: String(PERIOD_MS),
    RECONCILE_IDLE_PERIOD_MS: String(PERIOD_MS),
    CACHE_POLL_MS: String(PERIOD_MS),
    RECONCILE_BACKOFF_MS: '200',
    RECONCILE_BACKOFF_MAX_MS: '5000',
    STORE_LEASE_TTL_SECONDS: '60',
  };

  const volume = (uuid: string): Promise<Volume__Output> => c.api.volumes.getVolume({ uuid });

  async function createPublished(target: string): Promise<string> {
    const uuid = randomUUID();
    await c.api.volumes.createVolume({ uuid, size: 16 * MiB, replicas: 3, thin: false, self_heal: true });
    await c.api.volumes.publishVolume({ uuid, node: target, frontend_nodes: [APP_NQN] });
    return uuid;
  }

  /** Restarts the core with `env` added to the suite's. */
  async function restartCore(env: Record<string, string>): Promise<void> {
    await c.core.stop();
    c.core.restart(env);
    await c.core.ready();
    await c.waitForNodes('NODE_STATUS_ONLINE', c.nodes, 15_000);
  }

  async function waitOnline(uuids: readonly string[], timeoutMs: number): Promise<void> {
    await c.until(
      async () => {
        for (const uuid of uuids) {
          const v = await volume(uuid);
          if (v.state?.status !== 'VOLUME_STATUS_ONLINE') return false;
          if (v.state.replicas.length !== 3 || v.state.replicas.some((r) => r.child_status !== 'Online')) return false;
        }
        return true;
      },
      timeoutMs,
      `volumes ${uuids.join(', ')} Online with 3 healthy replicas`,
    );
  }

  /** Every replica on every simulator has a spec, and every Created replica spec is on its simulator. */
  async function noOrphans(): Promise<void> {
    const specs = await c.storedSpecs<ReplicaSpec>('ReplicaSpec');
    for (const node of c.nodes) {
      for (const uuid of await c.simReplicas(node)) expect(specs.has(uuid), `replica ${uuid} on ${node}`).toBe(true);
    }
    for (const r of specs.values()) {
      expect(r.status, `replica ${r.uuid}`).toBe('Created');
      expect(await c.simReplicas(r.node)).toContain(r.uuid);
    }
  }

  beforeAll(async () => {
    c = await CoreCluster.start(baseEnv, { nodes: NODE_COUNT });
    for (const node of c.nodes) {
      await c.api.pools.createPool({ node, id: `${node}-p0`, disks: [c.diskOf(node)] });
    }
  });

  afterAll(async () => {
    await c?.dispose();
  });

  it('after an io-engine restart: pools imported, replicas back and shared, targets re-created and re-published', async () => {
    const volumes = [await createPublished('sim-1'), await createPublished('sim-1'), await createPublished('sim-1')];
    const before = await Promise.all(volumes.map(volume));
    const restartedAt = Date.now();
    await c.sim.control('POST', '/nodes/sim-1/restart', { graceful: false });
    await waitOnline(volumes, 30_000);
    const tookMs = Date.now() - restartedAt;

    expect(await c.simPools('sim-1')).toEqual(['sim-1-p0']);
    const nexuses = (await c.engine('sim-1').listNexus()).nexus_list;
    for (const [i, uuid] of volumes.entries()) {
      const target = before[i]!.spec!.target!;
      const nexus = nexuses.find((n) => n.uuid === target.nexus);
      // The same nexus (uuid, controller ids, key) on the same node, shared to the same host.
      expect(nexus, `nexus of ${uuid}`).toBeDefined();
      expect(nexus!.allowed_hosts).toEqual([APP_NQN]);
      expect(nexus!.device_uri).toBe(target.device_uri);
      expect(nexus!.children).toHaveLength(3);
      const after = await volume(uuid);
      expect(after.spec!.target).toMatchObject({ node: 'sim-1', nexus: target.nexus, device_uri: target.device_uri });
    }
    // Replicas on sim-1 came back with their pool; remote ones are still shared to sim-1.
    const onSim1 = [...(await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).values()].filter((r) => r.node === 'sim-1');
    expect((await c.simReplicas('sim-1')).sort()).toEqual(onSim1.map((r) => r.uuid).sort());
    console.log(`engine restart -> ${volumes.length} volumes Online in ${tookMs} ms`);
    await noOrphans();
    for (const uuid of volumes) await c.api.volumes.destroyVolume({ uuid });
  });

  it('a replica node that crashes and stays down: Degraded, a replacement placed elsewhere and rebuilt, Online again', async () => {
    await restartCore({ FAULTED_CHILD_WAIT_MS: '1000' });
    const uuid = await createPublished('sim-1');
    const original = (await volume(uuid)).state!.replicas;
    const victim = original.find((r) => r.node !== 'sim-1')!;
    await c.sim.control('POST', `/nodes/${victim.node}/crash`);
    await c.until(
      async () => (await volume(uuid)).state?.status === 'VOLUME_STATUS_DEGRADED',
      10_000,
      'the volume Degraded',
    );
    await waitOnline([uuid], 30_000);
    const healed = (await volume(uuid)).state!.replicas;
    expect(healed.map((r) => r.node)).not.toContain(victim.node);
    expect(healed.map((r) => r.uuid)).not.toContain(victim.uuid);
    expect(new Set(healed.map((r) => r.node)).size).toBe(3);
    const history = await c.engine('sim-1').getRebuildHistory({ uuid: (await volume(uuid)).spec!.target!.nexus });
    expect(history.records.some((r) => r.state === 'Completed')).toBe(true);
    // The lost replica is still to be collected: its spec waits, Deleting, for its node.
    expect((await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).get(victim.uuid)).toMatchObject({ status: 'Deleting' });

    // When the node returns, its pool is imported and the old replica destroyed: no orphan.
    await c.sim.control('POST', `/nodes/${victim.node}/start`);
    await c.until(
      async () => !(await c.storedSpecs('ReplicaSpec')).has(victim.uuid),
      20_000,
      'the lost replica collected',
    );
    expect(await c.simReplicas(victim.node)).not.toContain(victim.uuid);
    await noOrphans();
    await c.api.volumes.destroyVolume({ uuid });
  });

  it('a faulted child whose replica returns within the wait is onlined (partial rebuild), not replaced', async () => {
    await restartCore({ FAULTED_CHILD_WAIT_MS: '60000' });
    const uuid = await createPublished('sim-1');
    const original = (await volume(uuid)).state!.replicas;
    const victim = original.find((r) => r.node !== 'sim-1')!;
    await c.sim.control('POST', `/nodes/${victim.node}/crash`);
    await c.until(
      async () => (await volume(uuid)).state?.replicas.find((r) => r.uuid === victim.uuid)?.child_status === 'Faulted',
      10_000,
      'the child Faulted',
    );
    // Well past the busy period: it is waited for, not replaced.
    await sleep(3 * PERIOD_MS);
    expect((await volume(uuid)).state!.replicas.map((r) => r.uuid).sort()).toEqual(original.map((r) => r.uuid).sort());

    await c.sim.control('POST', `/nodes/${victim.node}/start`);
    await waitOnline([uuid], 30_000);
    const after = (await volume(uuid)).state!.replicas;
    expect(after.map((r) => r.uuid).sort()).toEqual(original.map((r) => r.uuid).sort());
    const history = await c.engine('sim-1').getRebuildHistory({ uuid: (await volume(uuid)).spec!.target!.nexus });
    expect(history.records.at(-1)).toMatchObject({ state: 'Completed', is_partial: true });
    await noOrphans();
    await c.api.volumes.destroyVolume({ uuid });
  });

  it('a reconcile that keeps failing is retried with growing delays, then converges', async () => {
    await restartCore({});
    const uuid = randomUUID();
    await c.api.replicas.createReplica({ uuid, pool: 'sim-2-p0', size: 4 * MiB, thin: true });
    // Every DestroyReplica on sim-2 fails as if the engine were unreachable: the destroy is
    // recorded (Deleting) and answered; the replica reconciler keeps trying to finish it.
    await c.sim.control('PUT', '/nodes/sim-2/faults/rpc/DestroyReplica', { code: 'UNAVAILABLE' });
    const from = c.core.lines.length;
    await c.api.replicas.destroyReplica({ uuid });
    await sleep(8000);
    const retries = c.core.lines
      .slice(from)
      .filter((l) => l.msg === 'reconcile failed; retrying later' && l.key === uuid)
      .map((l) => Number(l.retryInMs));
    // Backoff 200 ms doubling (with jitter: each delay is between half and all of its
    // step) up to 5 s: a handful of tries in 8 s, not a tight loop.
    expect(retries.length).toBeGreaterThanOrEqual(3);
    expect(retries.length).toBeLessThan(12);
    for (let i = 1; i < retries.length; i++) expect(retries[i]!).toBeGreaterThanOrEqual(retries[i - 1]! * 0.5);
    expect(retries.at(-1)!).toBeGreaterThan(retries[0]! * 4);
    expect(await c.core.metrics()).toMatch(/reconciler_runs_total\{reconciler="replica",outcome="error"\} [1-9]/);

    await c.sim.control('DELETE', '/nodes/sim-2/faults/rpc/DestroyReplica');
    await c.until(async () => !(await c.simReplicas('sim-2')).includes(uuid), 15_000, 'the replica destroyed');
    await c.until(async () => !(await c.storedSpecs('ReplicaSpec')).has(uuid), 5000, 'its spec deleted');
  });

  it('etcd away for 30 s: operations fail fast with Unavailable; afterwards dirty specs are written and all converges', async () => {
    await restartCore({ FAULTED_CHILD_WAIT_MS: '1000' });
    const uuid = await createPublished('sim-1');
    const victim = (await volume(uuid)).state!.replicas.find((r) => r.node !== 'sim-1')!;
    const spare = c.nodes.find((n) => !(n === 'sim-1' || n === victim.node))!;
    // A replica create in flight when the store goes: its engine answers slowly.
    await c.sim.control('PUT', `/nodes/${spare}/faults/latency`, { ms: 2500 });
    const inFlight = randomUUID();
    const creating = failure(
      c.api.replicas.createReplica({ uuid: inFlight, pool: `${spare}-p0`, size: 4 * MiB, thin: true }),
    );
    await sleep(500);
    await c.etcd.stop();
    const stoppedAt = Date.now();
    try {
      // The engine did the work, the completion could not be written: kept in memory, dirty.
      expect(await creating).toMatchObject({ kind: 'FailedPersist' });
      await c.sim.control('DELETE', `/nodes/${spare}/faults`);
      const started = Date.now();
      const refused = await failure(
        c.api.volumes.createVolume({ uuid: randomUUID(), size: 16 * MiB, replicas: 3, thin: false }),
      );
      expect(refused.kind).toBe('Unavailable');
      expect(await failure(c.api.volumes.unpublishVolume({ uuid }))).toMatchObject({ kind: 'Unavailable' });
      expect(Date.now() - started).toBeLessThan(15_000);
      // Meanwhile a replica's node dies. Its faulted child cannot even be removed now (the
      // engine must record the change in its NexusInfo, in the store): the volume is Degraded.
      await c.sim.control('POST', `/nodes/${victim.node}/crash`);
      await c.until(
        async () => (await volume(uuid)).state?.status === 'VOLUME_STATUS_DEGRADED',
        15_000,
        'the volume Degraded',
      );
      await sleep(Math.max(0, 30_000 - (Date.now() - stoppedAt)));
    } finally {
      await c.etcd.start();
    }
    // The dirty spec is written from memory; the volume heals; new operations work.
    await c.until(
      async () => (await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).get(inFlight)?.status === 'Created',
      20_000,
      'the dirty replica spec written back',
    );
    await waitOnline([uuid], 30_000);
    expect((await volume(uuid)).state!.replicas.map((r) => r.node)).not.toContain(victim.node);
    const created = await c.api.volumes.createVolume({ uuid: randomUUID(), size: 16 * MiB, replicas: 3, thin: false });
    expect(created.state!.status).toBe('VOLUME_STATUS_ONLINE');
    await c.sim.control('POST', `/nodes/${victim.node}/start`);
    await c.until(
      async () => !(await c.storedSpecs('ReplicaSpec')).has(victim.uuid),
      20_000,
      'the lost replica collected',
    );
    await c.api.replicas.destroyReplica({ uuid: inFlight });
    await c.api.volumes.destroyVolume({ uuid: created.uuid });
    await c.api.volumes.destroyVolume({ uuid });
    await noOrphans();
  });
});
