/**
 * bench/pstor: sequential put and 10-operation transaction loops against both
 * store backends, and the same loops on the raw etcd3 client (no layer of ours)
 * against the same etcd. Prints ops/s and p50/p99 latency per loop.
 *
 *   npm run bench:pstor -- [iterations]     (default 2000)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Etcd3 } from 'etcd3';
import { EmbeddedStore, EtcdStore, type Store } from '@mayastor/pstor';
import { EtcdServer } from '@mayastor/test-harness';
import { timeLoop } from '../latency.js';

interface Row {
  readonly backend: string;
  readonly loop: string;
  readonly n: number;
  readonly opsPerSec: number;
  readonly p50: number;
  readonly p99: number;
}

async function measure(backend: string, loop: string, n: number, op: (i: number) => Promise<unknown>): Promise<Row> {
  for (let i = 0; i < Math.min(100, n); i++) await op(-1 - i); // warm-up
  return { backend, loop, ...(await timeLoop(n, op)) };
}

const value = JSON.stringify({ schemaVersion: 1, value: { uuid: '0'.repeat(36), size: 10737418240, replicas: 3 } });
const txnOps = (i: number) =>
  Array.from({ length: 10 }, (_, j) => ({ type: 'put' as const, key: `/bench/txn/${i}/${j}`, value }));

async function ours(backend: string, store: Store, n: number): Promise<Row[]> {
  return [
    await measure(backend, 'put', n, (i) => store.put(`/bench/put/${i}`, value)),
    await measure(backend, 'txn (10 puts)', n, (i) => store.txn([], txnOps(i))),
  ];
}

async function rawEtcd3(endpoint: string, n: number): Promise<Row[]> {
  const client = new Etcd3({ hosts: `http://${endpoint}` });
  try {
    return [
      await measure('etcd, raw etcd3 client', 'put', n, (i) => client.put(`/raw/put/${i}`).value(value).exec()),
      await measure('etcd, raw etcd3 client', 'txn (10 puts)', n, (i) =>
        client
          .if(`/raw/txn/${i}/0`, 'Create', '==', 0)
          .then(...Array.from({ length: 10 }, (_, j) => client.put(`/raw/txn/${i}/${j}`).value(value)))
          .commit(),
      ),
    ];
  } finally {
    client.close();
  }
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 2000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`iterations must be a positive integer, got '${process.argv[2]}'`);
  const rows: Row[] = [];

  const etcd = await EtcdServer.start();
  try {
    const store = new EtcdStore({ endpoints: [etcd.endpoint] });
    rows.push(...(await ours('etcd, @mayastor/pstor', store, n)));
    await store.close();
    rows.push(...(await rawEtcd3(etcd.endpoint, n)));
  } finally {
    await etcd.dispose();
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'bench-embedded-'));
  try {
    const store = await EmbeddedStore.open({ dataDir });
    rows.push(...(await ours('embedded (fsync on)', store, n)));
    await store.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }

  const fmt = (x: number, d = 2): string => x.toFixed(d).padStart(9);
  console.log(`bench/pstor: ${n} sequential iterations per loop (after 100 warm-up), one client`);
  console.log(
    `${'backend'.padEnd(26)} ${'loop'.padEnd(14)} ${'ops/s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)}`,
  );
  for (const r of rows) {
    console.log(`${r.backend.padEnd(26)} ${r.loop.padEnd(14)} ${fmt(r.opsPerSec, 0)} ${fmt(r.p50)} ${fmt(r.p99)}`);
  }
}

await main();
