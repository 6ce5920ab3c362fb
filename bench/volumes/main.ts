// bench/volumes: volume create and publish through the core, on a real etcd with
// simulated io-engines, beside the raw costs they are made of, in one run.
//
//   npm run bench:volumes -- [creates] [publishes]
//
// Prints:
// - CreateVolume (3 replicas, 8 MiB thick) p50/p99 at concurrency 1 and 10, and
//   volumes created per second at concurrency 10;
// - store transactions per create (etcd's committed raft proposals over the run);
// - PublishVolume p50/p99 (share 2 remote replicas, CreateNexus, PublishNexus);
// - the raw etcd transaction latency (etcd3 client, a compare plus 4 puts, as our
//   create intent) and the simulator's CreateReplica latency (IoEngineClient);
// - the ratio of create latency (concurrency 1, p50) to 2 × etcd transaction + 1 CreateReplica.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Etcd3 } from 'etcd3';
import { IoEngineClient } from '@mayastor/io-engine';
import { startBenchCluster } from '../cluster.js';
import { percentile, timeLoop } from '../latency.js';

const [creates = 200, publishes = 100] = process.argv.slice(2).map((a) => Number(a));
const MiB = 1024 * 1024;
const APP_NQN = 'nqn.2014-08.org.nvmexpress:uuid:bench-app';

async function proposals(endpoint: string): Promise<number> {
  const text = await (await fetch(`http://${endpoint}/metrics`)).text();
  return Number(/^etcd_server_proposals_committed_total (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text)?.[1] ?? NaN);
}

async function concurrent(total: number, inFlight: number, op: () => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        await op();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSec: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const fmt = (ms: number): string => ms.toFixed(2).padStart(7);

const cluster = await startBenchCluster({ nodes: 3, disks: ['d0:64GiB', 'd1:8GiB'] });
try {
  const { etcd, core, sim } = cluster;
  const NODES = cluster.nodes;
  const api = core.client;
  for (const node of NODES) await api.pools.createPool({ node, id: `${node}-d0`, disks: [sim.diskPath('d0', node)] });
  const create = () => api.volumes.createVolume({ uuid: randomUUID(), size: 8 * MiB, replicas: 3, thin: false });
  for (let i = 0; i < 20; i++) await create(); // warm-up

  const before = await proposals(etcd.endpoint);
  const one = await concurrent(creates, 1, create);
  const txPerCreate = ((await proposals(etcd.endpoint)) - before) / creates;
  const ten = await concurrent(creates * 2, 10, create);

  const { volumes } = await api.volumes.listVolumes({});
  const toPublish = volumes.slice(0, publishes).map((v) => v.uuid);
  let i = 0;
  const publish = await timeLoop(toPublish.length, () =>
    api.volumes.publishVolume({ uuid: toPublish[i++]!, node: NODES[i % 3], frontend_nodes: [APP_NQN] }),
  );

  // The raw parts, measured now, on the same etcd and simulator.
  const raw = new Etcd3({ hosts: `http://${etcd.endpoint}` });
  const value = 'x'.repeat(400);
  const etcdTxn = await timeLoop(creates, (n) =>
    raw
      .if(`/raw/lock`, 'Create', '==', 0)
      .then(...Array.from({ length: 4 }, (_, j) => raw.put(`/raw/txn/${n}/${j}`).value(value)))
      .commit(),
  );
  raw.close();
  const engine = new IoEngineClient({ nodeId: 'bench-1', endpoint: sim.endpointOf(1) });
  const pooluuid = (await engine.createPool({ name: 'bench-1-d1', disks: [sim.diskPath('d1', 'bench-1')] })).uuid;
  const createReplica = await timeLoop(creates, () => {
    const uuid = randomUUID();
    return engine.createReplica({ name: uuid, uuid, pooluuid, size: 8 * MiB, thin: false });
  });
  engine.close();

  const expected = 2 * etcdTxn.p50 + createReplica.p50;
  process.stdout.write(
    [
      `volumes bench: 3 simulated nodes, one pool each, 8 MiB thick volumes of 3 replicas, real etcd`,
      ``,
      `                                         ops/s    p50 ms   p99 ms`,
      `CreateVolume, concurrency 1  (${creates})     ${one.perSec.toFixed(0).padStart(6)}  ${fmt(one.p50)}  ${fmt(one.p99)}`,
      `CreateVolume, concurrency 10 (${creates * 2})    ${ten.perSec.toFixed(0).padStart(6)}  ${fmt(ten.p50)}  ${fmt(ten.p99)}`,
      `PublishVolume (${publish.n}, sequential)         ${publish.opsPerSec.toFixed(0).padStart(6)}  ${fmt(publish.p50)}  ${fmt(publish.p99)}`,
      `raw etcd txn (compare + 4 puts)         ${etcdTxn.opsPerSec.toFixed(0).padStart(6)}  ${fmt(etcdTxn.p50)}  ${fmt(etcdTxn.p99)}`,
      `simulator CreateReplica (8 MiB thick)   ${createReplica.opsPerSec.toFixed(0).padStart(6)}  ${fmt(createReplica.p50)}  ${fmt(createReplica.p99)}`,
      ``,
      `volumes created per second (concurrency 10): ${ten.perSec.toFixed(0)}`,
      `store transactions per create: ${txPerCreate.toFixed(2)} (etcd proposals committed / creates)`,
      `create p50 / (2 x etcd txn p50 + 1 CreateReplica p50) = ${fmt(one.p50).trim()} / ${expected.toFixed(2)} = ${(one.p50 / expected).toFixed(2)}`,
      ``,
    ].join('\n'),
  );
} finally {
  await cluster.dispose();
}
