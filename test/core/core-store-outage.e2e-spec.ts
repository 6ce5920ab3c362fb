import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoolSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster } from './core-fixture.js';

describe('core: a spec that could not be persisted is kept dirty and written when the store returns', () => {
  let c: CoreCluster;

  beforeAll(async () => {
    // A long lease, so the core keeps leading through a short store outage.
    c = await CoreCluster.start({ STORE_LEASE_TTL_SECONDS: '30', STORE_TIMEOUT_MS: '1000' });
  });

  afterAll(async () => {
    await c?.dispose();
  });

  it('completes a pool create whose completion write met a stopped etcd', async () => {
    // CreatePool takes 1.5 s: long enough to stop etcd after the intent was written.
    await c.sim.control('PUT', '/nodes/sim-1/faults/latency', { ms: 1500 });
    const creating = c.api.pools.createPool({ node: 'sim-1', id: 'outage', disks: [c.diskOf('sim-1')] }).then(
      () => undefined,
      (error: unknown) => error,
    );
    await c.until(async () => (await c.storedSpecs('PoolSpec')).has('outage'), 1000, 'the intent written');
    expect((await c.storedSpecs<PoolSpec>('PoolSpec')).get('outage')!.status).toBe('Creating');
    await c.etcd.stop();
    try {
      const error = await creating;
      expect(error).toMatchObject({ kind: 'FailedPersist' });
      // The core kept the completed spec in memory.
      expect((await c.api.pools.getPool({ id: 'outage' })).spec!.status).toBe('SPEC_STATUS_CREATED');
    } finally {
      await c.sim.control('PUT', '/nodes/sim-1/faults/latency', { ms: 0 });
      await c.etcd.start();
    }
    await c.until(
      async () => (await c.storedSpecs<PoolSpec>('PoolSpec')).get('outage')?.status === 'Created',
      15_000,
      'the dirty spec written',
    );
    expect(await c.simPools('sim-1')).toEqual(['outage']);
    // The same create is now simply acknowledged.
    expect(
      (await c.api.pools.createPool({ node: 'sim-1', id: 'outage', disks: [c.diskOf('sim-1')] })).spec!.status,
    ).toBe('SPEC_STATUS_CREATED');
  });
});
