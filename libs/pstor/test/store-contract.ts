import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@mayastor/common';
import { LeaderLock, LockLostError, StoreKeys, type Store, type WatchEvent } from '@mayastor/pstor';

/** What the contract needs of a backend: clients, and a server it can stop and start. */
export interface ContractBackend {
  newClient(options?: { timeoutMs?: number }): Promise<Store>;
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  dispose(): Promise<void>;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Resolves once `predicate` holds, polling; fails after `ms`. */
async function eventually(predicate: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await sleep(25);
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

/**
 * The store contract. Both backends must pass it unchanged; a backend that
 * differs from etcd's semantics anywhere here is wrong.
 */
export function storeContract(name: string, setup: () => Promise<ContractBackend>): void {
  describe(`Store contract: ${name}`, () => {
    let backend: ContractBackend;
    let store: Store;
    const clients: Store[] = [];
    const client = async (options?: { timeoutMs?: number }): Promise<Store> => {
      const c = await backend.newClient(options);
      clients.push(c);
      return c;
    };
    const prefix = (): string => `/contract/${randomUUID()}/`;

    beforeAll(async () => {
      backend = await setup();
      store = await client();
    });

    afterAll(async () => {
      await Promise.allSettled(clients.map((c) => c.close()));
      await backend?.dispose();
    });

    it('puts, gets, overwrites and deletes keys with etcd revision semantics', async () => {
      const p = prefix();
      expect(await store.get(`${p}a`)).toBeNull();
      const r1 = await store.put(`${p}a`, 'one');
      const first = await store.get(`${p}a`);
      expect(first).toMatchObject({ key: `${p}a`, value: 'one', createRevision: r1, modRevision: r1, version: 1 });
      const r2 = await store.put(`${p}a`, 'two');
      expect(r2).toBeGreaterThan(r1);
      expect(await store.get(`${p}a`)).toMatchObject({ value: 'two', createRevision: r1, modRevision: r2, version: 2 });
      expect(await store.revision()).toBeGreaterThanOrEqual(r2);
      expect(await store.delete(`${p}a`)).toBe(1);
      expect(await store.delete(`${p}a`)).toBe(0);
      expect(await store.get(`${p}a`)).toBeNull();

      await store.put(`${p}x/1`, '1');
      await store.put(`${p}x/2`, '2');
      await store.put(`${p}y`, 'y');
      expect(await store.deletePrefix(`${p}x/`)).toBe(2);
      expect((await collect(store.list(p))).map((kv) => kv.key)).toEqual([`${p}y`]);
    });

    it('pages over more than 1,000 keys in key order, 500 at a time', async () => {
      const p = prefix();
      const total = 1203;
      const keys = Array.from({ length: total }, (_, i) => `${p}${String(i).padStart(5, '0')}`);
      for (let i = 0; i < total; i += 100) {
        await store.txn(
          [],
          keys.slice(i, i + 100).map((key) => ({ type: 'put' as const, key, value: key })),
        );
      }
      const page = await store.range(p);
      expect(page.kvs).toHaveLength(500);
      expect(page.more).toBe(true);
      const next = await store.range(p, { startAfter: page.kvs[499]!.key, limit: 10 });
      expect(next.kvs.map((kv) => kv.key)).toEqual(keys.slice(500, 510));
      const all = await collect(store.list(p));
      expect(all.map((kv) => kv.key)).toEqual(keys);
      expect(all.every((kv) => kv.value === kv.key)).toBe(true);
      // A key just outside the prefix is never included.
      await store.put(`${p.slice(0, -1)}0`, 'outside');
      expect(await collect(store.list(p))).toHaveLength(total);
    });

    it('compare-and-swap: creates once, detects conflicting writers, reads in the failure branch', async () => {
      const p = prefix();
      const create = () =>
        store.txn(
          [{ key: `${p}k`, target: 'createRevision', op: '==', value: 0 }],
          [{ type: 'put', key: `${p}k`, value: 'mine' }],
          [{ type: 'get', key: `${p}k` }],
        );
      const first = await create();
      expect(first.succeeded).toBe(true);
      const second = await create();
      expect(second.succeeded).toBe(false);
      expect(second.results[0]).toMatchObject({ type: 'get', kv: { value: 'mine' } });

      const seen = (await store.get(`${p}k`))!;
      await store.put(`${p}k`, 'someone else');
      const stale = await store.txn(
        [{ key: `${p}k`, target: 'modRevision', op: '==', value: seen.modRevision }],
        [{ type: 'put', key: `${p}k`, value: 'lost update' }],
      );
      expect(stale.succeeded).toBe(false);
      expect((await store.get(`${p}k`))!.value).toBe('someone else');

      const byValue = await store.txn(
        [{ key: `${p}k`, target: 'value', op: '==', value: 'someone else' }],
        [
          { type: 'put', key: `${p}k`, value: 'swapped' },
          { type: 'put', key: `${p}other`, value: 'too' },
        ],
      );
      expect(byValue.succeeded).toBe(true);
      const [k, other] = [await store.get(`${p}k`), await store.get(`${p}other`)];
      // Both writes of one transaction share its revision.
      expect(k!.modRevision).toBe(byValue.revision);
      expect(other!.modRevision).toBe(byValue.revision);
    });

    it('watches a prefix in revision order, from a past revision and live', async () => {
      const p = prefix();
      const before = await store.put(`${p}a`, '1');
      const seen: WatchEvent[] = [];
      const watch = await store.watch(p, { onEvents: (events) => seen.push(...events) }, { startRevision: before });
      await store.put(`${p}b`, '2');
      await store.put(`${prefix()}elsewhere`, 'x');
      await store.delete(`${p}a`);
      await store.txn(
        [],
        [
          { type: 'put', key: `${p}c`, value: '3' },
          { type: 'put', key: `${p}d`, value: '4' },
        ],
      );
      await eventually(() => seen.length >= 5, 10_000, 'five events');
      await watch.cancel();
      expect(seen.map((e) => `${e.type} ${e.kv.key.slice(p.length)}`)).toEqual([
        'put a',
        'put b',
        'delete a',
        'put c',
        'put d',
      ]);
      const revisions = seen.map((e) => e.kv.modRevision);
      expect([...revisions].sort((x, y) => x - y)).toEqual(revisions);
      expect(revisions[0]).toBe(before);
    });

    it('leases: keys under a lease that is not kept alive are removed when it expires', async () => {
      const p = prefix();
      const lease = await store.grantLease(2);
      await store.put(`${p}ephemeral`, 'x', { lease });
      await store.put(`${p}durable`, 'y');
      expect((await store.get(`${p}ephemeral`))!.lease).toBe(lease);
      expect(await store.keepAliveOnce(lease)).toBeGreaterThan(0);
      await eventually(async () => (await store.get(`${p}ephemeral`)) === null, 10_000, 'the leased key expires');
      expect(await store.get(`${p}durable`)).not.toBeNull();
      expect(await store.keepAliveOnce(lease)).toBe(0);
    });

    it('lock: a second client cannot take it while the first holds it, and takes over within one TTL of a revoke', async () => {
      const keys = new StoreKeys(`c-${randomUUID().slice(0, 8)}`, 'ns');
      const [a, b] = [await client(), await client()];
      const lockA = await LeaderLock.acquire(a, { name: 'core-agent', holder: 'A', keys, ttlSeconds: 3 });
      expect((await a.get(keys.lock('core-agent')))!.value).toBe('A');
      expect(JSON.parse((await a.get(keys.lockOwner('core-agent')))!.value)).toMatchObject({ holder: 'A' });

      const abort = new AbortController();
      let lockB: LeaderLock | undefined;
      const takingB = LeaderLock.acquire(b, {
        name: 'core-agent',
        holder: 'B',
        keys,
        ttlSeconds: 3,
        retryMs: 100,
        signal: abort.signal,
      }).then((l) => (lockB = l));
      await sleep(1500);
      expect(lockB).toBeUndefined();
      expect(lockA.held).toBe(true);

      // Someone else (an operator, or etcd expiring it) revokes A's lease.
      const revokedAt = Date.now();
      await store.revokeLease(lockA.leaseId);
      await takingB;
      expect(Date.now() - revokedAt).toBeLessThan(3000);
      expect((await b.get(keys.lock('core-agent')))!.value).toBe('B');

      // A's next write is refused and A learns it has lost the lock.
      const target = `${keys.spec('VolumeSpec', 'v1')}`;
      await expect(lockA.put(target, 'from a stale leader')).rejects.toBeInstanceOf(LockLostError);
      expect(lockA.held).toBe(false);
      expect(lockA.signal.aborted).toBe(true);
      expect(await b.get(target)).toBeNull();
      // B's fenced writes go through.
      await lockB!.put(target, 'from the leader');
      expect((await b.get(target))!.value).toBe('from the leader');
      await lockB!.release();
      expect(await b.get(keys.lock('core-agent'))).toBeNull();
      expect(await b.get(keys.lockOwner('core-agent'))).toBeNull();
    });

    it('lock: a fenced write is refused once the lease is lost, and its own compares still decide otherwise', async () => {
      const keys = new StoreKeys(`c-${randomUUID().slice(0, 8)}`, 'ns');
      const lock = await LeaderLock.acquire(await client(), { name: 'core-agent', holder: 'A', keys, ttlSeconds: 2 });
      const key = keys.spec('PoolSpec', 'p1');
      const create = () =>
        lock.txn([{ key, target: 'createRevision', op: '==', value: 0 }], [{ type: 'put', key, value: 'v' }]);
      expect((await create()).succeeded).toBe(true);
      // The caller's compare fails while the lock is held: an ordinary failed txn.
      expect((await create()).succeeded).toBe(false);
      expect(lock.held).toBe(true);

      await store.revokeLease(lock.leaseId);
      const err = await lock.put(key, 'late').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LockLostError);
      expect(err).toMatchObject({ kind: 'Unavailable', details: { reason: 'LockLost' } });
      expect((await store.get(key))!.value).toBe('v');
      // Once lost, the lock refuses writes without asking the store.
      await expect(lock.put(key, 'later')).rejects.toBeInstanceOf(LockLostError);
    });

    it('a call against a stopped server fails with Unavailable within the timeout; the client reconnects after', async () => {
      const c = await client({ timeoutMs: 1000 });
      const p = prefix();
      await c.put(`${p}k`, 'v');
      await backend.stopServer();
      try {
        for (const call of [() => c.get(`${p}k`), () => c.put(`${p}k`, 'w'), () => c.range(p)]) {
          const started = Date.now();
          const err = await call().catch((e: unknown) => e);
          expect(err).toBeInstanceOf(DomainError);
          expect((err as DomainError).kind).toBe('Unavailable');
          expect(Date.now() - started).toBeLessThan(1500);
        }
      } finally {
        await backend.startServer();
      }
      await eventually(
        async () => (await c.get(`${p}k`).catch(() => null))?.value === 'v',
        10_000,
        'the client works again',
      );
    });

    it('a watch resumes after the server restarts, without losing or repeating an event', async () => {
      const watcher = await client();
      const writer = await client();
      const p = prefix();
      const seen: WatchEvent[] = [];
      let disconnects = 0;
      const watch = await watcher.watch(p, {
        onEvents: (events) => seen.push(...events),
        onDisconnected: () => disconnects++,
      });
      for (let i = 0; i < 5; i++) await writer.put(`${p}before-${i}`, String(i));
      await eventually(() => seen.length === 5, 10_000, 'events before the outage');

      await backend.stopServer();
      await backend.startServer();
      // Written while the watcher is still reconnecting: it must catch up on them.
      await eventually(
        async () =>
          writer.put(`${p}after-0`, '0').then(
            () => true,
            () => false,
          ),
        10_000,
        'the writer reconnects',
      );
      for (let i = 1; i < 5; i++) await writer.put(`${p}after-${i}`, String(i));
      await eventually(() => seen.length >= 10, 15_000, 'events after the outage');
      await sleep(300);
      await watch.cancel();

      expect(disconnects).toBeGreaterThan(0);
      expect(seen.map((e) => e.kv.key.slice(p.length))).toEqual([
        ...Array.from({ length: 5 }, (_, i) => `before-${i}`),
        ...Array.from({ length: 5 }, (_, i) => `after-${i}`),
      ]);
    });
  });
}
