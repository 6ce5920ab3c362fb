import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimProcess, waitUntil } from '@mayastor/test-harness';
import { engineClients, expectStatus, type EngineClients } from './grpc-client.js';

const MiB = 1024 * 1024;
const NQN = 'nqn.2019-05.io.openebs';

/**
 * Two engines in one process (127.0.0.1 and 127.0.0.2): a nexus on the first with
 * a local replica and a replica of the second over NVMf; then the faults of the
 * control API, seen from the data plane and from gRPC.
 */
describe('io-engine simulator faults (two engines in one process)', () => {
  let sim: SimProcess;
  let a: EngineClients;
  let b: EngineClients;
  const [nodeA, nodeB] = ['sim-f-1', 'sim-f-2'];
  const hostA = `${NQN}:node-name:${nodeA}`;
  const local = (uuid: string) => `bdev:///${uuid}?uuid=${uuid}`;
  const remote = (uuid: string) => `nvmf+tcp://127.0.0.2:${sim.nvmfPort}/${NQN}:${uuid}?uuid=${uuid}`;

  /** A pool on each engine, a local replica on A, a replica on B shared to A, and a nexus of the two on A. */
  async function volume(options: { thinRemote?: boolean } = {}) {
    const [ra, rb, nexus] = [randomUUID(), randomUUID(), randomUUID()];
    await a.createReplica({ name: ra, uuid: ra, pooluuid: 'pa', size: 32 * MiB, thin: false });
    await b.createReplica({
      name: rb,
      uuid: rb,
      pooluuid: 'pb',
      size: 32 * MiB,
      thin: options.thinRemote ?? false,
      share: 'NVMF',
      allowed_hosts: [hostA],
    });
    await a.createNexus({
      name: randomUUID(),
      uuid: nexus,
      size: 32 * MiB,
      minCntlId: 1,
      maxCntlId: 10,
      children: [local(ra), remote(rb)],
    });
    return { ra, rb, nexus };
  }
  const remoteChild = async (nexus: string, rb: string) => {
    const { nexus_list } = await a.listNexus({ uuid: { value: nexus } });
    return nexus_list[0]?.children.find((c) => c.uri === remote(rb));
  };

  beforeAll(async () => {
    sim = await SimProcess.start({ nodeName: 'sim-f', nodeCount: 2, disks: ['d0:512MiB'] });
    a = engineClients(sim.endpointOf(1));
    b = engineClients(sim.endpointOf(2));
    await a.createPool({ name: 'pa', disks: [sim.diskPath('d0', nodeA)] });
    await b.createPool({ name: 'pb', disks: [sim.diskPath('d0', nodeB)] });
  });

  afterAll(async () => {
    a?.close();
    b?.close();
    await sim?.dispose();
  });

  it('lists both engines on the control API', async () => {
    const nodes = (await sim.control('GET', '/nodes')) as { name: string; grpcEndpoint: string; status: string }[];
    expect(nodes.map((n) => [n.name, n.grpcEndpoint, n.status])).toEqual([
      [nodeA, sim.endpointOf(1), 'running'],
      [nodeB, sim.endpointOf(2), 'running'],
    ]);
  });

  it('refuses a remote child whose target does not allow the nexus host', async () => {
    const rb = randomUUID();
    await b.createReplica({
      name: rb,
      uuid: rb,
      pooluuid: 'pb',
      size: 32 * MiB,
      share: 'NVMF',
      allowed_hosts: ['nqn.someone-else'],
    });
    await expectStatus(
      a.createNexus({
        name: randomUUID(),
        uuid: randomUUID(),
        size: 32 * MiB,
        minCntlId: 1,
        maxCntlId: 9,
        children: [remote(rb)],
      }),
      status.INVALID_ARGUMENT,
    );
    await b.shareReplica({ uuid: rb, share: 'NVMF', allowed_hosts: [hostA] });
    const { nexus } = await a.createNexus({
      name: randomUUID(),
      uuid: randomUUID(),
      size: 32 * MiB,
      minCntlId: 1,
      maxCntlId: 9,
      children: [remote(rb)],
    });
    expect(nexus?.state).toBe('NEXUS_ONLINE');
    // Unsharing the replica drops the host's controller: the child fails with an I/O error.
    await b.unshareReplica({ uuid: rb });
    await waitUntil(
      async () => (await a.listNexus({ uuid: { value: nexus?.uuid ?? '' } })).nexus_list[0]?.state === 'NEXUS_FAULTED',
      5000,
      () => 'the nexus did not fault',
    );
  });

  it('a crashed target engine faults the remote child with an I/O failure', async () => {
    const { nexus, rb } = await volume();
    await sim.control('POST', `/nodes/${nodeB}/crash`);
    await waitUntil(
      async () => (await remoteChild(nexus, rb))?.state === 'CHILD_STATE_FAULTED',
      5000,
      () => 'no fault',
    );
    expect(await remoteChild(nexus, rb)).toMatchObject({
      state_reason: 'CHILD_STATE_REASON_IO_FAILURE',
      has_io_log: true,
    });
    expect((await a.listNexus({ uuid: { value: nexus } })).nexus_list[0]?.state).toBe('NEXUS_DEGRADED');
    await sim.control('POST', `/nodes/${nodeB}/start`);
    await waitUntil(
      () => b.listPools({}).then(() => true),
      10_000,
      () => 'engine B does not answer',
    );
    await b.importPool({ name: 'pb', disks: [sim.diskPath('d0', nodeB)] });
  });

  it('a partitioned engine answers nothing, and its targets time out', async () => {
    const { nexus, rb } = await volume();
    await sim.control('PUT', `/nodes/${nodeB}/faults/partition`);
    const started = Date.now();
    const hung = await b.listPools({}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(hung).toBeDefined();
    await waitUntil(
      async () => (await remoteChild(nexus, rb))?.state === 'CHILD_STATE_FAULTED',
      8000,
      () => 'no timeout',
    );
    expect(await remoteChild(nexus, rb)).toMatchObject({ state_reason: 'CHILD_STATE_REASON_TIMED_OUT' });
    expect(Date.now() - started).toBeGreaterThan(1000);
    await sim.control('DELETE', `/nodes/${nodeB}/faults/partition`);
    expect((await b.listPools({})).pools.map((p) => p.name)).toEqual(['pb']);
  });

  it('injects latency and failures into chosen RPCs', async () => {
    await sim.control('PUT', `/nodes/${nodeA}/faults/latency`, { ms: 300 });
    const t0 = Date.now();
    await a.listPools({});
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    await sim.control('PUT', `/nodes/${nodeA}/faults/latency`, { ms: 0 });

    await sim.control('PUT', `/nodes/${nodeA}/faults/rpc/CreateReplica`, { code: 'UNAVAILABLE', count: 1 });
    const uuid = randomUUID();
    await expectStatus(a.createReplica({ name: uuid, uuid, pooluuid: 'pa', size: MiB }), status.UNAVAILABLE);
    expect((await a.createReplica({ name: uuid, uuid, pooluuid: 'pa', size: MiB })).uuid).toBe(uuid);

    await sim.control('PUT', `/nodes/${nodeA}/faults/rpc/ListNexus`, { code: 'INTERNAL' });
    await expectStatus(a.listNexus({}), status.INTERNAL);
    await expectStatus(a.listNexus({}), status.INTERNAL);
    await sim.control('DELETE', `/nodes/${nodeA}/faults`);
    await a.listNexus({});
  });

  it('a full pool refuses thick replicas and fails writes to thin ones with ENOSPC', async () => {
    const { nexus, rb } = await volume({ thinRemote: true });
    await sim.control('PUT', `/nodes/${nodeB}/pools/pb/full`);
    const uuid = randomUUID();
    await expectStatus(b.createReplica({ name: uuid, uuid, pooluuid: 'pb', size: 8 * MiB }), status.RESOURCE_EXHAUSTED);
    await waitUntil(
      async () => (await remoteChild(nexus, rb))?.state_reason === 'CHILD_STATE_REASON_NO_SPACE',
      5000,
      () => 'no ENOSPC',
    );
    expect(await remoteChild(nexus, rb)).toMatchObject({ state: 'CHILD_STATE_DEGRADED' });
    await sim.control('DELETE', `/nodes/${nodeB}/pools/pb/full`);
    await b.createReplica({ name: uuid, uuid, pooluuid: 'pb', size: 8 * MiB });
  });

  it('faults a nexus child as an I/O error would, even the last healthy one', async () => {
    const { nexus, ra, rb } = await volume();
    await sim.control('POST', `/nodes/${nodeA}/nexuses/${nexus}/child-fault`, {
      uri: remote(rb),
      reason: 'IO_FAILURE',
    });
    await sim.control('POST', `/nodes/${nodeA}/nexuses/${nexus}/child-fault`, { uri: local(ra) });
    const listed = (await a.listNexus({ uuid: { value: nexus } })).nexus_list[0];
    expect(listed?.state).toBe('NEXUS_FAULTED');
    expect(listed?.children.map((c) => c.state_reason)).toEqual([
      'CHILD_STATE_REASON_IO_FAILURE',
      'CHILD_STATE_REASON_IO_FAILURE',
    ]);
  });
});
