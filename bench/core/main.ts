// bench/core: the core agent's own cost, on a real etcd with simulated io-engines.
//
//   npm run bench:core -- [nodes] [windowSeconds] [listSeconds] [concurrency]
//
// 1. Starts etcd, the built core, and one simulator process with `nodes` engines
//    (default 100) heartbeating every 5 s; creates 2 pools per node through the
//    core API.
// 2. Idle window (default 60 s): reads the core process's CPU time (utime + stime
//    from /proc/<pid>/stat) before and after, and prints it per node per minute.
//    In that window the core only serves heartbeats, liveness checks and the
//    30 s cache poll of every node (ListPools, ListReplicas, ListNexus).
// 3. ListPools through the core API for `listSeconds` (default 10 s) with
//    `concurrency` calls in flight (default 8): requests per second and latency.
//    Every answer is built from the registry's cache (no io-engine is called).
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { cpuMs, rssMiB, startBenchCluster } from '../cluster.js';
import { percentile } from '../latency.js';

const [nodes = 100, windowSeconds = 60, listSeconds = 10, concurrency = 8] = process.argv
  .slice(2)
  .map((a) => Number(a));

const cluster = await startBenchCluster({ nodes, disks: ['d0:64MiB', 'd1:64MiB'] });
try {
  const { core, sim } = cluster;
  const api = core.client;
  const names = cluster.nodes;
  const t0 = performance.now();
  await Promise.all(
    names.map(async (node) => {
      for (const disk of ['d0', 'd1']) {
        await api.pools.createPool({ node, id: `${node}-${disk}`, disks: [sim.diskPath(disk, node)] });
      }
    }),
  );
  const createSeconds = (performance.now() - t0) / 1000;
  const { pools } = await api.pools.listPools({});
  if (pools.length !== nodes * 2) throw new Error(`expected ${nodes * 2} pools, got ${pools.length}`);
  process.stdout.write(
    `core bench: ${nodes} simulated nodes, ${pools.length} pools (created through the core in ${createSeconds.toFixed(1)} s)\n`,
  );

  const pid = core.pid!;
  await sleep(2000);
  const cpuBefore = await cpuMs(pid);
  const wallBefore = performance.now();
  await sleep(windowSeconds * 1000);
  const cpu = (await cpuMs(pid)) - cpuBefore;
  const minutes = (performance.now() - wallBefore) / 60_000;
  process.stdout.write(
    `idle window ${windowSeconds} s (heartbeats every 5 s, cache poll every 30 s): core CPU ${cpu} ms = ` +
      `${(cpu / nodes / minutes).toFixed(2)} ms per node per minute (${((cpu / (minutes * 60_000)) * 100).toFixed(2)} % of one core); ` +
      `RSS ${(await rssMiB(pid)).toFixed(0)} MiB\n`,
  );

  const latencies: number[] = [];
  const deadline = performance.now() + listSeconds * 1000;
  const cpuListBefore = await cpuMs(pid);
  const listStart = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const answer = await api.pools.listPools({});
        latencies.push(performance.now() - t);
        if (answer.pools.length !== nodes * 2) throw new Error('short pool list');
      }
    }),
  );
  const listWall = (performance.now() - listStart) / 1000;
  const listCpu = (await cpuMs(pid)) - cpuListBefore;
  latencies.sort((a, b) => a - b);
  process.stdout.write(
    `ListPools (${nodes * 2} pools per answer, ${concurrency} in flight, ${listSeconds} s): ` +
      `${(latencies.length / listWall).toFixed(0)} req/s, p50 ${percentile(latencies, 50).toFixed(2)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(2)} ms; core CPU ${((listCpu / (listWall * 1000)) * 100).toFixed(0)} % of one core\n`,
  );
} finally {
  await cluster.dispose();
}
