import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULER_LIMITS,
  describeShortfall,
  placeReplicas,
  scorePool,
  type NodeCandidate,
  type PlacementRequest,
  type PoolCandidate,
  type UsedPlace,
} from './scheduler.js';

const GiB = 1024 ** 3;

const node = (id: string, extra: Partial<NodeCandidate> = {}): NodeCandidate => ({
  id,
  online: true,
  cordoned: false,
  labels: {},
  ...extra,
});

const pool = (id: string, nodeId: string, extra: Partial<PoolCandidate> = {}): PoolCandidate => ({
  id,
  node: nodeId,
  status: 'Online',
  capacity: 100 * GiB,
  used: 0,
  committed: 0,
  labels: {},
  replicas: 0,
  ...extra,
});

const request = (extra: Partial<PlacementRequest> = {}): PlacementRequest => ({
  size: 10 * GiB,
  thin: false,
  count: 1,
  topology: null,
  used: [],
  groupReplicasByNode: new Map(),
  initial: true,
  ...extra,
});

const nodes3 = [node('n1'), node('n2'), node('n3')];

/** A replica of the volume already on `nodeId`, in a pool with these labels. */
const at = (nodeId: string, poolLabels: Record<string, string> = {}): UsedPlace => ({ node: nodeId, poolLabels });

