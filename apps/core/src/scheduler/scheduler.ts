import type { ResourceStatus } from '../registry/node-state.js';
import type { Labels, VolumeTopology } from '../specs/spec.types.js';

/**
 * Replica placement: which pools get the replicas of a volume. Pure functions of
 * their inputs (pools, nodes, the request, the limits), so that every rule is
 * unit-tested with tables of cases (scheduler.spec.ts). The same filters choose
 * replacement replicas later (`initial: false`).
 *
 * Filters (a pool failing any is not a candidate; the reasons are counted):
 * - its node is online, not cordoned, and holds no replica of the volume yet;
 * - node labels: the topology's node affinity (key=value) and "has key" filters;
 * - spread: no two replicas on nodes with the same value of a spread key label;
 * - the pool is online; pool labels: pool affinity (key=value) and "has key";
 * - room: a thick replica needs `size` free bytes. A thin one needs
 *   `size × volume commitment %` free bytes (the initial commitment for a new
 *   volume), and the pool's committed bytes plus `size` may not exceed
 *   `capacity × pool over-commit %`.
 *
 * Ranking of the candidates, best first:
 * 1. fewest replicas of the volume's affinity group on the pool's node (the
 *    group's volumes spread apart wherever they can);
 * 2. highest score, 0 to 100:
 *    `40 × free/capacity + 30 × (1 − committed/(capacity × over-commit))
 *     + 30 × (1 − replicas/most replicas on any candidate)`,
 *    i.e. free space first, then headroom under the over-commit limit, then
 *    fewest replicas;
 * 3. pool id, so that equal candidates are chosen in a stable order.
 * Replicas are placed one at a time: after each choice its node is excluded and
 * its spread values are taken.
 */

export interface SchedulerLimits {
  /** Committed bytes of a pool may reach capacity × this / 100. Defaults to 250. */
  readonly poolOvercommitPercent: number;
  /** A thin replacement replica needs size × this / 100 free bytes. Defaults to 40. */
  readonly volumeCommitmentPercent: number;
  /** A thin replica of a new volume needs size × this / 100 free bytes. Defaults to 40. */
  readonly volumeCommitmentInitialPercent: number;
}

export const DEFAULT_SCHEDULER_LIMITS: SchedulerLimits = {
  poolOvercommitPercent: 250,
  volumeCommitmentPercent: 40,
  volumeCommitmentInitialPercent: 40,
};

export interface PoolCandidate {
  readonly id: string;
  readonly node: string;
  readonly status: ResourceStatus;
  readonly capacity: number;
  readonly used: number;
  readonly committed: number;
  readonly labels: Labels;
  /** Replicas on the pool now. */
  readonly replicas: number;
}

export interface NodeCandidate {
  readonly id: string;
  readonly online: boolean;
  readonly cordoned: boolean;
  readonly labels: Labels;
}

export interface PlacementRequest {
  readonly size: number;
  readonly thin: boolean;
  /** How many replicas to place. */
  readonly count: number;
  readonly topology: VolumeTopology | null;
  /** Nodes that already hold a replica of the volume. */
  readonly usedNodes: readonly string[];
  /** Replicas of the other volumes of the volume's affinity group, per node. */
  readonly groupReplicasByNode: ReadonlyMap<string, number>;
  /** A new volume (initial commitment) or a replacement replica. */
  readonly initial: boolean;
}

export type RejectReason =
  | 'node offline'
  | 'node cordoned'
  | 'node already holds a replica of the volume'
  | 'node labels do not match'
  | 'spread key value already used'
  | 'pool not online'
  | 'pool labels do not match'
  | 'not enough free space'
  | 'pool over-commit limit reached';

export interface Placement {
  /** The chosen pools, in order of choice (at most `count`). */
  readonly chosen: readonly PoolCandidate[];
  /**
   * Why pools were not taken: reason -> number of pools. When the placement fell
   * short, those of the round that found no pool (so the pools already chosen
   * count as "node already holds a replica"); else those of the first round.
   */
  readonly rejected: ReadonlyMap<RejectReason, number>;
}

function matches(labels: Labels, affinity: Labels | undefined, hasKeys: readonly string[] | undefined): boolean {
  for (const [key, value] of Object.entries(affinity ?? {})) if (labels[key] !== value) return false;
  for (const key of hasKeys ?? []) if (!(key in labels)) return false;
  return true;
}

