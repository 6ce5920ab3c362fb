// bench/recovery: how fast the core brings volumes back after an io-engine restart,
// and what it costs while nothing happens.
//
// 1. Starts etcd, the built core (default reconcile periods: 10 s busy, 30 s idle)
//    and one simulator process with `nodes` engines, one pool each.
// 2. For 10, 100 and 1,000 volumes (3 replicas, thin) published on bench-1: crashes
//    and restarts bench-1 (an engine with no memory: its pool must be imported and
//    every target re-created and re-shared), and times how long until every one of
//    those volumes is Online again, as the core reports it.
// 3. Creates volumes up to 10,000 in all (the rest with one replica each: the
//    simulator rewrites a pool's whole metadata on every replica change, which makes
//    tens of thousands of replicas slow to create, not to hold), waits for the core to
//    settle, then reads its CPU time over an idle window (reconcile periods and
//    polling keep running).
//
// Usage: npm run bench:recovery -- [idleVolumes=10000] [idleWindowSeconds=60] [nodes=20] [--timeline]
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CoreApiClient } from '@mayastor/core-api';
import { cpuMs, pool, retried, rssMiB, startBenchCluster } from '../cluster.js';

const args = process.argv.slice(2);
/** `--timeline`: the core logs at info, and each restart prints when the pool and the targets came back. */
const timeline = args.includes('--timeline');
const [idleVolumes = 10_000, idleWindowSeconds = 60, nodes = 20] = args
  .filter((a) => !a.startsWith('--'))
  .map((a) => Number(a));
const MiB = 1024 * 1024;
const TARGET = 'bench-1';
const APP_NQN = 'nqn.2014-08.org.nvmexpress:uuid:bench-app';

async function onlineCount(api: CoreApiClient, uuids: ReadonlySet<string>): Promise<number> {
  const { volumes } = await api.volumes.listVolumes({});
  return volumes.filter((v) => uuids.has(v.uuid) && v.state?.status === 'VOLUME_STATUS_ONLINE').length;
}

