import { describe, expect, it } from 'vitest';
import { encodeVersioned, StoreKeys, type KeyValue, type Store } from '@mayastor/pstor';
import type { LeaderService } from '../leader/leader.service.js';
import { SpecStore } from './spec-store.service.js';
import { SPEC_SCHEMA_VERSION, type ReplicaSpec } from './spec.types.js';

/**
 * The SpecStore's replica indexes (by volume, count by pool, being created) must
 * follow every change, including a write the store refuses (memory restored).
 * The store and the leader lock are fakes: this is about memory, not etcd.
 */
describe('SpecStore replica indexes', () => {
  let refuse = false;
  const lock = {
    txn: () =>
      refuse ? Promise.reject(new Error('etcd away')) : Promise.resolve({ succeeded: true, revision: 1, results: [] }),
  };
  const leader = { leaderLock: lock } as unknown as LeaderService;
  const specs = new SpecStore({} as Store, new StoreKeys('test', 'default'), leader);

  const replica = (uuid: string, pool: string, extra: Partial<ReplicaSpec> = {}): ReplicaSpec => ({
    uuid,
    name: uuid,
    pool,
    node: `node-of-${pool}`,
    size: 1,
    thin: true,
    share: 'none',
    allowedHosts: [],
    owners: { volume: 'v1', nexuses: [] },
    managed: true,
    status: 'Creating',
    operation: { kind: 'Create', result: null },
    ...extra,
  });
  const put = (r: ReplicaSpec) => specs.commit([{ kind: 'ReplicaSpec', id: r.uuid, value: r }]);
  const creating = () =>
    specs
      .creatingReplicas()
      .map((r) => r.uuid)
      .sort();

  it('counts replicas per pool, tracks those being created, and lists a volume’s replicas', async () => {
    await put(replica('r1', 'p1'));
    await put(replica('r2', 'p1'));
    await put(replica('r3', 'p2', { owners: { volume: 'v2', nexuses: [] } }));
    expect([specs.replicaCount('p1'), specs.replicaCount('p2'), specs.replicaCount('p3')]).toEqual([2, 1, 0]);
    expect(creating()).toEqual(['r1', 'r2', 'r3']);
    expect(specs.replicasOfVolume('v1').map((r) => r.uuid)).toEqual(['r1', 'r2']);

    // Created: no longer creating; disowned: no longer the volume's; still on its pool.
    await put(replica('r1', 'p1', { status: 'Created', operation: null, owners: { volume: null, nexuses: [] } }));
    expect(creating()).toEqual(['r2', 'r3']);
    expect(specs.replicasOfVolume('v1').map((r) => r.uuid)).toEqual(['r2']);
    expect(specs.replicaCount('p1')).toBe(2);

    await specs.commit([{ kind: 'ReplicaSpec', id: 'r2', value: null }]);
    expect(specs.replicaCount('p1')).toBe(1);
    expect(creating()).toEqual(['r3']);
    expect(specs.replicasOfVolume('v1')).toEqual([]);
  });

  it('restores the indexes when the store refuses a change', async () => {
    refuse = true;
    try {
      await expect(put(replica('r4', 'p2'))).rejects.toMatchObject({ kind: 'Unavailable' });
      await expect(specs.commit([{ kind: 'ReplicaSpec', id: 'r3', value: null }])).rejects.toMatchObject({
        kind: 'Unavailable',
      });
    } finally {
      refuse = false;
    }
    expect(specs.replicaCount('p2')).toBe(1);
    expect(creating()).toEqual(['r3']);
    expect(specs.replicasOfVolume('v2').map((r) => r.uuid)).toEqual(['r3']);
  });

  it('rebuilds the indexes on load, skipping a replica spec it cannot read', async () => {
    const keys = new StoreKeys('test', 'default');
    const stored = [
      replica('r1', 'p1'),
      replica('r2', 'p1', { status: 'Created', operation: null }),
      { ...replica('bad', 'p1'), owners: undefined },
    ];
    const store = {
      async *list(prefix: string): AsyncIterable<KeyValue> {
        if (prefix !== keys.kind('ReplicaSpec')) return;
        for (const r of stored) {
          yield { key: keys.spec('ReplicaSpec', r.uuid), value: encodeVersioned(SPEC_SCHEMA_VERSION, r) } as KeyValue;
        }
      },
    } as unknown as Store;
    const loaded = new SpecStore(store, keys, leader);
    await loaded.load();
    expect(loaded.get('ReplicaSpec', 'bad')).toBeUndefined();
    expect(loaded.replicaCount('p1')).toBe(2);
    expect(loaded.creatingReplicas().map((r) => r.uuid)).toEqual(['r1']);
    expect(loaded.replicasOfVolume('v1').map((r) => r.uuid)).toEqual(['r1', 'r2']);
  });
});