/** Why a pool cannot take the replica, or undefined if it can. */
export function rejectPool(
  pool: PoolCandidate,
  node: NodeCandidate | undefined,
  request: PlacementRequest,
  takenNodes: ReadonlySet<string>,
  takenSpread: ReadonlyMap<string, ReadonlySet<string>>,
  limits: SchedulerLimits,
): RejectReason | undefined {
  const topology = request.topology;
  if (!node?.online) return 'node offline';
  if (node.cordoned) return 'node cordoned';
  if (takenNodes.has(node.id)) return 'node already holds a replica of the volume';
  if (!matches(node.labels, topology?.nodeAffinity, topology?.nodeHasKeys)) return 'node labels do not match';
  for (const key of topology?.spreadKeys ?? []) {
    const value = node.labels[key];
    if (value === undefined) return 'node labels do not match';
    if (takenSpread.get(key)?.has(value)) return 'spread key value already used';
  }
  if (pool.status !== 'Online') return 'pool not online';
  if (!matches(pool.labels, topology?.poolAffinity, topology?.poolHasKeys)) return 'pool labels do not match';
  const free = pool.capacity - pool.used;
  if (!request.thin) return free >= request.size ? undefined : 'not enough free space';
  const commitment = request.initial ? limits.volumeCommitmentInitialPercent : limits.volumeCommitmentPercent;
  if (free < (request.size * commitment) / 100) return 'not enough free space';
  if (pool.committed + request.size > (pool.capacity * limits.poolOvercommitPercent) / 100) {
    return 'pool over-commit limit reached';
  }
  return undefined;
}

/** The score of a candidate (0 to 100, higher is better); see the module comment. */
export function scorePool(pool: PoolCandidate, mostReplicas: number, limits: SchedulerLimits): number {
  if (pool.capacity <= 0) return 0;
  const free = Math.max(0, pool.capacity - pool.used) / pool.capacity;
  const headroom = 1 - Math.min(1, pool.committed / ((pool.capacity * limits.poolOvercommitPercent) / 100));
  const fewReplicas = mostReplicas > 0 ? 1 - pool.replicas / mostReplicas : 1;
  return 40 * free + 30 * headroom + 30 * fewReplicas;
}

export function placeReplicas(
  request: PlacementRequest,
  pools: readonly PoolCandidate[],
  nodes: readonly NodeCandidate[],
  limits: SchedulerLimits = DEFAULT_SCHEDULER_LIMITS,
): Placement {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const takenNodes = new Set(request.usedNodes);
  const takenSpread = new Map<string, Set<string>>();
  for (const key of request.topology?.spreadKeys ?? []) {
    takenSpread.set(
      key,
      new Set(request.usedNodes.map((n) => byId.get(n)?.labels[key]).filter((v): v is string => v !== undefined)),
    );
  }
  const chosen: PoolCandidate[] = [];
  let first: Map<RejectReason, number> | undefined;
  let last = new Map<RejectReason, number>();
  for (let round = 0; round < request.count; round++) {
    const reasons = new Map<RejectReason, number>();
    const candidates: PoolCandidate[] = [];
    for (const pool of pools) {
      const reason = rejectPool(pool, byId.get(pool.node), request, takenNodes, takenSpread, limits);
      if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      else candidates.push(pool);
    }
    first ??= reasons;
    last = reasons;
    if (candidates.length === 0) break;
    const mostReplicas = Math.max(...candidates.map((p) => p.replicas));
    const ranked = candidates
      .map((pool) => ({
        pool,
        group: request.groupReplicasByNode.get(pool.node) ?? 0,
        score: scorePool(pool, mostReplicas, limits),
      }))
      .sort((a, b) => a.group - b.group || b.score - a.score || (a.pool.id < b.pool.id ? -1 : 1));
    const best = ranked[0]!.pool;
    chosen.push(best);
    takenNodes.add(best.node);
    const node = byId.get(best.node)!;
    for (const [key, values] of takenSpread) {
      const value = node.labels[key];
      if (value !== undefined) values.add(value);
    }
  }
  return { chosen, rejected: chosen.length < request.count ? last : (first ?? last) };
}

/** "2 of 3 replicas could be placed: 4 pools: node offline; 1 pool: not enough free space". */
export function describeShortfall(placement: Placement, wanted: number): string {
  const reasons = [...placement.rejected.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${n} pool${n === 1 ? '' : 's'}: ${reason}`);
  return (
    `${placement.chosen.length} of ${wanted} replica${wanted === 1 ? '' : 's'} could be placed` +
    (reasons.length > 0 ? ` (${reasons.join('; ')})` : ' (no pools)')
  );
}
