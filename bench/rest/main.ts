// bench/rest: the REST API v0 (apps/rest) in front of the core, on a real etcd with
// simulated io-engines.
//
//   npm run bench:rest -- [--volumes 10000] [--nodes 10] [--puts 500] [--rounds 40]
//
// 1. Starts etcd, the built core, one simulator process with `nodes` engines (one
//    pool each, on a sparse file disk) and the built REST API (`--no-auth`, logging
//    each request at info, as deployed).
// 2. Creates `volumes` volumes (1 replica, thin, 8 MiB) through the core's gRPC API,
//    10 at a time (setup, not measured).
// 3. GET /v0/volumes?max_entries=500, following next_token over every page, one
//    request at a time: `rounds` full walks while every node answers (the baseline),
//    then bench-1 is partitioned through the simulator's control API (it answers
//    nothing, gRPC, heartbeats or NVMf, without crashing) and `rounds` more walks.
//    Walks under the partition are split by how the core saw bench-1 when the walk
//    began: still Online (not past its deadline yet; the core's calls to it hang) or
//    no longer Online. Each REST walk is followed by the same walk through the core's
//    gRPC ListVolumes, as a reference for what REST adds.
// 4. Heals the partition, waits for every node to be Online, then creates `puts`
//    volumes through PUT /v0/volumes/{uuid}, 10 requests in flight, and as many
//    through the core's gRPC CreateVolume, 10 in flight (the reference).
// 5. Prints p50/p99/max, rates, and the REST and core processes' RSS.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { CoreApiClient } from '@mayastor/core-api';
import { RestApiProcess } from '@mayastor/test-harness';
import { pool, retried, rssMiB, startBenchCluster } from '../cluster.js';
import { percentile } from '../latency.js';

const USAGE = `bench/rest: GET /v0/volumes (pages of 500) while one node does not answer, and PUT /v0/volumes/{uuid} at concurrency 10.

  npm run bench:rest -- [--volumes N] [--nodes N] [--puts N] [--rounds N]

  --volumes N   volumes created (through the core) before the page walks (default 10000)
  --nodes N     simulated io-engines, one pool each (default 10)
  --puts N      volumes created through PUT /v0/volumes/{uuid}, 10 in flight (default 500)
  --rounds N    full walks of GET /v0/volumes?max_entries=500, before and again during the partition (default 40)
  --help        this text
`;

