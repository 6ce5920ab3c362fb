/**
 * bench/io-engine: unary call rate and latency of CreateReplica and ListReplicas
 * against one simulated io-engine (its own process, fsync on), through our typed
 * client; then the resident memory of one simulator process holding 100 engines
 * with 10,000 replicas in all.
 *
 *   npm run bench:io-engine -- [calls] [nodes] [replicasPerNode]   (defaults 2000 100 100)
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { IoEngineClient } from '@mayastor/io-engine';
import { SimProcess } from '@mayastor/test-harness';
import { timeLoop } from '../latency.js';

const MiB = 1024 * 1024;

async function measure(name: string, n: number, op: (i: number) => Promise<unknown>) {
  const figures = await timeLoop(n, op);
  return {
    call: name,
    n,
    'calls/s': Math.round(figures.opsPerSec),
    'p50 ms': figures.p50.toFixed(2),
    'p99 ms': figures.p99.toFixed(2),
  };
}

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function callRates(calls: number): Promise<void> {
  const sim = await SimProcess.start({ nodeName: 'bench-1', disks: ['d0:64GiB'] });
  const client = new IoEngineClient({ nodeId: 'bench-1', endpoint: sim.endpoint });
  try {
    await client.createPool({ name: 'bench', disks: [sim.diskPath('d0')] });
    for (let i = 0; i < 50; i++) {
      const uuid = randomUUID();
      await client.createReplica({ name: uuid, uuid, pooluuid: 'bench', size: MiB, thin: true }); // warm-up
    }
    const rows = [
      await measure('CreateReplica (thin 1 MiB, fsync)', calls, async () => {
        const uuid = randomUUID();
        await client.createReplica({ name: uuid, uuid, pooluuid: 'bench', size: MiB, thin: true });
      }),
    ];
    const listed = (await client.listReplicas({})).replicas.length;
    rows.push(
      await measure(`ListReplicas (${listed} replicas)`, Math.min(calls, 500), () =>
        client.listReplicas({ query: { replica: true, clone: true } }),
      ),
    );
    rows.push(
      await measure('ListReplicas (one, by uuid)', calls, () => client.listReplicas({ uuid: { value: randomUUID() } })),
    );
    console.table(rows);
  } finally {
    client.close();
    await sim.dispose();
  }
}

async function scale(nodes: number, perNode: number): Promise<void> {
  const sim = await SimProcess.start({ nodeName: 'scale', nodeCount: nodes, disks: ['d0:64GiB'] });
  try {
    const pid = sim.process.pid ?? 0;
    const idle = await rssMiB(pid);
    const started = performance.now();
    const clients = Array.from({ length: nodes }, (_, i) => ({
      client: new IoEngineClient({ nodeId: `scale-${i + 1}`, endpoint: sim.endpointOf(i + 1) }),
      disk: sim.diskPath('d0', `scale-${i + 1}`),
    }));
    await Promise.all(
      clients.map(async ({ client, disk }) => {
        await client.createPool({ name: 'p', disks: [disk] });
        for (let r = 0; r < perNode; r++) {
          const uuid = randomUUID();
          await client.createReplica({ name: uuid, uuid, pooluuid: 'p', size: 64 * MiB, thin: r % 2 === 0 });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    let total = 0;
    for (const { client } of clients) total += (await client.listReplicas({})).replicas.length;
    global.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const loaded = await rssMiB(pid);
    for (const { client } of clients) client.close();
    console.table([
      {
        engines: nodes,
        replicas: total,
        'fill s': seconds.toFixed(1),
        'creates/s (all engines)': Math.round(total / seconds),
        'RSS idle MiB': idle.toFixed(0),
        'RSS loaded MiB': loaded.toFixed(0),
        'KiB per replica': (((loaded - idle) * 1024) / total).toFixed(1),
      },
    ]);
  } finally {
    await sim.dispose();
  }
}

const [calls = 2000, nodes = 100, perNode = 100] = process.argv.slice(2).map(Number);
await callRates(calls);
await scale(nodes, perNode);
