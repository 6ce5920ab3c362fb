import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoolSpec, ReplicaSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, failure } from './core-fixture.js';

const MiB = 1024 * 1024;

/** The error a promise rejected with. */
describe('core: pool and replica operations (real etcd, three simulated io-engines)', () => {
  let c: CoreCluster;

  beforeAll(async () => {
    c = await CoreCluster.start();
  });

  afterAll(async () => {
    await c?.dispose();
  });

  it('creates a pool: spec Created in etcd under PoolSpec/<id>, the pool on the engine, its state in the answer', async () => {
    const pool = await c.api.pools.createPool({
      node: 'sim-1',
      id: 'pool-1',
      disks: [c.diskOf('sim-1')],
      labels: { tier: 'fast' },
    });
    expect(pool.spec).toMatchObject({ id: 'pool-1', node: 'sim-1', status: 'SPEC_STATUS_CREATED', operation: null });
    expect(pool.state).toMatchObject({ id: 'pool-1', node: 'sim-1', status: 'POOL_STATUS_ONLINE' });
    expect(pool.state!.capacity).toBeGreaterThan(200 * MiB);

    const raw = await c.store.get(`${c.keys.root}/PoolSpec/pool-1`);
    expect(JSON.parse(raw!.value)).toEqual({
      schemaVersion: 1,
      value: {
        id: 'pool-1',
        node: 'sim-1',
        disks: [c.diskOf('sim-1')],
        labels: { tier: 'fast' },
        status: 'Created',
        operation: null,
      },
    });
    expect(await c.simPools('sim-1')).toEqual(['pool-1']);
    expect((await c.api.pools.listPools({ node: 'sim-1' })).pools.map((p) => p.id)).toEqual(['pool-1']);
  });

  it('makes creates idempotent: the same parameters succeed, other ones fail with AlreadyExists', async () => {
    const again = await c.api.pools.createPool({
      node: 'sim-1',
      id: 'pool-1',
      disks: [c.diskOf('sim-1')],
      labels: { tier: 'fast' },
    });
    expect(again.spec!.status).toBe('SPEC_STATUS_CREATED');
    const other = await failure(
      c.api.pools.createPool({ node: 'sim-1', id: 'pool-1', disks: [c.diskOf('sim-1', 'disk1')] }),
    );
    expect(other).toMatchObject({ kind: 'AlreadyExists' });
    expect(other.cause?.code).toBe(6); // ALREADY_EXISTS
    // A disk already claimed by another pool.
    expect(
      await failure(c.api.pools.createPool({ node: 'sim-1', id: 'pool-x', disks: [c.diskOf('sim-1')] })),
    ).toMatchObject({
      kind: 'AlreadyExists',
    });

    const uuid = randomUUID();
    const request = { uuid, pool: 'pool-1', size: 16 * MiB, thin: true };
    const first = await c.api.replicas.createReplica(request);
    const second = await c.api.replicas.createReplica(request);
    expect(second).toEqual(first);
    expect(await failure(c.api.replicas.createReplica({ ...request, size: 32 * MiB }))).toMatchObject({
      kind: 'AlreadyExists',
    });
    expect(await c.simReplicas('sim-1')).toEqual([uuid]);
    await c.api.replicas.destroyReplica({ uuid });
    expect(await c.simReplicas('sim-1')).toEqual([]);
    expect((await c.storedSpecs('ReplicaSpec')).has(uuid)).toBe(false);
  });

  it('refuses bad requests with InvalidArgument or NotFound, leaving no spec behind', async () => {
    expect(
      await failure(
        c.api.pools.createPool({ node: 'sim-2', id: 'two', disks: [c.diskOf('sim-2'), c.diskOf('sim-2', 'disk1')] }),
      ),
    ).toMatchObject({ kind: 'InvalidArgument' });
    expect(
      await failure(c.api.pools.createPool({ node: 'sim-2', id: 'bad/id', disks: [c.diskOf('sim-2')] })),
    ).toMatchObject({
      kind: 'InvalidArgument',
    });
    expect(await failure(c.api.pools.createPool({ node: 'nowhere', id: 'p', disks: ['/dev/x'] }))).toMatchObject({
      kind: 'NotFound',
    });
    expect(
      await failure(c.api.replicas.createReplica({ uuid: 'not-a-uuid', pool: 'pool-1', size: MiB })),
    ).toMatchObject({
      kind: 'InvalidArgument',
    });
    expect(
      await failure(c.api.replicas.createReplica({ uuid: randomUUID(), pool: 'no-pool', size: MiB })),
    ).toMatchObject({
      kind: 'NotFound',
    });
    // The io-engine refuses: no such disk.
    expect(
      await failure(c.api.pools.createPool({ node: 'sim-2', id: 'ghost', disks: ['/nonexistent/disk.img'] })),
    ).toMatchObject({ kind: 'InvalidArgument' });
    // The io-engine refuses: no room left in a full pool.
    await c.sim.control('PUT', '/nodes/sim-1/pools/pool-1/full');
    try {
      const thick = { uuid: randomUUID(), pool: 'pool-1', size: 8 * MiB, thin: false };
      expect(await failure(c.api.replicas.createReplica(thick))).toMatchObject({ kind: 'ResourceExhausted' });
    } finally {
      await c.sim.control('DELETE', '/nodes/sim-1/pools/pool-1/full');
    }
    // The refusal makes the core fetch sim-1 again: it sees the room given back (the
    // tests after this place replicas by the core's view of the pool).
    await c.until(
      async () => {
        const state = (await c.api.pools.getPool({ id: 'pool-1' })).state!;
        return state.used < state.capacity / 2;
      },
      5000,
      "the core's view of pool-1 with its room back",
    );
    const pools = await c.storedSpecs<PoolSpec>('PoolSpec');
    expect([...pools.keys()]).toEqual(['pool-1']);
    expect((await c.storedSpecs('ReplicaSpec')).size).toBe(0);
    expect(await c.simPools('sim-2')).toEqual([]);
  });

  it('shares a replica over NVMf to the allowed hosts only, and unshares it', async () => {
    const uuid = randomUUID();
    await c.api.replicas.createReplica({ uuid, pool: 'pool-1', size: 8 * MiB, thin: false });
    const host = 'nqn.2019-05.io.openebs:node-name:sim-2';
    const shared = await c.api.replicas.shareReplica({ uuid, allowed_hosts: [host] });
    expect(shared.spec).toMatchObject({ share: 'PROTOCOL_NVMF', allowed_hosts: [host], operation: null });
    expect(shared.state!.uri).toMatch(/^nvmf\+tcp:\/\/127\.0\.0\.1:\d+\/nqn\.2019-05\.io\.openebs:/);
    const onEngine = (await c.engine('sim-1').listReplicas({ uuid: { value: uuid } })).replicas[0]!;
    expect(onEngine).toMatchObject({ share: 'NVMF', allowed_hosts: [host] });
    const stored = (await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).get(uuid)!;
    expect(stored).toMatchObject({ share: 'nvmf', allowedHosts: [host], status: 'Created', operation: null });

    const unshared = await c.api.replicas.unshareReplica({ uuid });
    expect(unshared.spec!.share).toBe('PROTOCOL_NONE');
    expect((await c.engine('sim-1').listReplicas({ uuid: { value: uuid } })).replicas[0]!.share).toBe('NONE');
    await c.api.replicas.destroyReplica({ uuid });
  });

  it('records owners, and destroys an owned replica only when told to disown it', async () => {
    const uuid = randomUUID();
    const volume = randomUUID();
    // The owner must exist: a replica whose volume is gone is collected as an orphan.
    await c.api.volumes.createVolume({ uuid: volume, size: 4 * MiB, replicas: 1, thin: true });
    const created = await c.api.replicas.createReplica({
      uuid,
      pool: 'pool-1',
      size: 4 * MiB,
      thin: true,
      owners: { volume, nexuses: [] },
    });
    expect(created.spec!.owners).toMatchObject({ volume, nexuses: [] });
    expect((await c.engine('sim-1').listReplicas({ uuid: { value: uuid } })).replicas[0]!.entity_id).toBe(volume);
    expect(await failure(c.api.replicas.destroyReplica({ uuid }))).toMatchObject({ kind: 'InUse' });
    await c.api.replicas.destroyReplica({ uuid, disown_all: true });
    expect(await c.simReplicas('sim-1')).not.toContain(uuid);
    await c.api.volumes.destroyVolume({ uuid: volume });
    expect(await c.simReplicas('sim-1')).toEqual([]);
  });

  it('refuses to destroy a pool while a replica lives on it (InUse), then destroys it', async () => {
    const uuid = randomUUID();
    await c.api.replicas.createReplica({ uuid, pool: 'pool-1', size: 4 * MiB, thin: true });
    const refused = await failure(c.api.pools.destroyPool({ id: 'pool-1' }));
    expect(refused).toMatchObject({ kind: 'InUse', details: { resource: 'Pool', id: 'pool-1' } });
    expect(refused.cause?.code).toBe(9); // FAILED_PRECONDITION
    expect(await c.simPools('sim-1')).toEqual(['pool-1']);
    expect((await c.storedSpecs<PoolSpec>('PoolSpec')).get('pool-1')!.status).toBe('Created');

    await c.api.replicas.destroyReplica({ uuid });
    await c.api.pools.destroyPool({ id: 'pool-1' });
    expect(await c.simPools('sim-1')).toEqual([]);
    expect((await c.storedSpecs('PoolSpec')).size).toBe(0);
    expect(await failure(c.api.pools.getPool({ id: 'pool-1' }))).toMatchObject({ kind: 'NotFound' });
  });

  it('answers Conflict to a second operation on a busy resource, after a short wait', async () => {
    // Every call to sim-2 now takes 2.5 s, longer than the 1 s the guard waits.
    await c.sim.control('PUT', '/nodes/sim-2/faults/latency', { ms: 2500 });
    try {
      const request = { node: 'sim-2', id: 'busy-pool', disks: [c.diskOf('sim-2')] };
      const first = c.api.pools.createPool(request);
      await new Promise((r) => setTimeout(r, 200));
      const t0 = Date.now();
      const second = await failure(c.api.pools.createPool(request));
      const waited = Date.now() - t0;
      expect(second).toMatchObject({ kind: 'Conflict' });
      expect(second.cause?.code).toBe(10); // ABORTED
      expect(waited).toBeGreaterThanOrEqual(900);
      expect(waited).toBeLessThan(2300);
      expect((await first).spec!.status).toBe('SPEC_STATUS_CREATED');
      // Another resource is not held up by the busy one.
      const other = await c.api.pools.createPool({ node: 'sim-3', id: 'free-pool', disks: [c.diskOf('sim-3')] });
      expect(other.spec!.status).toBe('SPEC_STATUS_CREATED');
    } finally {
      await c.sim.control('PUT', '/nodes/sim-2/faults/latency', { ms: 0 });
    }
  });

  it('undoes a create whose reply was lost after the io-engine did it: nothing left in etcd or on the engine', async () => {
    // The engine creates the replica, then the reply fails: the core cannot tell it was made.
    await c.sim.control('PUT', '/nodes/sim-2/faults/rpc/CreateReplica', { code: 'INTERNAL', count: 1, after: true });
    const uuid = randomUUID();
    expect(
      await failure(c.api.replicas.createReplica({ uuid, pool: 'busy-pool', size: 4 * MiB, thin: true })),
    ).toMatchObject({ kind: 'Internal' });
    await c.until(async () => !(await c.storedSpecs('ReplicaSpec')).has(uuid), 5000, 'the spec collected');
    expect(await c.simReplicas('sim-2')).toEqual([]);
    // And the next try works.
    await c.api.replicas.createReplica({ uuid, pool: 'busy-pool', size: 4 * MiB, thin: true });
    await c.api.replicas.destroyReplica({ uuid });
  });

  it('keeps a share whose reply was lost in flight, and recovery applies it', async () => {
    const uuid = randomUUID();
    await c.api.replicas.createReplica({ uuid, pool: 'busy-pool', size: 4 * MiB, thin: true });
    await c.sim.control('PUT', '/nodes/sim-2/faults/rpc/ShareReplica', { code: 'UNAVAILABLE', count: 1, after: true });
    const host = 'nqn.2019-05.io.openebs:node-name:sim-3';
    const shareFailure = await failure(c.api.replicas.shareReplica({ uuid, allowed_hosts: [host] }));
    expect(shareFailure).toMatchObject({ kind: 'Unavailable' });
    // Not refused, so not dropped: the intent stays, and recovery (every second here) completes it.
    await c.until(
      async () => {
        const spec = (await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).get(uuid)!;
        return spec.share === 'nvmf' && spec.operation === null;
      },
      5000,
      'the share applied by recovery',
    );
    expect((await c.engine('sim-2').listReplicas({ uuid: { value: uuid } })).replicas[0]).toMatchObject({
      share: 'NVMF',
      allowed_hosts: [host],
    });
    // Applying it finished the reconcile: it is not reported as a failure to retry.
    expect(c.core.lines.filter((l) => l.msg === 'reconcile failed; retrying later' && l.key === uuid)).toEqual([]);
    // A share the engine refuses is dropped at once, the spec unchanged.
    await c.sim.control('PUT', '/nodes/sim-2/faults/rpc/UnshareReplica', { code: 'FAILED_PRECONDITION', count: 1 });
    expect(await failure(c.api.replicas.unshareReplica({ uuid }))).toMatchObject({ kind: 'FailedPrecondition' });
    expect((await c.storedSpecs<ReplicaSpec>('ReplicaSpec')).get(uuid)).toMatchObject({
      share: 'nvmf',
      operation: null,
    });
    await c.api.replicas.destroyReplica({ uuid });
  });

  it('fails a create on an offline node with Unavailable; records a destroy there and finishes it when the node returns', async () => {
    await c.sim.control('PUT', '/nodes/sim-3/faults/partition');
    try {
      await c.waitForNodes('NODE_STATUS_OFFLINE', ['sim-3'], 12_000);
      const refused = await failure(
        c.api.pools.createPool({ node: 'sim-3', id: 'late', disks: [c.diskOf('sim-3', 'disk1')] }),
      );
      expect(refused).toMatchObject({ kind: 'Unavailable' });
      expect(refused.cause?.code).toBe(14);
      expect((await c.storedSpecs('PoolSpec')).has('late')).toBe(false);

      await c.api.pools.destroyPool({ id: 'free-pool' });
      const pending = (await c.storedSpecs<PoolSpec>('PoolSpec')).get('free-pool')!;
      expect(pending).toMatchObject({ status: 'Deleting', operation: { kind: 'Destroy', result: null } });
      // Replicas cannot be made on a pool being deleted.
      expect(
        await failure(c.api.replicas.createReplica({ uuid: randomUUID(), pool: 'free-pool', size: MiB })),
      ).toMatchObject({
        kind: 'FailedPrecondition',
      });
    } finally {
      await c.sim.control('DELETE', '/nodes/sim-3/faults/partition');
    }
    await c.waitForNodes('NODE_STATUS_ONLINE', ['sim-3'], 5000);
    await c.until(async () => !(await c.storedSpecs('PoolSpec')).has('free-pool'), 10_000, 'the destroy finished');
    expect(await c.simPools('sim-3')).toEqual([]);
  });
});