const { values: flags } = parseArgs({
  options: {
    volumes: { type: 'string', default: '10000' },
    nodes: { type: 'string', default: '10' },
    puts: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '40' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const count = (name: 'volumes' | 'nodes' | 'puts' | 'rounds', min: number): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got '${flags[name]}'`);
  return n;
};
const VOLUMES = count('volumes', 1);
const NODES = count('nodes', 2);
const PUTS = count('puts', 1);
const ROUNDS = count('rounds', 1);
const PAGE = 500;
const IN_FLIGHT = 10;
const MiB = 1024 * 1024;
const SILENT = 'bench-1';

/** The pid of our child process running `script` (RestApiProcess does not expose it). */
async function childPid(script: string): Promise<number | undefined> {
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8');
      if (cmdline.includes(script)) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

async function nodeStatus(api: CoreApiClient, id: string): Promise<string> {
  const node = await api.nodes.getNode({ id });
  return (node.state?.status ?? 'NODE_STATUS_UNKNOWN').replace('NODE_STATUS_', '');
}

interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}
const summary = (values: readonly number[]): Summary => {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
};
const fmt = (ms: number): string => ms.toFixed(1).padStart(8);
const row = (label: string, values: readonly number[], extra = ''): string => {
  const s = summary(values);
  return `${label.padEnd(44)} ${String(s.n).padStart(5)} ${fmt(s.p50)} ${fmt(s.p99)} ${fmt(s.max)}${extra}`;
};
const HEADER = `${''.padEnd(44)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`;

interface VolumeEntry {
  readonly spec: { readonly uuid: string };
  readonly state: { readonly status: string };
}

/** What one phase of walks measured (milliseconds). */
interface Walks {
  readonly restPages: number[];
  readonly restWalks: number[];
  readonly grpcPages: number[];
  readonly grpcWalks: number[];
  /** The slow REST page requests: when (ms since the partition) and how long. */
  readonly slow: { at: number; ms: number }[];
}
const walks = (): Walks => ({ restPages: [], restWalks: [], grpcPages: [], grpcWalks: [], slow: [] });

const cluster = await startBenchCluster({
  nodes: NODES,
  disks: ['d0:256GiB'],
  // Pool metadata is rewritten on every replica change: without fsync the simulator keeps up.
  simEnv: { SIM_FSYNC: 'false' },
});
let rest: RestApiProcess | undefined;
let partitioned = false;
try {
  const { core, sim } = cluster;
  const api = core.client;
  await Promise.all(
    cluster.nodes.map((node) => api.pools.createPool({ node, id: `${node}-d0`, disks: [sim.diskPath('d0', node)] })),
  );
  rest = await RestApiProcess.start(core.endpoint);
  const base = rest.url;

  // ---------------------------------------------------------------- setup: volumes
  const c0 = performance.now();
  await pool(
    Array.from({ length: VOLUMES }, () => randomUUID()),
    IN_FLIGHT,
    (uuid) => {
      if (!sim.process.running) throw new Error(`the simulator died:\n${sim.process.recentOutput}`);
      return retried(() => api.volumes.createVolume({ uuid, size: 8 * MiB, replicas: 1, thin: true }));
    },
  );
  const setupSeconds = (performance.now() - c0) / 1000;
  process.stdout.write(`setup: ${VOLUMES} volumes created through the core in ${setupSeconds.toFixed(1)} s\n`);

  // ---------------------------------------------------------------- GET /v0/volumes
  let partitionedAt = NaN;
  let lastWalk: VolumeEntry[] = [];
  /** One full walk through REST, then one through the core's gRPC API. */
  const walk = async (into: Walks): Promise<void> => {
    const seen: VolumeEntry[] = [];
    let w0 = performance.now();
    for (let token: number | undefined = 0; token !== undefined;) {
      const t = performance.now();
      const res = await fetch(`${base}/v0/volumes?max_entries=${PAGE}&starting_token=${token}`);
      const text = await res.text();
      const ms = performance.now() - t;
      into.restPages.push(ms);
      if (ms > 100) into.slow.push({ at: t - partitionedAt, ms });
      if (res.status !== 200) throw new Error(`GET /v0/volumes: ${res.status} ${text.slice(0, 400)}`);
      const body = JSON.parse(text) as { entries: VolumeEntry[]; next_token?: number };
      seen.push(...body.entries);
      token = body.next_token;
    }
    into.restWalks.push(performance.now() - w0);
    if (seen.length !== VOLUMES) throw new Error(`a walk returned ${seen.length} volumes, expected ${VOLUMES}`);
    lastWalk = seen;
    w0 = performance.now();
    for (let token: number | undefined = 0; token !== undefined;) {
      const t = performance.now();
      const page = await api.volumes.listVolumes({ max_entries: PAGE, starting_token: token });
      into.grpcPages.push(performance.now() - t);
      token = page.next_token;
    }
    into.grpcWalks.push(performance.now() - w0);
  };

  await walk(walks()); // warm-up
  const baseline = walks();
  for (let round = 0; round < ROUNDS; round++) await walk(baseline);

  await sim.control('PUT', `/nodes/${SILENT}/faults/partition`);
  partitioned = true;
  partitionedAt = performance.now();
  const stillOnline = walks();
  const gone = walks();
  const statuses: string[] = [];
  let offlineAfter: number | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const status = await nodeStatus(api, SILENT);
    statuses.push(status);
    if (status !== 'ONLINE') offlineAfter ??= (performance.now() - partitionedAt) / 1000;
    await walk(status === 'ONLINE' ? stillOnline : gone);
  }
  const partitionSeconds = (performance.now() - partitionedAt) / 1000;
  const silentStatus = await nodeStatus(api, SILENT);
  const notOnline = lastWalk.filter((v) => v.state.status !== 'Online').length;

  await sim.control('DELETE', `/nodes/${SILENT}/faults/partition`);
  partitioned = false;
  for (let t0 = performance.now(); ; await sleep(200)) {
    const { nodes } = await api.nodes.listNodes({});
    if (nodes.filter((n) => n.state?.status === 'NODE_STATUS_ONLINE').length === NODES) break;
    if (performance.now() - t0 > 60_000) throw new Error(`${SILENT} not Online 60 s after the partition healed`);
  }

  // ---------------------------------------------------------------- PUT /v0/volumes/{uuid}, 10 in flight
  const puts: number[] = [];
  const failures = new Map<string, number>();
  let p0 = performance.now();
  await pool(
    Array.from({ length: PUTS }, () => randomUUID()),
    IN_FLIGHT,
    async (uuid) => {
      const t = performance.now();
      const res = await fetch(`${base}/v0/volumes/${uuid}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ replicas: 1, size: 8 * MiB, thin: true, policy: { self_heal: false } }),
      });
      const text = await res.text();
      puts.push(performance.now() - t);
      if (res.status !== 200) {
        const what = `${res.status} ${text.slice(0, 160)}`;
        failures.set(what, (failures.get(what) ?? 0) + 1);
      }
    },
  );
  const putSeconds = (performance.now() - p0) / 1000;
  const creates: number[] = [];
  p0 = performance.now();
  await pool(
    Array.from({ length: PUTS }, () => randomUUID()),
    IN_FLIGHT,
    async (uuid) => {
      const t = performance.now();
      await api.volumes.createVolume({ uuid, size: 8 * MiB, replicas: 1, thin: true, self_heal: false });
      creates.push(performance.now() - t);
    },
  );
  const createSeconds = (performance.now() - p0) / 1000;

  const restPid = await childPid('dist/apps/rest/src/main.js');
  const restRss = restPid !== undefined ? `${(await rssMiB(restPid)).toFixed(0)} MiB` : 'n/a';
  const coreRss = `${(await rssMiB(core.pid!)).toFixed(0)} MiB`;

  const pages = Math.ceil(VOLUMES / PAGE);
  const phase = (name: string, w: Walks): string[] =>
    w.restWalks.length === 0
      ? []
      : [
          name,
          row(`  REST page request`, w.restPages),
          row(`  REST full walk (${pages} pages)`, w.restWalks),
          row(`  core gRPC ListVolumes page (reference)`, w.grpcPages),
          row(`  core gRPC full walk (reference)`, w.grpcWalks),
        ];
  const during = [...stillOnline.restPages, ...gone.restPages];
  const slow = [...stillOnline.slow, ...gone.slow].sort((a, b) => b.ms - a.ms).slice(0, 8);
  const lines = [
    ``,
    `bench/rest: ${NODES} simulated io-engines (one pool each), real etcd, core, REST (--no-auth, request log at info)`,
    `${VOLUMES} volumes (1 replica, thin, 8 MiB)`,
    ``,
    `GET /v0/volumes?max_entries=${PAGE}: ${ROUNDS} full walks with every node answering, then ${ROUNDS} with ${SILENT} partitioned`,
    `(answers nothing); one request at a time`,
    HEADER,
    ...phase(`every node answering (baseline)`, baseline),
    `${SILENT} partitioned, all ${ROUNDS} walks`,
    row(`  REST page request`, during),
    row(
      `  REST full walk (${pages} pages)`,
      [...stillOnline.restWalks, ...gone.restWalks],
      `   ${during.length} requests in ${partitionSeconds.toFixed(1)} s`,
    ),
    ...phase(`${SILENT} partitioned, still Online in the core (its calls hang)`, stillOnline),
    ...phase(`${SILENT} partitioned, no longer Online in the core`, gone),
    `${SILENT} as the core saw it per walk: ` +
      [...new Set(statuses)].map((s) => `${s} x${statuses.filter((x) => x === s).length}`).join(', ') +
      (offlineAfter !== undefined ? ` (first not Online ${offlineAfter.toFixed(1)} s after the partition)` : '') +
      `; at the end: ${silentStatus}`,
    `volumes not Online in the last walk: ${notOnline} (those with their replica on ${SILENT})`,
    `slowest REST page requests under the partition (> 100 ms): ` +
      (slow.length ? slow.map((s) => `${s.ms.toFixed(0)} ms at +${(s.at / 1000).toFixed(1)} s`).join(', ') : 'none'),
    ``,
    `PUT /v0/volumes/{uuid} (1 replica, thin, 8 MiB), ${IN_FLIGHT} in flight, partition healed`,
    HEADER,
    row(`REST PUT volume`, puts, `   ${(PUTS / putSeconds).toFixed(0)} volumes/s`),
    row(`core gRPC CreateVolume (reference)`, creates, `   ${(PUTS / createSeconds).toFixed(0)} volumes/s`),
    ...[...failures].map(([what, n]) => `  PUT failed x${n}: ${what}`),
    ``,
    `RSS at the end: REST ${restRss}, core ${coreRss}`,
    ``,
  ];
  process.stdout.write(lines.join('\n'));
} finally {
  if (partitioned) await cluster.sim.control('DELETE', `/nodes/${SILENT}/faults/partition`).catch(() => undefined);
  await rest?.stop().catch(() => undefined);
  await cluster.dispose();
}
