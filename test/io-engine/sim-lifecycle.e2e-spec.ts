import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EtcdStore } from '@mayastor/pstor';
import { EtcdServer, RegistrationRecorder, SimProcess, waitUntil } from '@mayastor/test-harness';
import { engineClients, expectStatus, type EngineClients } from './grpc-client.js';

const MiB = 1024 * 1024;
const NQN = 'nqn.2019-05.io.openebs';

/**
 * One simulator driven through the whole lifecycle with the generated v1 clients
 * only: every state read back, and every error case of the reference's behaviour
 * section answered with its status code.
 */
describe('io-engine simulator lifecycle (generated v1 client)', () => {
  let etcd: EtcdServer;
  let store: EtcdStore;
  let registration: RegistrationRecorder;
  let sim: SimProcess;
  let io: EngineClients;
  let disk: string;
  const node = 'sim-life';
  const hostNqn = `${NQN}:node-name:${node}`;
  const pool = 'pool-1';
  const r = { r1: randomUUID(), r2: randomUUID(), r3: randomUUID(), big: randomUUID() };
  const volume = randomUUID();
  const nexusUuid = randomUUID();
  const infoKey = `/openebs.io/mayastor/apis/v0/clusters/c1/namespaces/ns/volume/${volume}/nexus/${nexusUuid}/info`;
  let poolUuid = '';
  let bdevUri = (uuid: string) => `bdev:///${uuid}?uuid=${uuid}`;
  let nvmfUri = (uuid: string) => `nvmf+tcp://127.0.0.1:${sim.nvmfPort}/${NQN}:${uuid}?uuid=${uuid}`;

  const nexusInfo = async (key = infoKey) => {
    const kv = await store.get(key);
    return kv
      ? (JSON.parse(kv.value) as { clean_shutdown: boolean; children: { uuid: string; healthy: boolean }[] })
      : null;
  };
  const nexus = async (uuid = nexusUuid) => {
    const { nexus_list } = await io.listNexus({ uuid: { value: uuid } });
    const found = nexus_list[0];
    if (!found) throw new Error(`nexus ${uuid} not listed`);
    return found;
  };
  const child = async (uri: string) => (await nexus()).children.find((c) => c.uri === uri);
  /** After a restart the client's channel reconnects with backoff: wait for it. */
  const reconnected = () =>
    waitUntil(
      () => io.listPools({}).then(() => true),
      10_000,
      () => 'the engine does not answer',
    );

  beforeAll(async () => {
    etcd = await EtcdServer.start();
    store = new EtcdStore({ endpoints: [etcd.endpoint] });
    registration = await RegistrationRecorder.start();
    sim = await SimProcess.start({
      nodeName: node,
      registrationEndpoint: registration.endpoint,
      heartbeatSeconds: 1,
      storeEndpoint: etcd.endpoint,
      disks: ['disk0:1GiB', 'disk1:256MiB'],
      rebuildMiBPerSec: 64,
    });
    io = engineClients(sim.endpoint);
    disk = sim.diskPath('disk0');
    bdevUri = (uuid) => `bdev:///${uuid}?uuid=${uuid}`;
    nvmfUri = (uuid) => `nvmf+tcp://127.0.0.1:${sim.nvmfPort}/${NQN}:${uuid}?uuid=${uuid}`;
  });

  afterAll(async () => {
    io?.close();
    await sim?.dispose();
    await registration?.stop();
    await store?.close();
    await etcd?.dispose();
  });

  it('registers, heartbeats with the complete message, and answers GetMayastorInfo', async () => {
    await waitUntil(
      async () => registration.registrations(node).length >= 2,
      10_000,
      () => 'no heartbeats',
    );
    const [first, second] = registration.registrations(node);
    expect(first).toEqual(second);
    expect(first).toMatchObject({
      id: node,
      grpc_endpoint: sim.endpoint,
      api_version: ['V0', 'V1'],
      hostnqn: { value: hostNqn },
      features: { asymmetricNamespaceAccess: true },
      bugfixes: { nexusRebuildReplicaAncestry: true },
    });
    expect(first?.instance_uuid?.value).toMatch(/^[0-9a-f-]{36}$/);
    const info = await io.info({});
    expect(info.registration_info).toEqual(first);
    expect(info.previous_features?.asymmetricNamespaceAccess).toBe(true);
  });

  it('creates a pool on a bare disk path, with the reference’s space accounting', async () => {
    await expectStatus(io.createPool({ name: pool, disks: [] }), status.INVALID_ARGUMENT);
    await expectStatus(io.createPool({ name: pool, disks: [disk, sim.diskPath('disk1')] }), status.INVALID_ARGUMENT);
    const created = await io.createPool({ name: pool, disks: [disk], pooltype: 'Lvs' });
    poolUuid = created.uuid;
    expect(created).toMatchObject({
      name: pool,
      state: 'POOL_ONLINE',
      pooltype: 'Lvs',
      used: '0',
      committed: '0',
      cluster_size: 4 * MiB,
      disk_capacity: String(1024 * MiB),
    });
    expect(created.disks).toHaveLength(1);
    expect(created.disks[0]).toMatch(new RegExp(`^aio://${disk}\\?uuid=[0-9a-f-]{36}$`));
    expect(Number(created.capacity)).toBeLessThan(1024 * MiB);
    expect(Number(created.capacity) % (4 * MiB)).toBe(0);

    await expectStatus(io.createPool({ name: pool, disks: [`aio://${disk}`] }), status.ALREADY_EXISTS);
    await expectStatus(io.createPool({ name: pool, disks: [sim.diskPath('disk1')] }), status.INVALID_ARGUMENT);
    await expectStatus(io.createPool({ name: 'other', disks: [disk] }), status.INVALID_ARGUMENT);
    await expectStatus(io.importPool({ name: pool, disks: [disk] }), status.ALREADY_EXISTS);
    await expectStatus(io.destroyPool({ name: 'nope' }), status.NOT_FOUND);
    await expectStatus(io.exportPool({ name: 'nope' }), status.NOT_FOUND);
    await expectStatus(
      io.createPool({ name: 'p-big-cluster', disks: [sim.diskPath('disk1')], cluster_size: 3 * MiB + 1 }),
      status.INVALID_ARGUMENT,
    );
  });

  it('creates replicas, thick and thin, and refuses what the engine refuses', async () => {
    const r1 = await io.createReplica({ name: r.r1, uuid: r.r1, pooluuid: poolUuid, size: 64 * MiB, thin: false });
    expect(r1).toMatchObject({
      name: r.r1,
      uuid: r.r1,
      pooluuid: poolUuid,
      poolname: pool,
      size: String(64 * MiB),
      thin: false,
      share: 'NONE',
      uri: bdevUri(r.r1),
      is_snapshot: false,
      is_clone: false,
      pooltype: 'Lvs',
    });
    // The pool may be named by its name in `pooluuid`.
    await io.createReplica({ name: r.r2, uuid: r.r2, pooluuid: pool, size: 64 * MiB, thin: true, entity_id: volume });
    await io.createReplica({ name: r.r3, uuid: r.r3, pooluuid: pool, size: 64 * MiB + 1, thin: false });

    const [listed] = (await io.listPools({ name: { value: pool } })).pools;
    expect(listed?.used).toBe(String(64 * MiB + 68 * MiB)); // r3 rounds up to 17 clusters
    expect(listed?.committed).toBe(String(64 * MiB + 64 * MiB + 68 * MiB));

    await expectStatus(io.createReplica({ name: 'x', uuid: r.r1, pooluuid: pool, size: MiB }), status.ALREADY_EXISTS);
    await expectStatus(
      io.createReplica({ name: r.r1, uuid: randomUUID(), pooluuid: pool, size: MiB }),
      status.ALREADY_EXISTS,
    );
    const capacity = Number(listed?.capacity);
    const free = capacity - Number(listed?.used);
    await expectStatus(
      io.createReplica({ name: 'huge', uuid: randomUUID(), pooluuid: pool, size: capacity + 4 * MiB }),
      status.INVALID_ARGUMENT,
    );
    await expectStatus(
      io.createReplica({ name: 'nofit', uuid: randomUUID(), pooluuid: pool, size: free + 4 * MiB, thin: false }),
      status.RESOURCE_EXHAUSTED,
    );
    await expectStatus(
      io.createReplica({ name: 'orphan', uuid: randomUUID(), pooluuid: 'no-such-pool', size: MiB }),
      status.FAILED_PRECONDITION,
    );
    await expectStatus(
      io.createReplica({ name: 'iscsi', uuid: randomUUID(), pooluuid: pool, size: MiB, share: 'ISCSI' }),
      status.INVALID_ARGUMENT,
    );

    const byPool = await io.listReplicas({ poolname: { value: pool }, query: { replica: true, clone: true } });
    expect(byPool.replicas.map((x) => x.uuid).sort()).toEqual([r.r1, r.r2, r.r3].sort());
    const one = await io.listReplicas({ uuid: { value: r.r2 } });
    expect(one.replicas).toHaveLength(1);
    expect(one.replicas[0]).toMatchObject({ thin: true, entity_id: volume });
    expect((await io.listReplicas({ uuid: { value: randomUUID() } })).replicas).toEqual([]);
  });

  it('shares and unshares replicas over NVMf with the reference’s URI format', async () => {
    const shared = await io.shareReplica({ uuid: r.r2, share: 'NVMF', allowed_hosts: ['nqn.host-a'] });
    expect(shared).toMatchObject({ share: 'NVMF', uri: nvmfUri(r.r2), allowed_hosts: ['nqn.host-a'] });
    const again = await io.shareReplica({ uuid: r.r2, share: 'NVMF', allowed_hosts: [hostNqn] });
    expect(again).toMatchObject({ share: 'NVMF', uri: nvmfUri(r.r2), allowed_hosts: [hostNqn] });
    await expectStatus(io.shareReplica({ uuid: r.r2, share: 'NONE' }), status.INVALID_ARGUMENT);
    await expectStatus(io.shareReplica({ uuid: r.r1, share: 'ISCSI' }), status.INVALID_ARGUMENT);
    expect(await io.unshareReplica({ uuid: r.r1 })).toMatchObject({ share: 'NONE', uri: bdevUri(r.r1) });
    await io.shareReplica({ uuid: r.r3, share: 'NVMF', allowed_hosts: [hostNqn] });

    const missing = await expectStatus(io.destroyReplica({ uuid: randomUUID() }), status.NOT_FOUND);
    expect(missing.metadata.get('gtm-602')).toEqual(['0']);
    await expectStatus(io.destroyReplica({ uuid: r.r1, pool_name: 'wrong-pool' }), status.ABORTED);
    await expectStatus(io.destroyReplica({ uuid: r.r1, pool_uuid: randomUUID() }), status.ABORTED);
  });

  it('creates a nexus only when every child opens, and checks its arguments', async () => {
    const base = { name: volume, uuid: nexusUuid, size: 64 * MiB, minCntlId: 1, maxCntlId: 0xffef, resvKey: 1 };
    const children = [bdevUri(r.r1), nvmfUri(r.r2)];
    await expectStatus(io.createNexus({ ...base, minCntlId: 0, children }), status.INVALID_ARGUMENT);
    await expectStatus(io.createNexus({ ...base, maxCntlId: 0xfff0, children }), status.INVALID_ARGUMENT);
    await expectStatus(io.createNexus({ ...base, minCntlId: 5, maxCntlId: 4, children }), status.INVALID_ARGUMENT);
    await expectStatus(
      io.createNexus({ ...base, children: [bdevUri(r.r1), nvmfUri(randomUUID())] }),
      status.INVALID_ARGUMENT,
    );
    await expectStatus(io.createNexus({ ...base, size: 128 * MiB, children }), status.INVALID_ARGUMENT);
    expect((await io.listNexus({})).nexus_list).toEqual([]);

    const { nexus: created } = await io.createNexus({
      ...base,
      children,
      nexusInfoKey: infoKey,
      resvType: 'ExclusiveAccess',
      preemptPolicy: 'Holder',
    });
    expect(created).toMatchObject({
      name: volume,
      uuid: nexusUuid,
      size: String(64 * MiB),
      state: 'NEXUS_ONLINE',
      device_uri: '',
      rebuilds: 0,
    });
    expect(created?.children).toEqual(
      children.map((uri): unknown =>
        expect.objectContaining({
          uri,
          state: 'CHILD_STATE_ONLINE',
          state_reason: 'CHILD_STATE_REASON_NONE',
          rebuild_progress: -1,
        }),
      ),
    );
    expect(await nexusInfo()).toEqual({
      clean_shutdown: false,
      children: [
        { uuid: r.r1, healthy: true },
        { uuid: r.r2, healthy: true },
      ],
    });
    await expectStatus(io.createNexus({ ...base, uuid: randomUUID(), children }), status.ALREADY_EXISTS);
    await expectStatus(io.createNexus({ ...base, name: randomUUID(), children }), status.INTERNAL);
    await expectStatus(io.listNexus({ uuid: { value: randomUUID() } }), status.NOT_FOUND);
    expect((await io.listNexus({ name: { value: 'unknown' } })).nexus_list).toEqual([]);
    await expectStatus(io.destroyNexus({ uuid: randomUUID() }), status.NOT_FOUND);
  });

  it('publishes over NVMf, idempotently, and refuses other protocols and bad keys', async () => {
    const { nexus: published } = await io.publishNexus({ uuid: nexusUuid, share: 'NVMF', allowed_hosts: ['nqn.app'] });
    expect(published?.device_uri).toBe(`nvmf+tcp://127.0.0.1:${sim.nvmfPort}/${NQN}:${volume}`);
    expect(published?.allowed_hosts).toEqual(['nqn.app']);
    const { nexus: again } = await io.publishNexus({ uuid: nexusUuid, share: 'NVMF', allowed_hosts: ['nqn.app2'] });
    expect(again?.device_uri).toBe(published?.device_uri);
    expect(again?.allowed_hosts).toEqual(['nqn.app2']);
    await expectStatus(io.publishNexus({ uuid: nexusUuid, share: 'NVMF', key: 'short' }), status.INVALID_ARGUMENT);
    await expectStatus(io.publishNexus({ uuid: nexusUuid, share: 'ISCSI' }), status.INVALID_ARGUMENT);
    await expectStatus(io.publishNexus({ uuid: nexusUuid, share: 'NONE' }), status.INVALID_ARGUMENT);
  });

  it('faults and removes children, but never the last healthy one', async () => {
    const { nexus: faulted } = await io.faultChild({ uuid: nexusUuid, uri: nvmfUri(r.r2) });
    expect(faulted?.state).toBe('NEXUS_DEGRADED');
    expect(faulted?.children.find((c) => c.uri === nvmfUri(r.r2))).toMatchObject({
      state: 'CHILD_STATE_FAULTED',
      state_reason: 'CHILD_STATE_REASON_BY_CLIENT',
    });
    await waitUntil(
      async () => (await nexusInfo())?.children.find((c) => c.uuid === r.r2)?.healthy === false,
      5000,
      () => 'NexusInfo did not record the faulted child',
    );
    await expectStatus(io.faultChild({ uuid: nexusUuid, uri: bdevUri(r.r1) }), status.FAILED_PRECONDITION);
    await expectStatus(io.removeChild({ uuid: nexusUuid, uri: bdevUri(r.r1) }), status.FAILED_PRECONDITION);
    await expectStatus(
      io.childOperation({ nexus_uuid: nexusUuid, uri: bdevUri(r.r1), action: 'Offline' }),
      status.FAILED_PRECONDITION,
    );
    const { nexus: removed } = await io.removeChild({ uuid: nexusUuid, uri: nvmfUri(r.r2) });
    expect(removed?.children.map((c) => c.uri)).toEqual([bdevUri(r.r1)]);
    expect(removed?.state).toBe('NEXUS_ONLINE');
    const { nexus: unchanged } = await io.removeChild({ uuid: nexusUuid, uri: nvmfUri(r.r2) });
    expect(unchanged?.children).toHaveLength(1);
    await expectStatus(io.removeChild({ uuid: nexusUuid, uri: bdevUri(r.r1) }), status.FAILED_PRECONDITION);
  });

  it('adds a child that is rebuilt over time, with state, stats and history', async () => {
    const { nexus: added } = await io.addChild({ uuid: nexusUuid, uri: nvmfUri(r.r3), norebuild: false });
    expect(added?.state).toBe('NEXUS_DEGRADED');
    expect(added?.rebuilds).toBe(1);
    expect(added?.children.find((c) => c.uri === nvmfUri(r.r3))).toMatchObject({
      state: 'CHILD_STATE_DEGRADED',
      state_reason: 'CHILD_STATE_REASON_OUT_OF_SYNC',
    });
    await expectStatus(io.addChild({ uuid: nexusUuid, uri: nvmfUri(r.r3) }), status.ALREADY_EXISTS);
    expect((await io.rebuildState({ nexus_uuid: nexusUuid, uri: nvmfUri(r.r3) })).state).toBe('running');
    const stats = await io.rebuildStats({ nexus_uuid: nexusUuid, uri: nvmfUri(r.r3) });
    expect(stats).toMatchObject({ blocks_total: String((64 * MiB) / 512), block_size: '512', is_partial: false });
    const seen = new Set<number>();
    await waitUntil(
      async () => {
        const c = await child(nvmfUri(r.r3));
        if (c?.rebuild_progress !== undefined && c.rebuild_progress >= 0) seen.add(c.rebuild_progress);
        return c?.state === 'CHILD_STATE_ONLINE';
      },
      10_000,
      () => 'the rebuild did not complete',
    );
    expect(
      [...seen].some((p) => p > 0 && p < 100),
      `progress seen: ${[...seen].join(',')}`,
    ).toBe(true);
    const done = await nexus();
    expect(done).toMatchObject({ state: 'NEXUS_ONLINE', rebuilds: 0 });
    expect(done.children.find((c) => c.uri === nvmfUri(r.r3))).toMatchObject({
      state_reason: 'CHILD_STATE_REASON_NONE',
      rebuild_progress: -1,
    });
    const history = await io.rebuildHistory({ uuid: nexusUuid });
    expect(history.records).toHaveLength(1);
    expect(history.records[0]).toMatchObject({
      child_uri: nvmfUri(r.r3),
      src_uri: bdevUri(r.r1),
      state: 'Completed',
      blocks_remaining: '0',
      is_partial: false,
    });
    const listed = await io.listRebuildHistory({});
    expect(Object.keys(listed.histories)).toEqual([nexusUuid]);
    expect(listed.end_time).toEqual(history.records[0]?.end_time);
    expect((await io.listRebuildHistory({ since_end_time: listed.end_time })).histories).toEqual({});
    await waitUntil(
      async () => (await nexusInfo())?.children.every((c) => c.healthy) === true,
      5000,
      () => 'NexusInfo did not record the rebuilt child',
    );
  });

  it('takes a child offline and back online with a partial rebuild', async () => {
    const { nexus: offline } = await io.childOperation({
      nexus_uuid: nexusUuid,
      uri: nvmfUri(r.r3),
      action: 'Offline',
    });
    expect(offline?.children.find((c) => c.uri === nvmfUri(r.r3))).toMatchObject({
      state: 'CHILD_STATE_DEGRADED',
      state_reason: 'CHILD_STATE_REASON_BY_CLIENT',
      has_io_log: true,
    });
    await io.childOperation({ nexus_uuid: nexusUuid, uri: nvmfUri(r.r3), action: 'Online' });
    await waitUntil(
      async () => (await child(nvmfUri(r.r3)))?.state === 'CHILD_STATE_ONLINE',
      10_000,
      () => 'no online',
    );
    const history = await io.rebuildHistory({ uuid: nexusUuid });
    expect(history.records.map((x) => x.is_partial)).toEqual([false, true]);
    const { nexus: noop } = await io.childOperation({ nexus_uuid: nexusUuid, uri: nvmfUri(r.r3), action: 'Online' });
    expect(noop?.rebuilds).toBe(0);
  });

  it('unpublishes: the device URI is empty', async () => {
    const { nexus: unpublished } = await io.unpublishNexus({ uuid: nexusUuid });
    expect(unpublished?.device_uri).toBe('');
  });

  it('restarts empty under a new instance; ImportPool brings every replica back, re-shared', async () => {
    const before = (await io.listReplicas({})).replicas.sort((a, b) => a.uuid.localeCompare(b.uuid));
    const firstInstance = registration.registrations(node).at(-1)?.instance_uuid?.value;
    await sim.control('POST', `/nodes/${node}/crash`);
    await expectStatus(io.listPools({}), status.UNAVAILABLE);
    await sim.control('POST', `/nodes/${node}/start`);
    await waitUntil(
      async () => registration.registrations(node).at(-1)?.instance_uuid?.value !== firstInstance,
      10_000,
      () => 'no registration with a new instance uuid',
    );
    expect(registration.calls.some((c) => c.kind === 'deregister')).toBe(false);
    await reconnected();
    expect((await io.listPools({})).pools).toEqual([]);
    expect((await io.listReplicas({})).replicas).toEqual([]);
    expect((await io.listNexus({})).nexus_list).toEqual([]);
    // A crash wrote nothing: NexusInfo still says the shutdown was not clean.
    expect((await nexusInfo())?.clean_shutdown).toBe(false);

    const imported = await io.importPool({ name: pool, disks: [disk] });
    expect(imported.uuid).toBe(poolUuid);
    const after = (await io.listReplicas({})).replicas.sort((a, b) => a.uuid.localeCompare(b.uuid));
    expect(after).toEqual(before);
    expect(after.find((x) => x.uuid === r.r3)).toMatchObject({
      share: 'NVMF',
      uri: nvmfUri(r.r3),
      allowed_hosts: [hostNqn],
    });
  });

  it('export then CreatePool on the same disk imports the pool (create-or-import)', async () => {
    await io.exportPool({ name: pool });
    expect((await io.listPools({})).pools).toEqual([]);
    const again = await io.createPool({ name: pool, disks: [disk] });
    expect(again.uuid).toBe(poolUuid);
    expect((await io.listReplicas({})).replicas).toHaveLength(3);
  });

  it('a graceful stop deregisters and records a clean shutdown of every nexus', async () => {
    const uuid = randomUUID();
    const key = `${infoKey}-2`;
    await io.createNexus({
      name: randomUUID(),
      uuid,
      size: 64 * MiB,
      minCntlId: 1,
      maxCntlId: 100,
      children: [bdevUri(r.r1), nvmfUri(r.r3)],
      nexusInfoKey: key,
    });
    expect((await nexusInfo(key))?.clean_shutdown).toBe(false);
    await sim.control('POST', `/nodes/${node}/stop`);
    expect(registration.calls.at(-1)?.kind).toBe('deregister');
    expect(await nexusInfo(key)).toEqual({
      clean_shutdown: true,
      children: [
        { uuid: r.r1, healthy: true },
        { uuid: r.r3, healthy: true },
      ],
    });
    await sim.control('POST', `/nodes/${node}/start`);
    await reconnected();
    await io.importPool({ name: pool, disks: [disk] });
    expect((await io.listReplicas({})).replicas).toHaveLength(3);
  });

  it('destroys replicas and pools; a destroyed pool is gone from its disk', async () => {
    await io.destroyReplica({ uuid: r.r2, pool_name: pool });
    expect((await io.listReplicas({ uuid: { value: r.r2 } })).replicas).toEqual([]);
    await io.destroyPool({ name: pool });
    expect((await io.listPools({})).pools).toEqual([]);
    await expectStatus(io.importPool({ name: pool, disks: [disk] }), status.NOT_FOUND);
    const fresh = await io.createPool({ name: pool, disks: [disk] });
    expect(fresh.uuid).not.toBe(poolUuid);
    expect((await io.listReplicas({})).replicas).toEqual([]);
  });
});