describe('placeReplicas: filters', () => {
  const cases: {
    name: string;
    pools: PoolCandidate[];
    nodes?: NodeCandidate[];
    request?: Partial<PlacementRequest>;
    chosen: string[];
    rejected?: Record<string, number>;
  }[] = [
    {
      name: 'one replica per node, three nodes',
      pools: [pool('a', 'n1'), pool('b', 'n1'), pool('c', 'n2'), pool('d', 'n3')],
      request: { count: 3 },
      chosen: ['a', 'c', 'd'],
    },
    {
      name: 'an offline node and a cordoned node are skipped',
      pools: [pool('a', 'n1'), pool('b', 'n2'), pool('c', 'n3')],
      nodes: [node('n1', { online: false }), node('n2', { cordoned: true }), node('n3')],
      request: { count: 3 },
      chosen: ['c'],
      rejected: { 'node offline': 1, 'node cordoned': 1, 'node already holds a replica of the volume': 1 },
    },
    {
      name: 'nodes already holding a replica are skipped',
      pools: [pool('a', 'n1'), pool('b', 'n2'), pool('c', 'n3')],
      request: { used: [at('n1'), at('n2')] },
      chosen: ['c'],
      rejected: { 'node already holds a replica of the volume': 2 },
    },
    {
      name: 'a pool that is not online is skipped',
      pools: [pool('a', 'n1', { status: 'Faulted' }), pool('b', 'n2')],
      chosen: ['b'],
      rejected: { 'pool not online': 1 },
    },
    {
      name: 'thick: needs the whole size free',
      pools: [pool('a', 'n1', { used: 95 * GiB }), pool('b', 'n2', { used: 90 * GiB })],
      request: { size: 10 * GiB, count: 2 },
      chosen: ['b'],
      rejected: { 'not enough free space': 1, 'node already holds a replica of the volume': 1 },
    },
    {
      name: 'thin: needs 40 % of the size free (initial commitment)',
      pools: [pool('a', 'n1', { used: 97 * GiB }), pool('b', 'n2', { used: 96 * GiB })],
      request: { size: 10 * GiB, thin: true, count: 2 },
      chosen: ['b'],
      rejected: { 'not enough free space': 1, 'node already holds a replica of the volume': 1 },
    },
    {
      name: 'thin: the pool over-commit limit (250 %) is honoured',
      pools: [pool('a', 'n1', { committed: 245 * GiB }), pool('b', 'n2', { committed: 240 * GiB })],
      request: { size: 10 * GiB, thin: true, count: 2 },
      chosen: ['b'],
      rejected: { 'pool over-commit limit reached': 1, 'node already holds a replica of the volume': 1 },
    },
    {
      name: 'node affinity and node has-key',
      pools: [pool('a', 'n1'), pool('b', 'n2'), pool('c', 'n3')],
      nodes: [
        node('n1', { labels: { zone: 'a', ssd: 'yes' } }),
        node('n2', { labels: { zone: 'b', ssd: 'yes' } }),
        node('n3', { labels: { zone: 'a' } }),
      ],
      request: { count: 3, topology: { nodeAffinity: { zone: 'a' }, nodeHasKeys: ['ssd'] } },
      chosen: ['a'],
      rejected: { 'node labels do not match': 2, 'node already holds a replica of the volume': 1 },
    },
    {
      name: 'pool affinity and pool has-key',
      pools: [
        pool('a', 'n1', { labels: { tier: 'fast' } }),
        pool('b', 'n2', { labels: { tier: 'slow' } }),
        pool('c', 'n3', { labels: {} }),
      ],
      request: { count: 3, topology: { poolAffinity: { tier: 'fast' } } },
      chosen: ['a'],
      rejected: { 'pool labels do not match': 2, 'node already holds a replica of the volume': 1 },
    },
    {
      name: 'spread key: one replica per zone',
      pools: [pool('a', 'n1'), pool('b', 'n2'), pool('c', 'n3')],
      nodes: [
        node('n1', { labels: { zone: 'z1' } }),
        node('n2', { labels: { zone: 'z1' } }),
        node('n3', { labels: { zone: 'z2' } }),
      ],
      request: { count: 3, topology: { spreadKeys: ['zone'] } },
      chosen: ['a', 'c'],
    },
    {
      name: 'spread key: a zone already used by the volume is excluded',
      pools: [pool('b', 'n2'), pool('c', 'n3')],
      nodes: [
        node('n1', { labels: { zone: 'z1' } }),
        node('n2', { labels: { zone: 'z1' } }),
        node('n3', { labels: { zone: 'z2' } }),
      ],
      request: { used: [at('n1')], topology: { spreadKeys: ['zone'] } },
      chosen: ['c'],
      rejected: { 'spread key value already used': 1 },
    },
    {
      name: 'explicit topology: only the allowed nodes',
      pools: [pool('a', 'n1'), pool('b', 'n2', { used: 50 * GiB }), pool('c', 'n3', { used: 60 * GiB })],
      request: { count: 3, topology: { allowedNodes: ['n2', 'n3'] } },
      chosen: ['b', 'c'],
      rejected: { 'node not in the allowed nodes': 1, 'node already holds a replica of the volume': 2 },
    },
    {
      name: 'node affinity key: a node without the label is not a candidate',
      pools: [pool('a', 'n1'), pool('b', 'n2')],
      nodes: [node('n1', { labels: { zone: 'z1' } }), node('n2')],
      request: { count: 2, topology: { nodeAffinityKeys: ['zone'] } },
      chosen: ['a'],
      rejected: { 'node labels do not match': 1, 'node already holds a replica of the volume': 1 },
    },
    {
      name: "node affinity key: the volume's replicas fix the value",
      pools: [pool('a', 'n1'), pool('b', 'n2', { used: 90 * GiB })],
      nodes: [
        node('n1', { labels: { zone: 'z1' } }),
        node('n2', { labels: { zone: 'z2' } }),
        node('n3', { labels: { zone: 'z2' } }),
      ],
      request: { used: [at('n3')], topology: { nodeAffinityKeys: ['zone'] } },
      chosen: ['b'],
      rejected: { 'affinity key value differs': 1 },
    },
    {
      name: 'pool spread key: one replica per rack, on the pool labels',
      pools: [
        pool('a', 'n1', { labels: { rack: 'r1' } }),
        pool('b', 'n2', { labels: { rack: 'r1' } }),
        pool('c', 'n3', { labels: { rack: 'r2' } }),
      ],
      request: { count: 3, topology: { poolSpreadKeys: ['rack'] } },
      chosen: ['a', 'c'],
      rejected: { 'spread key value already used': 1, 'node already holds a replica of the volume': 2 },
    },
    {
      name: 'pool affinity key: every replica on pools with the same value',
      pools: [
        pool('a', 'n1', { labels: { class: 'x' } }),
        pool('b', 'n2', { labels: { class: 'y' }, used: 50 * GiB }),
        pool('c', 'n3', { labels: { class: 'y' }, used: 50 * GiB }),
      ],
      request: { count: 2, topology: { poolAffinityKeys: ['class'] } },
      chosen: ['b', 'c'],
    },
    {
      name: "pool affinity key: a replica's pool fixes the value, though that pool is not a candidate",
      pools: [pool('a', 'n1', { labels: { class: 'x' } }), pool('b', 'n2', { labels: { class: 'y' }, used: 90 * GiB })],
      request: { used: [at('n3', { class: 'y' })], topology: { poolAffinityKeys: ['class'] } },
      chosen: ['b'],
      rejected: { 'affinity key value differs': 1 },
    },
  ];
  const zones = [
    node('n1', { labels: { zone: 'z1' } }),
    node('n2', { labels: { zone: 'z1' } }),
    node('n3', { labels: { zone: 'z2' } }),
    node('n4', { labels: { zone: 'z2' } }),
    node('n5', { labels: { zone: 'z2' } }),
  ];
  // n1 has the most free space, so a greedy choice would pin the volume to z1.
  const zonePools = [
    pool('a', 'n1'),
    pool('b', 'n2', { used: 10 * GiB }),
    pool('c', 'n3', { used: 20 * GiB }),
    pool('d', 'n4', { used: 20 * GiB }),
    pool('e', 'n5', { used: 20 * GiB }),
  ];
  it('node affinity key: the best candidate picks the zone when the zone takes every replica', () => {
    const two = placeReplicas(request({ count: 2, topology: { nodeAffinityKeys: ['zone'] } }), zonePools, zones);
    expect(two.chosen.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('node affinity key: zones smaller than the volume are skipped, however many rank first', () => {
    // 40 one-node zones with the most room, then one two-node zone with the least.
    const nodes = [
      ...Array.from({ length: 40 }, (_, i) => node(`s${i}`, { labels: { zone: `single-${i}` } })),
      node('p1', { labels: { zone: 'pair' } }),
      node('p2', { labels: { zone: 'pair' } }),
    ];
    const pools = [
      ...Array.from({ length: 40 }, (_, i) => pool(`a${String(i).padStart(2, '0')}`, `s${i}`)),
      pool('x1', 'p1', { used: 50 * GiB }),
      pool('x2', 'p2', { used: 50 * GiB }),
    ];
    const placement = placeReplicas(request({ count: 2, topology: { nodeAffinityKeys: ['zone'] } }), pools, nodes);
    expect(placement.chosen.map((p) => p.id)).toEqual(['x1', 'x2']);
    // A key unique to every node cannot hold two replicas (one per node): one is placed.
    const unique = placeReplicas(
      request({ count: 2, topology: { nodeAffinityKeys: ['zone'] } }),
      pools.slice(0, 40),
      nodes,
    );
    expect(unique.chosen).toHaveLength(1);
  });

  it('node affinity key: a zone too small for the volume is passed over for one that takes it all', () => {
    const three = placeReplicas(request({ count: 3, topology: { nodeAffinityKeys: ['zone'] } }), zonePools, zones);
    expect(three.chosen.map((p) => p.id)).toEqual(['c', 'd', 'e']);
    // With no zone large enough, the placement that goes furthest is reported.
    const four = placeReplicas(request({ count: 4, topology: { nodeAffinityKeys: ['zone'] } }), zonePools, zones);
    expect(four.chosen.map((p) => p.id)).toEqual(['c', 'd', 'e']);
    expect(describeShortfall(four, 4)).toContain('3 of 4 replicas could be placed');
    expect(four.rejected.get('affinity key value differs')).toBe(2);
  });
  it('thin: a replacement uses the volume commitment, a new volume the initial one', () => {
    const limits = { poolOvercommitPercent: 250, volumeCommitmentPercent: 10, volumeCommitmentInitialPercent: 60 };
    // 5 GiB free: enough for 10 % of 10 GiB, not for 60 %.
    const pools = [pool('a', 'n1', { used: 95 * GiB })];
    expect(placeReplicas(request({ thin: true, initial: false }), pools, nodes3, limits).chosen).toHaveLength(1);
    expect(placeReplicas(request({ thin: true, initial: true }), pools, nodes3, limits).chosen).toHaveLength(0);
  });

  it('spread key: a node without the label is not a candidate', () => {
    const placement = placeReplicas(
      request({ count: 2, topology: { spreadKeys: ['zone'] } }),
      [pool('a', 'n1'), pool('b', 'n2')],
      [node('n1', { labels: { zone: 'z1' } }), node('n2')],
    );
    expect(placement.chosen.map((p) => p.id)).toEqual(['a']);
    expect(placement.rejected.get('node labels do not match')).toBe(1);
  });

  for (const c of cases) {
    it(c.name, () => {
      const placement = placeReplicas(request(c.request), c.pools, c.nodes ?? nodes3);
      expect(placement.chosen.map((p) => p.id)).toEqual(c.chosen);
      if (c.rejected) expect(Object.fromEntries(placement.rejected)).toEqual(c.rejected);
    });
  }
});

describe('placeReplicas: ranking', () => {
  const cases: { name: string; pools: PoolCandidate[]; request?: Partial<PlacementRequest>; chosen: string[] }[] = [
    {
      name: 'more free space wins',
      pools: [pool('a', 'n1', { used: 50 * GiB }), pool('b', 'n2', { used: 10 * GiB })],
      chosen: ['b'],
    },
    {
      name: 'with equal free space, more headroom under the over-commit limit wins',
      pools: [pool('a', 'n1', { committed: 200 * GiB }), pool('b', 'n2', { committed: 20 * GiB })],
      chosen: ['b'],
    },
    {
      name: 'with equal space, fewer replicas wins',
      pools: [pool('a', 'n1', { replicas: 9 }), pool('b', 'n2', { replicas: 1 })],
      chosen: ['b'],
    },
    {
      name: 'explicit topology: a preferred node comes before a better score',
      pools: [pool('a', 'n1'), pool('b', 'n2', { used: 60 * GiB })],
      request: { topology: { preferredNodes: ['n2'] } },
      chosen: ['b'],
    },
    {
      name: 'explicit topology: the affinity group still comes before a preferred node',
      pools: [pool('a', 'n1'), pool('b', 'n2')],
      request: { topology: { preferredNodes: ['n2'] }, groupReplicasByNode: new Map([['n2', 1]]) },
      chosen: ['a'],
    },
    {
      name: 'equal candidates: by pool id',
      pools: [pool('b', 'n2'), pool('a', 'n1')],
      chosen: ['a'],
    },
    {
      name: 'affinity group: a node without the group comes first, whatever its score',
      pools: [pool('a', 'n1'), pool('b', 'n2', { used: 80 * GiB })],
      request: { groupReplicasByNode: new Map([['n1', 1]]) },
      chosen: ['b'],
    },
    {
      name: 'affinity group: when every node has the group, fewest first, then score',
      pools: [pool('a', 'n1'), pool('b', 'n2'), pool('c', 'n3', { used: 50 * GiB })],
      request: {
        count: 2,
        groupReplicasByNode: new Map([
          ['n1', 2],
          ['n2', 1],
          ['n3', 1],
        ]),
      },
      chosen: ['b', 'c'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(placeReplicas(request(c.request), c.pools, nodes3).chosen.map((p) => p.id)).toEqual(c.chosen);
    });
  }

  it('scores from 0 to 100 as documented', () => {
    expect(scorePool(pool('a', 'n1'), 0, DEFAULT_SCHEDULER_LIMITS)).toBe(100);
    // Half used, committed at half the over-commit limit, as many replicas as the most loaded.
    const half = pool('a', 'n1', { used: 50 * GiB, committed: 125 * GiB, replicas: 4 });
    expect(scorePool(half, 4, DEFAULT_SCHEDULER_LIMITS)).toBeCloseTo(40 * 0.5 + 30 * 0.5 + 0);
  });

  it('explains a shortfall with counts per reason', () => {
    const placement = placeReplicas(
      request({ count: 3 }),
      [pool('a', 'n1'), pool('b', 'n2'), pool('c', 'n3')],
      [node('n1'), node('n2', { online: false }), node('n3', { online: false })],
    );
    expect(describeShortfall(placement, 3)).toBe(
      '1 of 3 replicas could be placed (2 pools: node offline; 1 pool: node already holds a replica of the volume)',
    );
  });
});
