import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Nexus__Output } from '@mayastor/core-api';
import type { NexusSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, failure } from './core-fixture.js';

const MiB = 1024 * 1024;
const APP_NQN = 'nqn.2014-08.org.nvmexpress:uuid:app-node-1';
const nqnOf = (node: string): string => `nqn.2019-05.io.openebs:node-name:${node}`;
/** Reconcile periods (busy and idle) short enough that a few pass within a test. */
const PERIOD_MS = 200;

describe('core: nexuses and specs (real etcd, three simulated io-engines)', () => {
  let c: CoreCluster;
  /** Replicas on sim-1 (used locally by a nexus there) and on sim-2 (used over NVMf), as child URIs. */
  const child: { local: string; remote: string; extra: string } = { local: '', remote: '', extra: '' };
  const replicaUuids: string[] = [];

  async function replica(pool: string, shareTo?: string): Promise<string> {
    const uuid = randomUUID();
    replicaUuids.push(uuid);
    await c.api.replicas.createReplica({ uuid, pool, size: 16 * MiB, thin: false });
    if (!shareTo) return `bdev:///${uuid}?uuid=${uuid}`;
    const shared = await c.api.replicas.shareReplica({ uuid, allowed_hosts: [nqnOf(shareTo)] });
    return shared.state!.uri;
  }

  const create = (uuid: string, children: string[], node = 'sim-1'): Promise<Nexus__Output> =>
    c.api.nexuses.createNexus({ node, uuid, size: 8 * MiB, children });

  async function onEngine(node: string, uuid: string) {
    return (await c.engine(node).listNexus()).nexus_list.find((n) => n.uuid === uuid);
  }

  async function stored(uuid: string): Promise<NexusSpec | undefined> {
    return (await c.storedSpecs<NexusSpec>('NexusSpec')).get(uuid);
  }

  beforeAll(async () => {
    c = await CoreCluster.start({
      RECONCILE_PERIOD_MS: String(PERIOD_MS),
      RECONCILE_IDLE_PERIOD_MS: String(PERIOD_MS),
      CACHE_POLL_MS: '1000',
    });
    await c.api.pools.createPool({ node: 'sim-1', id: 'p1', disks: [c.diskOf('sim-1')] });
    await c.api.pools.createPool({ node: 'sim-2', id: 'p2', disks: [c.diskOf('sim-2')] });
    child.local = await replica('p1');
    child.remote = await replica('p2', 'sim-1');
    child.extra = await replica('p2', 'sim-1');
    expect(child.remote).toMatch(/^nvmf\+tcp:\/\//);
  });

  afterAll(async () => {
    await c?.dispose();
  });

  const nexus = randomUUID();

  it('creates a standalone nexus from replica URIs; Get and List show its spec and state; idempotent', async () => {
    const created = await create(nexus, [child.local, child.remote]);
    expect(created.spec).toMatchObject({
      uuid: nexus,
      node: 'sim-1',
      size: 8 * MiB,
      children: [child.local, child.remote],
      share: 'PROTOCOL_NONE',
      managed: false,
      status: 'SPEC_STATUS_CREATED',
      operation: null,
    });
    expect(created.spec!.owner).toBeUndefined();
    expect(created.state).toMatchObject({
      uuid: nexus,
      node: 'sim-1',
      size: 8 * MiB,
      status: 'NEXUS_STATUS_ONLINE',
      device_uri: '',
      share: 'PROTOCOL_NONE',
      rebuilds: 0,
    });
    expect(created.state!.children).toMatchObject([
      { uri: child.local, state: 'Online', state_reason: '' },
      { uri: child.remote, state: 'Online', state_reason: '' },
    ]);
    expect(created.state!.children.map((ch) => ch.rebuild_progress)).toEqual([undefined, undefined]);
    // Written in etcd as a standalone nexus, and made on the engine under its own uuid as name.
    expect(await stored(nexus)).toMatchObject({
      volume: null,
      name: nexus,
      children: [child.local, child.remote],
      replicas: [],
      status: 'Created',
      operation: null,
    });
    expect((await onEngine('sim-1', nexus))?.children.map((ch) => ch.uri)).toEqual([child.local, child.remote]);

    expect(await c.api.nexuses.getNexus({ uuid: nexus })).toEqual(created);
    expect(await c.api.nexuses.getNexus({ uuid: nexus, node: 'sim-1' })).toEqual(created);
    expect(await failure(c.api.nexuses.getNexus({ uuid: nexus, node: 'sim-2' }))).toMatchObject({ kind: 'NotFound' });
    expect((await c.api.nexuses.listNexuses({})).nexuses.map((n) => n.uuid)).toContain(nexus);
    expect((await c.api.nexuses.listNexuses({ node: 'sim-1' })).nexuses.map((n) => n.uuid)).toContain(nexus);
    expect((await c.api.nexuses.listNexuses({ node: 'sim-2' })).nexuses.map((n) => n.uuid)).not.toContain(nexus);

    // The same create answers the nexus; other parameters are refused.
    expect((await create(nexus, [child.local, child.remote])).spec).toEqual(created.spec);
    expect(
      await failure(c.api.nexuses.createNexus({ node: 'sim-1', uuid: nexus, size: 16 * MiB, children: [child.local] })),
    ).toMatchObject({ kind: 'AlreadyExists' });
    expect(await failure(create(nexus, [child.local, child.remote], 'sim-2'))).toMatchObject({
      kind: 'AlreadyExists',
    });
  });

  it('shares it over NVMf (device URI, allowed hosts) and keeps it through reconcile passes', async () => {
    const { device_uri } = await c.api.nexuses.shareNexus({ uuid: nexus, node: 'sim-1', allowed_hosts: [APP_NQN] });
    expect(device_uri).toMatch(new RegExp(`^nvmf\\+tcp://127\\.0\\.0\\.1:\\d+/nqn\\.2019-05\\.io\\.openebs:${nexus}$`));
    expect(await onEngine('sim-1', nexus)).toMatchObject({ device_uri, allowed_hosts: [APP_NQN] });
    const shared = await c.api.nexuses.getNexus({ uuid: nexus });
    expect(shared.spec).toMatchObject({ share: 'PROTOCOL_NVMF', allowed_hosts: [APP_NQN], operation: null });
    expect(shared.state).toMatchObject({ device_uri, share: 'PROTOCOL_NVMF', allowed_hosts: [APP_NQN] });
    // Sharing again the same way answers the same URI.
    expect((await c.api.nexuses.shareNexus({ uuid: nexus, allowed_hosts: [APP_NQN] })).device_uri).toBe(device_uri);
    expect(await stored(nexus)).toMatchObject({ share: 'nvmf', allowedHosts: [APP_NQN], operation: null });

    // No volume owns it: still, it is not collected, pass after pass.
    await sleep(PERIOD_MS * 8);
    expect(await onEngine('sim-1', nexus)).toMatchObject({ device_uri });
    expect(await stored(nexus)).toMatchObject({ status: 'Created', operation: null });
    expect(c.core.lines.filter((l) => l.msg === 'nexus no volume owns: destroying it')).toEqual([]);
  });

  it('adds a child (rebuilt), removes one, and unshares', async () => {
    const added = await c.api.nexuses.addNexusChild({ uuid: nexus, uri: child.extra });
    expect(added.uri).toBe(child.extra);
    expect(['Degraded', 'Online']).toContain(added.state);
    await c.until(
      async () =>
        (await c.api.nexuses.getNexus({ uuid: nexus })).state!.children.find((ch) => ch.uri === child.extra)?.state ===
        'Online',
      15_000,
      'the added child rebuilt',
    );
    expect((await stored(nexus))?.children).toEqual([child.local, child.remote, child.extra]);
    // Adding it again answers it as it is.
    expect(await c.api.nexuses.addNexusChild({ uuid: nexus, uri: child.extra })).toMatchObject({
      uri: child.extra,
      state: 'Online',
    });

    await c.api.nexuses.removeNexusChild({ uuid: nexus, node: 'sim-1', uri: child.remote });
    expect((await onEngine('sim-1', nexus))?.children.map((ch) => ch.uri)).toEqual([child.local, child.extra]);
    expect((await stored(nexus))?.children).toEqual([child.local, child.extra]);
    expect((await c.api.nexuses.getNexus({ uuid: nexus })).spec!.children).toEqual([child.local, child.extra]);
    expect(
      await failure(c.api.nexuses.removeNexusChild({ uuid: nexus, uri: 'nvmf://127.0.0.9:8420/nqn.none' })),
    ).toMatchObject({ kind: 'NotFound' });
    expect(await failure(c.api.nexuses.addNexusChild({ uuid: nexus, uri: 'not a uri' }))).toMatchObject({
      kind: 'InvalidArgument',
    });

    await c.api.nexuses.unshareNexus({ uuid: nexus });
    expect(await onEngine('sim-1', nexus)).toMatchObject({ device_uri: '' });
    const unshared = await c.api.nexuses.getNexus({ uuid: nexus });
    expect(unshared.spec).toMatchObject({ share: 'PROTOCOL_NONE', allowed_hosts: [] });
    expect(unshared.state).toMatchObject({ device_uri: '', share: 'PROTOCOL_NONE' });
  });

  it("lists a volume's target with its owner, and refuses to change it through the nexus API (InUse)", async () => {
    const volume = randomUUID();
    await c.api.volumes.createVolume({ uuid: volume, size: 8 * MiB, replicas: 1, thin: false });
    const published = await c.api.volumes.publishVolume({ uuid: volume, node: 'sim-3', frontend_nodes: [APP_NQN] });
    const target = published.spec!.target!.nexus;
    const listed = await c.api.nexuses.getNexus({ uuid: target });
    const engine = (await onEngine('sim-3', target))!;
    expect(listed.spec).toMatchObject({
      uuid: target,
      node: 'sim-3',
      owner: volume,
      managed: true,
      share: 'PROTOCOL_NVMF',
      allowed_hosts: [APP_NQN],
      status: 'SPEC_STATUS_CREATED',
    });
    // Its children are the volume's replica, by the URI the nexus uses (shared from a remote node).
    expect(listed.spec!.children).toEqual(engine.children.map((ch) => ch.uri));
    expect(listed.spec!.children[0]).toMatch(/^nvmf\+tcp:\/\//);
    expect(listed.state).toMatchObject({ status: 'NEXUS_STATUS_ONLINE', device_uri: engine.device_uri });
    expect((await c.api.nexuses.listNexuses({ node: 'sim-3' })).nexuses.map((n) => n.uuid)).toEqual([target]);

    const refusals = [
      c.api.nexuses.destroyNexus({ uuid: target }),
      c.api.nexuses.addNexusChild({ uuid: target, uri: child.extra }),
      c.api.nexuses.removeNexusChild({ uuid: target, uri: listed.spec!.children[0]! }),
      c.api.nexuses.shareNexus({ uuid: target, allowed_hosts: [] }),
      c.api.nexuses.unshareNexus({ uuid: target, node: 'sim-3' }),
    ];
    for (const refused of refusals) {
      const error = await failure(refused);
      expect(error).toMatchObject({ kind: 'InUse' });
      expect(error.message).toContain(`volume ${volume}`);
    }
    expect(await onEngine('sim-3', target)).toMatchObject({ device_uri: engine.device_uri });

    // GetSpecs: every kind, the target with its owner and child URIs, the standalone nexus without.
    const specs = await c.api.specs.getSpecs({});
    expect(specs.pools.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(specs.replicas.map((r) => r.uuid)).toEqual(expect.arrayContaining(replicaUuids));
    expect(specs.replicas).toHaveLength(replicaUuids.length + 1);
    expect(specs.volumes.map((v) => v.uuid)).toEqual([volume]);
    expect(specs.volumes[0]!.target!.nexus).toBe(target);
    expect(specs.nexuses.find((n) => n.uuid === target)).toEqual(listed.spec);
    expect(specs.nexuses.find((n) => n.uuid === nexus)).toMatchObject({
      node: 'sim-1',
      children: [child.local, child.extra],
      managed: false,
    });
    expect(specs.nexuses.find((n) => n.uuid === nexus)!.owner).toBeUndefined();

    await c.api.volumes.destroyVolume({ uuid: volume });
    expect(await failure(c.api.nexuses.getNexus({ uuid: target }))).toMatchObject({ kind: 'NotFound' });
  });

  it('destroys the standalone nexus and its NexusInfo; NotFound for a nexus that does not exist', async () => {
    // Its io-engine keeps a NexusInfo for it in the store; it goes with the nexus.
    expect(await c.storedKeys(c.keys.nexusInfo(null, nexus))).toHaveLength(1);
    await c.api.nexuses.destroyNexus({ uuid: nexus, node: 'sim-1' });
    expect(await c.storedKeys(c.keys.nexusInfo(null, nexus))).toEqual([]);
    expect(await onEngine('sim-1', nexus)).toBeUndefined();
    expect(await stored(nexus)).toBeUndefined();
    expect(await failure(c.api.nexuses.getNexus({ uuid: nexus }))).toMatchObject({ kind: 'NotFound' });
    const unknown = randomUUID();
    for (const call of [
      c.api.nexuses.getNexus({ uuid: unknown }),
      c.api.nexuses.destroyNexus({ uuid: unknown }),
      c.api.nexuses.shareNexus({ uuid: unknown, allowed_hosts: [] }),
      c.api.nexuses.unshareNexus({ uuid: unknown }),
      c.api.nexuses.addNexusChild({ uuid: unknown, uri: child.local }),
      c.api.nexuses.removeNexusChild({ uuid: unknown, uri: child.local }),
    ]) {
      expect(await failure(call)).toMatchObject({ kind: 'NotFound' });
    }
    expect(await failure(create(randomUUID(), [child.local], 'no-such-node'))).toMatchObject({ kind: 'NotFound' });
    expect(await failure(create(randomUUID(), []))).toMatchObject({ kind: 'InvalidArgument' });
    expect(await failure(create(randomUUID(), ['/dev/sdb']))).toMatchObject({ kind: 'InvalidArgument' });
    expect(await failure(create('not-a-uuid', [child.local]))).toMatchObject({ kind: 'InvalidArgument' });
  });

  it('lists a nexus found on an io-engine with no spec (state only), and destroys it', async () => {
    const found = randomUUID();
    await c.engine('sim-2').createNexus({
      name: found,
      uuid: found,
      size: 8 * MiB,
      minCntlId: 1,
      maxCntlId: 0xffef,
      resvKey: 1,
      preemptKey: 0,
      children: [`bdev:///${replicaUuids[2]}?uuid=${replicaUuids[2]}`],
      nexusInfoKey: '',
    });
    await c.until(
      async () => (await c.api.nexuses.listNexuses({ node: 'sim-2' })).nexuses.some((n) => n.uuid === found),
      5000,
      'the engine-made nexus listed',
    );
    const listed = await c.api.nexuses.getNexus({ uuid: found });
    expect(listed.spec).toBeNull();
    expect(listed.state).toMatchObject({ uuid: found, node: 'sim-2', status: 'NEXUS_STATUS_ONLINE' });
    await c.api.nexuses.destroyNexus({ uuid: found, node: 'sim-2' });
    expect(await onEngine('sim-2', found)).toBeUndefined();
    expect(await failure(c.api.nexuses.getNexus({ uuid: found }))).toMatchObject({ kind: 'NotFound' });
  });

  it('drops the intent of a create the engine refuses, and undoes one whose reply was lost', async () => {
    const refused = randomUUID();
    await c.sim.control('PUT', '/nodes/sim-1/faults/rpc/CreateNexus', { code: 'INVALID_ARGUMENT', count: 1 });
    expect(await failure(create(refused, [child.local]))).toMatchObject({ kind: 'InvalidArgument' });
    expect(await stored(refused)).toBeUndefined();
    expect(await onEngine('sim-1', refused)).toBeUndefined();

    // The engine makes it, then the reply fails: the core cannot tell, so it destroys it.
    const lost = randomUUID();
    await c.sim.control('PUT', '/nodes/sim-1/faults/rpc/CreateNexus', { code: 'INTERNAL', count: 1, after: true });
    expect(await failure(create(lost, [child.local]))).toMatchObject({ kind: 'Internal' });
    await c.until(
      async () => (await stored(lost)) === undefined && (await onEngine('sim-1', lost)) === undefined,
      10_000,
      'the lost create undone',
    );
  });

  it('fails a create on a node that is not online with Unavailable, writing nothing', async () => {
    await c.sim.control('POST', '/nodes/sim-3/stop');
    try {
      await c.waitForNodes('NODE_STATUS_UNKNOWN', ['sim-3'], 5000);
      const uuid = randomUUID();
      expect(await failure(create(uuid, [child.remote], 'sim-3'))).toMatchObject({ kind: 'Unavailable' });
      expect(await stored(uuid)).toBeUndefined();
    } finally {
      await c.sim.control('POST', '/nodes/sim-3/start');
    }
    await c.waitForNodes('NODE_STATUS_ONLINE', ['sim-3'], 5000);
  });

  it('recovers a create interrupted by a core crash after the engine made it: the nexus is destroyed', async () => {
    const uuid = randomUUID();
    await c.crashDuring('nexus-create:after-call', () => create(uuid, [child.local]));
    await c.waitForNodes('NODE_STATUS_ONLINE', c.nodes, 10_000);
    await c.until(
      async () => (await stored(uuid)) === undefined && (await onEngine('sim-1', uuid)) === undefined,
      15_000,
      'the interrupted create undone',
    );
  });

  it('does not re-create a standalone nexus its io-engine lost; it can still be destroyed', async () => {
    const uuid = randomUUID();
    await create(uuid, [child.local]);
    const before = (await c.node('sim-1')).state!.instance_uuid;
    await c.sim.control('POST', '/nodes/sim-1/restart', { graceful: false });
    await c.until(async () => (await c.node('sim-1')).state!.instance_uuid !== before, 15_000, 'sim-1 restarted');
    // Its pool is imported (a managed pool is re-created) ...
    await c.until(async () => (await c.simPools('sim-1')).includes('p1'), 15_000, 'pool p1 imported');
    await sleep(PERIOD_MS * 8);
    // ... but the nexus, its caller's, is not: the spec stays, without state.
    expect(await onEngine('sim-1', uuid)).toBeUndefined();
    expect(await stored(uuid)).toMatchObject({ status: 'Created', operation: null });
    const lost = await c.api.nexuses.getNexus({ uuid });
    expect(lost.spec).toMatchObject({ status: 'SPEC_STATUS_CREATED' });
    expect(lost.state).toBeNull();
    await c.api.nexuses.destroyNexus({ uuid });
    expect(await stored(uuid)).toBeUndefined();
  });
});
