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
 * - explicit topology: when allowed nodes are given, the node is one of them;
 * - node labels: the topology's node affinity (key=value) and "has key" filters;
 * - spread: no two replicas on nodes with the same value of a spread key label;
 * - node affinity keys: every replica's node has the same value of the label
 *   (the volume's existing replicas fix it, else the first replica placed);
 * - the pool is online; pool labels: pool affinity (key=value) and "has key";
 *   pool spread and pool affinity keys, as for nodes but on the pool's labels;
 * - room: a thick replica needs `size` free bytes. A thin one needs
 *   `size × volume commitment %` free bytes (the initial commitment for a new
 *   volume), and the pool's committed bytes plus `size` may not exceed
 *   `capacity × pool over-commit %`.
 *
 * Ranking of the candidates, best first:
 * 1. fewest replicas of the volume's affinity group on the pool's node (the
 *    group's volumes spread apart wherever they can);
 * 2. a preferred node (explicit topology) before the others;
 * 3. highest score, 0 to 100:
 *    `40 × free/capacity + 30 × (1 − committed/(capacity × over-commit))
 *     + 30 × (1 − replicas/most replicas on any candidate)`,
 *    i.e. free space first, then headroom under the over-commit limit, then
 *    fewest replicas;
 * 4. pool id, so that equal candidates are chosen in a stable order.
 * Replicas are placed one at a time: after each choice its node is excluded and
 * its spread values are taken. When affinity key values are not fixed yet, each
 * value the candidates offer is tried in ranking order, and the first that takes
 * every replica wins (else the one that takes the most): the best single pool
 * does not pin the volume to a zone too small for it.
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

/** Where one of the volume's replicas is: its node, and the labels of its pool (which may not be a candidate). */
export interface UsedPlace {
  readonly node: string;
  readonly poolLabels: Labels;
}

export interface PlacementRequest {
  readonly size: number;
  readonly thin: boolean;
  /** How many replicas to place. */
  readonly count: number;
  readonly topology: VolumeTopology | null;
  /** The volume's replicas already placed. */
  readonly used: readonly UsedPlace[];
  /** Replicas of the other volumes of the volume's affinity group, per node. */
  readonly groupReplicasByNode: ReadonlyMap<string, number>;
  /** A new volume (initial commitment) or a replacement replica. */
  readonly initial: boolean;
}

export type RejectReason =
  | 'node offline'
  | 'node cordoned'
  | 'node already holds a replica of the volume'
  | 'node not in the allowed nodes'
  | 'node labels do not match'
  | 'spread key value already used'
  | 'affinity key value differs'
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

/**
 * What the placement so far has taken: nodes, spread values (label key -> values
 * used), and affinity values (label key -> the value every replica must have).
 */
interface Taken {
  readonly nodes: Set<string>;
  readonly nodeSpread: Map<string, Set<string>>;
  readonly poolSpread: Map<string, Set<string>>;
  readonly nodeSame: Map<string, string>;
  readonly poolSame: Map<string, string>;
}

function matches(labels: Labels, affinity: Labels | undefined, hasKeys: readonly string[] | undefined): boolean {
  for (const [key, value] of Object.entries(affinity ?? {})) if (labels[key] !== value) return false;
  for (const key of hasKeys ?? []) if (!(key in labels)) return false;
  return true;
}

/** Why labels fail the spread and affinity keys (undefined when they pass). */
function keyRule(
  labels: Labels,
  spreadKeys: readonly string[] | undefined,
  sameKeys: readonly string[] | undefined,
  spread: ReadonlyMap<string, ReadonlySet<string>>,
  same: ReadonlyMap<string, string>,
  noLabel: RejectReason,
): RejectReason | undefined {
  for (const key of spreadKeys ?? []) {
    const value = labels[key];
    if (value === undefined) return noLabel;
    if (spread.get(key)?.has(value)) return 'spread key value already used';
  }
  for (const key of sameKeys ?? []) {
    const value = labels[key];
    if (value === undefined) return noLabel;
    const fixed = same.get(key);
    if (fixed !== undefined && fixed !== value) return 'affinity key value differs';
  }
  return undefined;
}

/** Why a pool cannot take the replica, or undefined if it can. */
function rejectPool(
  pool: PoolCandidate,
  node: NodeCandidate | undefined,
  request: PlacementRequest,
  taken: Taken,
  limits: SchedulerLimits,
): RejectReason | undefined {
  const t = request.topology;
  if (!node?.online) return 'node offline';
  if (node.cordoned) return 'node cordoned';
  if (taken.nodes.has(node.id)) return 'node already holds a replica of the volume';
  if (t?.allowedNodes?.length && !t.allowedNodes.includes(node.id)) return 'node not in the allowed nodes';
  if (!matches(node.labels, t?.nodeAffinity, t?.nodeHasKeys)) return 'node labels do not match';
  const nodeKeys = keyRule(
    node.labels,
    t?.spreadKeys,
    t?.nodeAffinityKeys,
    taken.nodeSpread,
    taken.nodeSame,
    'node labels do not match',
  );
  if (nodeKeys) return nodeKeys;
  if (pool.status !== 'Online') return 'pool not online';
  if (!matches(pool.labels, t?.poolAffinity, t?.poolHasKeys)) return 'pool labels do not match';
  const poolKeys = keyRule(
    pool.labels,
    t?.poolSpreadKeys,
    t?.poolAffinityKeys,
    taken.poolSpread,
    taken.poolSame,
    'pool labels do not match',
  );
  if (poolKeys) return poolKeys;
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

function emptyTaken(t: VolumeTopology | null): Taken {
  const sets = (keys: readonly string[] | undefined): Map<string, Set<string>> =>
    new Map((keys ?? []).map((k) => [k, new Set<string>()]));
  return {
    nodes: new Set(),
    nodeSpread: sets(t?.spreadKeys),
    poolSpread: sets(t?.poolSpreadKeys),
    nodeSame: new Map(),
    poolSame: new Map(),
  };
}

function cloneTaken(t: Taken): Taken {
  const sets = (m: Map<string, Set<string>>): Map<string, Set<string>> =>
    new Map([...m].map(([k, v]) => [k, new Set(v)]));
  return {
    nodes: new Set(t.nodes),
    nodeSpread: sets(t.nodeSpread),
    poolSpread: sets(t.poolSpread),
    nodeSame: new Map(t.nodeSame),
    poolSame: new Map(t.poolSame),
  };
}

/** Records a replica on a node and a pool with these labels: the node, its spread values, the affinity values. */
function take(taken: Taken, t: VolumeTopology | null, node: string, nodeLabels: Labels, poolLabels: Labels): void {
  taken.nodes.add(node);
  const record = (
    labels: Labels,
    spread: Map<string, Set<string>>,
    sameKeys: readonly string[] | undefined,
    same: Map<string, string>,
  ): void => {
    for (const [key, values] of spread) {
      const value = labels[key];
      if (value !== undefined) values.add(value);
    }
    for (const key of sameKeys ?? []) {
      const value = labels[key];
      if (value !== undefined && !same.has(key)) same.set(key, value);
    }
  };
  record(nodeLabels, taken.nodeSpread, t?.nodeAffinityKeys, taken.nodeSame);
  record(poolLabels, taken.poolSpread, t?.poolAffinityKeys, taken.poolSame);
}

interface Attempt {
  readonly chosen: PoolCandidate[];
  readonly first: Map<RejectReason, number> | undefined;
  readonly last: Map<RejectReason, number>;
}

/** One greedy pass: the best candidate of each round, until `count` or no candidate is left. */
function greedy(
  request: PlacementRequest,
  pools: readonly PoolCandidate[],
  byId: ReadonlyMap<string, NodeCandidate>,
  taken: Taken,
  limits: SchedulerLimits,
): Attempt {
  const preferred = new Set(request.topology?.preferredNodes ?? []);
  const chosen: PoolCandidate[] = [];
  let first: Map<RejectReason, number> | undefined;
  let last = new Map<RejectReason, number>();
  for (let round = 0; round < request.count; round++) {
    const ranked = rank(request, pools, byId, taken, limits, preferred);
    first ??= ranked.reasons;
    last = ranked.reasons;
    const best = ranked.candidates[0];
    if (!best) break;
    chosen.push(best);
    take(taken, request.topology, best.node, byId.get(best.node)!.labels, best.labels);
  }
  return { chosen, first, last };
}

/** The candidates of a round, best first, and why the other pools were rejected. */
function rank(
  request: PlacementRequest,
  pools: readonly PoolCandidate[],
  byId: ReadonlyMap<string, NodeCandidate>,
  taken: Taken,
  limits: SchedulerLimits,
  preferred: ReadonlySet<string>,
): { candidates: PoolCandidate[]; reasons: Map<RejectReason, number> } {
  const reasons = new Map<RejectReason, number>();
  const candidates: PoolCandidate[] = [];
  for (const pool of pools) {
    const reason = rejectPool(pool, byId.get(pool.node), request, taken, limits);
    if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    else candidates.push(pool);
  }
  if (candidates.length === 0) return { candidates, reasons };
  const mostReplicas = Math.max(...candidates.map((p) => p.replicas));
  const ranked = candidates
    .map((pool) => ({
      pool,
      group: request.groupReplicasByNode.get(pool.node) ?? 0,
      preferred: preferred.has(pool.node) ? 0 : 1,
      score: scorePool(pool, mostReplicas, limits),
    }))
    .sort(
      (a, b) => a.group - b.group || a.preferred - b.preferred || b.score - a.score || (a.pool.id < b.pool.id ? -1 : 1),
    );
  return { candidates: ranked.map((r) => r.pool), reasons };
}

/** Affinity values tried at most, per placement (see placeReplicas). */
const MAX_AFFINITY_ATTEMPTS = 16;

export function placeReplicas(
  request: PlacementRequest,
  pools: readonly PoolCandidate[],
  nodes: readonly NodeCandidate[],
  limits: SchedulerLimits = DEFAULT_SCHEDULER_LIMITS,
): Placement {
  const t = request.topology;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const taken = emptyTaken(t);
  for (const used of request.used) {
    take(taken, t, used.node, byId.get(used.node)?.labels ?? {}, used.poolLabels);
  }
  const openNodeKeys = (t?.nodeAffinityKeys ?? []).filter((k) => !taken.nodeSame.has(k));
  const openPoolKeys = (t?.poolAffinityKeys ?? []).filter((k) => !taken.poolSame.has(k));
  let best: Attempt | undefined;
  if (request.count > 0 && openNodeKeys.length + openPoolKeys.length > 0) {
    // Affinity values still open: the candidates grouped by the values they offer, in
    // the order of each group's best candidate. A group with fewer nodes than replicas
    // cannot take them all and is tried only if no group can; at most
    // MAX_AFFINITY_ATTEMPTS groups are tried, so a label unique to each node costs
    // one pass, not one per node.
    const { candidates } = rank(request, pools, byId, taken, limits, new Set(t?.preferredNodes ?? []));
    const groups = new Map<string, { node: Labels; pool: Labels; nodes: Set<string> }>();
    for (const candidate of candidates) {
      const nodeLabels = byId.get(candidate.node)!.labels;
      const id = JSON.stringify([
        ...openNodeKeys.map((k) => nodeLabels[k]),
        ...openPoolKeys.map((k) => candidate.labels[k]),
      ]);
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { node: nodeLabels, pool: candidate.labels, nodes: new Set() }));
      group.nodes.add(candidate.node);
    }
    const large = [...groups.values()].filter((g) => g.nodes.size >= request.count);
    const tries = large.length > 0 ? large : [...groups.values()].sort((a, b) => b.nodes.size - a.nodes.size);
    for (const group of tries.slice(0, MAX_AFFINITY_ATTEMPTS)) {
      const fixed = cloneTaken(taken);
      openNodeKeys.forEach((k) => fixed.nodeSame.set(k, group.node[k]!));
      openPoolKeys.forEach((k) => fixed.poolSame.set(k, group.pool[k]!));
      const attempt = greedy(request, pools, byId, fixed, limits);
      if (!best || attempt.chosen.length > best.chosen.length) best = attempt;
      if (attempt.chosen.length === request.count) break;
    }
  }
  best ??= greedy(request, pools, byId, taken, limits);
  return { chosen: best.chosen, rejected: best.chosen.length < request.count ? best.last : (best.first ?? best.last) };
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