const cluster = await startBenchCluster({
  nodes,
  disks: ['d0:256GiB'],
  // Pool metadata is rewritten on every replica change: without fsync the simulator keeps up.
  simEnv: { SIM_FSYNC: 'false' },
  ...(timeline ? { coreEnv: { LOG_LEVEL: 'info' } } : {}),
});
try {
  const { core, sim } = cluster;
  const api = core.client;
  await Promise.all(
    cluster.nodes.map((node) => api.pools.createPool({ node, id: `${node}-d0`, disks: [sim.diskPath('d0', node)] })),
  );
  const published: string[] = [];
  const results: { volumes: number; ms: number }[] = [];
  for (const count of [10, 100, 1000]) {
    const more = Array.from({ length: count - published.length }, () => randomUUID());
    await pool(more, 10, async (uuid) => {
      await retried(() => api.volumes.createVolume({ uuid, size: 8 * MiB, replicas: 3, thin: true, self_heal: true }));
      await retried(() => api.volumes.publishVolume({ uuid, node: TARGET, frontend_nodes: [APP_NQN] }));
    });
    published.push(...more);
    const uuids = new Set(published);
    if ((await onlineCount(api, uuids)) !== count)
      throw new Error(`not all ${count} volumes Online before the restart`);
    const instance = (await api.nodes.getNode({ id: TARGET })).state?.instance_uuid;
    const t0 = performance.now();
    await sim.control('POST', `/nodes/${TARGET}/restart`, { graceful: false });
    // The core must have seen the restart (a new instance) before "all Online" counts.
    while ((await api.nodes.getNode({ id: TARGET })).state?.instance_uuid === instance) await sleep(10);
    for (;;) {
      if (!sim.process.running) throw new Error(`the simulator died:\n${sim.process.recentOutput}`);
      const online = await onlineCount(api, uuids);
      if (online === count) break;
      if (performance.now() - t0 > 300_000) throw new Error(`only ${online} of ${count} volumes Online after 300 s`);
      await sleep(count >= 1000 ? 200 : 50);
    }
    const ms = performance.now() - t0;
    results.push({ volumes: count, ms });
    if (timeline) {
      const times = (msg: string) => core.lines.filter((l) => l.msg === msg).map((l) => Date.parse(String(l.time)));
      const re = times('volume target re-created after its node lost it').slice(-count);
      const imp = times('pool imported after its engine lost it').slice(-1);
      const rs = times('node restarted').slice(-1);
      const m = await core.metrics();
      for (const r of ['nexus', 'volume']) {
        const sum = Number(
          new RegExp(`reconciler_duration_seconds_sum\\{reconciler="${r}"\\} ([0-9.e+-]+)`).exec(m)?.[1],
        );
        const cnt = Number(
          new RegExp(`reconciler_duration_seconds_count\\{reconciler="${r}"\\} ([0-9.e+-]+)`).exec(m)?.[1],
        );
        console.log(`  ${r}: ${cnt} runs, ${sum.toFixed(1)} s total, ${((sum / cnt) * 1000).toFixed(1)} ms mean`);
      }
      console.log(
        `timeline: restart seen ${rs[0]}, import +${imp[0]! - rs[0]!} ms, first re-create +${re[0]! - rs[0]!} ms, last +${re.at(-1)! - rs[0]!} ms (${re.length})`,
      );
    }
    console.log(`engine restart -> ${count} volumes Online: ${(ms / 1000).toFixed(2)} s`);
  }

  const rest = Array.from({ length: Math.max(0, idleVolumes - published.length) }, () => randomUUID());
  const c0 = performance.now();
  await pool(rest, 10, (uuid) => {
    if (!sim.process.running) throw new Error(`the simulator died:\n${sim.process.recentOutput}`);
    return retried(() => api.volumes.createVolume({ uuid, size: 8 * MiB, replicas: 1, thin: true }));
  });
  console.log(
    `created ${rest.length} more volumes in ${((performance.now() - c0) / 1000).toFixed(1)} s (${published.length + rest.length} in all)`,
  );
  // Let the busy periods that follow all those changes pass: two idle periods.
  await sleep(65_000);
  const pid = core.pid!;
  const cpu0 = await cpuMs(pid);
  const w0 = performance.now();
  await sleep(idleWindowSeconds * 1000);
  const cpu1 = await cpuMs(pid);
  const wall = (performance.now() - w0) / 1000;
  const metrics = await core.metrics();
  const runs = [...metrics.matchAll(/^reconciler_runs_total\{reconciler="(\w+)",outcome="(\w+)"\} (\d+)/gm)]
    .map((m) => `${m[1]}/${m[2]}=${m[3]}`)
    .join(' ');

  console.log('');
  console.log(
    `bench/recovery: ${nodes} simulated io-engines, real etcd; default reconcile periods (10 s busy, 30 s idle)`,
  );
  console.log('| volumes on the restarted node | all Online after |');
  console.log('|---|---|');
  for (const r of results) console.log(`| ${r.volumes} | ${(r.ms / 1000).toFixed(2)} s |`);
  console.log('');
  console.log(
    `idle, ${published.length + rest.length} volumes (${published.length} published, 3 replicas; ${rest.length} with 1), ` +
      `${idleWindowSeconds} s window: ` +
      `core CPU ${(cpu1 - cpu0).toFixed(0)} ms = ${(((cpu1 - cpu0) / (wall * 1000)) * 100).toFixed(2)} % of one core; ` +
      `RSS ${(await rssMiB(pid)).toFixed(0)} MiB`,
  );
  console.log(`reconciler runs so far: ${runs}`);
  const warnings = new Map<string, number>();
  for (const line of core.lines) {
    if (line.level !== 'warn' && line.level !== 'error') continue;
    const err = typeof line.err === 'string' ? line.err : JSON.stringify(line.err ?? '');
    const what = `${String(line.msg)}: ${err.replace(/[0-9a-f-]{36}/g, '<uuid>').slice(0, 120)}`;
    warnings.set(what, (warnings.get(what) ?? 0) + 1);
  }
  for (const [what, n] of [...warnings].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`core warning x${n}: ${what}`);
} finally {
  await cluster.dispose();
}
