import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RestApiProcess, type RestResponse } from '@mayastor/test-harness';
import { CoreCluster } from '../core/core-fixture.js';
import { ReferenceValidator } from './reference-validator.js';

const MiB = 1024 * 1024;

interface Volume {
  spec: {
    uuid: string;
    size: number;
    num_replicas: number;
    target?: { node: string; frontend_nodes?: { name: string; nqn: string }[] };
    topology?: unknown;
  };
  state: {
    status: string;
    size: number;
    target?: {
      uuid: string;
      node: string;
      deviceUri: string;
      state: string;
      children: { uri: string; state: string }[];
    };
    replica_topology: Record<string, { node?: string; pool?: string; state: string; 'child-status'?: string }>;
  };
}
interface RestError {
  kind: string;
  message: string;
  details: string;
}

/**
 * The REST API v0 end to end, through REST only: a real etcd, the core, three
 * simulated io-engines and the REST process. Every response body is validated
 * against the reference document's schema for its operation and status.
 */
describe('REST API v0 end to end', () => {
  let c: CoreCluster;
  let rest: RestApiProcess;
  const validator = new ReferenceValidator();
  const problems: string[] = [];

  /** A call whose response is validated against the reference. */
  async function call<T>(operationId: string, method: string, path: string, body?: unknown): Promise<RestResponse<T>> {
    const res = await rest.call<T>(method, path, body);
    problems.push(...validator.check(operationId, res.status, res.body === '' ? undefined : res.body));
    return res;
  }

  function expectError(res: RestResponse<unknown>, status: number, kind: string): RestError {
    const body = res.body as RestError;
    expect({ status: res.status, kind: body.kind }).toEqual({ status, kind });
    expect(typeof body.message).toBe('string');
    expect(typeof body.details).toBe('string');
    return body;
  }

  async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(200);
    }
  }

  beforeAll(async () => {
    c = await CoreCluster.start({ FAULTED_CHILD_WAIT_MS: '1000' });
    rest = await RestApiProcess.start(c.core.endpoint);
  }, 60_000);

  afterAll(async () => {
    await rest?.stop();
    await c?.dispose();
  });

  it('nodes appear, pools are made, and a 3-replica volume lives its whole life', async () => {
    const nodes = await call<{ id: string; state?: { status: string } }[]>('get_nodes', 'GET', '/nodes');
    expect(nodes.status).toBe(200);
    expect(nodes.body.map((n) => n.id).sort()).toEqual([...c.nodes]);
    expect(nodes.body.every((n) => n.state?.status === 'Online')).toBe(true);
    expect((await call('get_node', 'GET', `/nodes/${c.nodes[0]}`)).status).toBe(200);

    for (const node of c.nodes) {
      const pool = await call<{ id: string; state?: { status: string } }>(
        'put_node_pool',
        'PUT',
        `/nodes/${node}/pools/pool-${node}`,
        {
          disks: [c.diskOf(node)],
          labels: { tier: 'fast' },
        },
      );
      expect(pool.status).toBe(200);
      expect(pool.body).toMatchObject({ id: `pool-${node}`, state: { status: 'Online' } });
    }
    const pools = await call<unknown[]>('get_pools', 'GET', '/pools');
    expect(pools.body).toHaveLength(3);

    const uuid = randomUUID();
    const created = await call<Volume>('put_volume', 'PUT', `/volumes/${uuid}`, {
      replicas: 3,
      size: 64 * MiB,
      thin: false,
      policy: { self_heal: true },
      labels: { app: 'db' },
    });
    expect(created.status).toBe(200);
    expect(created.body.spec).toMatchObject({ uuid, size: 64 * MiB, num_replicas: 3 });
    expect(Object.keys(created.body.state.replica_topology)).toHaveLength(3);

    const published = await call<Volume>('put_volume_target', 'PUT', `/volumes/${uuid}/target`, {
      protocol: 'nvmf',
      publish_context: {},
      node: c.nodes[0],
      frontend_node: 'app-node-1',
    });
    expect(published.status).toBe(200);
    expect(published.body.spec.target).toMatchObject({
      node: c.nodes[0],
      frontend_nodes: [{ name: 'app-node-1', nqn: 'nqn.2019-05.io.openebs:node-name:app-node-1' }],
    });
    const online = await until('the volume Online with its target', async () => {
      const v = await call<Volume>('get_volume', 'GET', `/volumes/${uuid}`);
      return v.body.state.status === 'Online' && v.body.state.target ? v.body : undefined;
    });
    expect(online.state.target).toMatchObject({ node: c.nodes[0], state: 'Online' });
    expect(online.state.target!.deviceUri).toMatch(/^nvmf(\+tcp)?:\/\//);
    expect(online.state.target!.children).toHaveLength(3);
    const topology = Object.values(online.state.replica_topology);
    expect(topology.map((r) => r.node).sort()).toEqual([...c.nodes]);
    expect(topology.every((r) => r.state === 'Online' && r['child-status'] === 'Online')).toBe(true);
    // The same target as a nexus, and in the specs.
    const nexus = await call<{ uuid: string; children: unknown[] }>(
      'get_nexus',
      'GET',
      `/nexuses/${online.state.target!.uuid}`,
    );
    expect(nexus.body.children).toHaveLength(3);
    const specs = await call<{
      volumes: { uuid: string }[];
      nexuses: unknown[];
      replicas: unknown[];
      pools: unknown[];
    }>('get_specs', 'GET', '/specs');
    expect(specs.body.volumes.map((v) => v.uuid)).toContain(uuid);
    expect(specs.body.replicas.length).toBeGreaterThanOrEqual(3);
    expect((await call<unknown[]>('get_pools', 'GET', `/pools?volume_id=${uuid}`)).body).toHaveLength(3);
    expect((await call<unknown[]>('get_replicas', 'GET', '/replicas')).body.length).toBeGreaterThanOrEqual(3);
    expect((await call<unknown[]>('get_node_nexuses', 'GET', `/nodes/${c.nodes[0]}/nexuses`)).body).toHaveLength(1);

    // A published volume moves only when asked to republish.
    const moveWithout = await call<RestError>('put_volume_target', 'PUT', `/volumes/${uuid}/target`, {
      protocol: 'nvmf',
      publish_context: {},
      node: c.nodes[1],
      frontend_node: 'app-node-1',
    });
    expect({ status: moveWithout.status, kind: moveWithout.body.kind }).toEqual({
      status: 412,
      kind: 'AlreadyPublished',
    });
    const moved = await call<Volume>('put_volume_target', 'PUT', `/volumes/${uuid}/target`, {
      protocol: 'nvmf',
      publish_context: {},
      node: c.nodes[1],
      frontend_node: 'app-node-1',
      republish: true,
      reuse_existing: false,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.spec.target?.node).toBe(c.nodes[1]);
    await until('the volume Online on its new target', async () => {
      const v = await call<Volume>('get_volume', 'GET', `/volumes/${uuid}`);
      return v.body.state.status === 'Online' && v.body.state.target?.node === c.nodes[1] ? true : undefined;
    });

    const resized = await call<Volume>('put_volume_size', 'PUT', `/volumes/${uuid}/size`, { size: 96 * MiB });
    expect(resized.status).toBe(200);
    expect(resized.body.spec.size).toBe(96 * MiB);

    const fewer = await call<Volume>('put_volume_replica_count', 'PUT', `/volumes/${uuid}/replica_count/2`);
    expect(fewer.status).toBe(200);
    expect(fewer.body.spec.num_replicas).toBe(2);
    await until('two replicas', async () => {
      const v = await call<Volume>('get_volume', 'GET', `/volumes/${uuid}`);
      return Object.keys(v.body.state.replica_topology).length === 2 && v.body.state.status === 'Online'
        ? true
        : undefined;
    });
    const more = await call<Volume>('put_volume_replica_count', 'PUT', `/volumes/${uuid}/replica_count/3`);
    expect(more.body.spec.num_replicas).toBe(3);
    await until('three replicas again, rebuilt', async () => {
      const v = await call<Volume>('get_volume', 'GET', `/volumes/${uuid}`);
      return Object.keys(v.body.state.replica_topology).length === 3 && v.body.state.status === 'Online'
        ? true
        : undefined;
    });
    const history = await call<{ targetUuid: string; records: { rebuildJobState: string }[] }>(
      'get_rebuild_history',
      'GET',
      `/volumes/${uuid}/rebuild-history`,
    );
    expect(history.status).toBe(200);
    expect(history.body.records.some((r) => r.rebuildJobState === 'Completed')).toBe(true);

    const property = await call<Volume>('put_volume_property', 'PUT', `/volumes/${uuid}/property`, {
      max_snapshots: 5,
    });
    expect(property.status).toBe(200);

    const unpublished = await call<Volume>('del_volume_target', 'DELETE', `/volumes/${uuid}/target`);
    expect(unpublished.status).toBe(200);
    expect(unpublished.body.spec.target).toBeUndefined();

    expect((await call('del_volume', 'DELETE', `/volumes/${uuid}`)).status).toBe(204);
    const gone = await call<RestError>('get_volume', 'GET', `/volumes/${uuid}`);
    expect(gone.status).toBe(404);
    expect(gone.body.kind).toBe('NotFound');
    expect(problems).toEqual([]);
  });

  it('pages volumes in a stable order', async () => {
    const uuids = Array.from({ length: 7 }, () => randomUUID()).sort();
    for (const uuid of uuids) {
      const res = await call('put_volume', 'PUT', `/volumes/${uuid}`, {
        replicas: 1,
        size: 8 * MiB,
        thin: true,
        policy: { self_heal: false },
      });
      expect(res.status).toBe(200);
    }
    const seen: string[] = [];
    let token: number | undefined = 0;
    let pages = 0;
    while (token !== undefined) {
      const page: RestResponse<{ entries: Volume[]; next_token?: number }> = await call(
        'get_volumes',
        'GET',
        `/volumes?max_entries=3&starting_token=${token}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.entries.map((v) => v.spec.uuid));
      token = page.body.next_token;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(uuids);
    const all = await call<{ entries: Volume[]; next_token?: number }>('get_volumes', 'GET', '/volumes?max_entries=0');
    expect(all.body.entries.map((v) => v.spec.uuid)).toEqual(uuids);
    expect(all.body.next_token).toBeUndefined();
    const one = await call<{ entries: Volume[] }>('get_volumes', 'GET', `/volumes?max_entries=0&volume_id=${uuids[3]}`);
    expect(one.body.entries.map((v) => v.spec.uuid)).toEqual([uuids[3]]);
    for (const uuid of uuids) expect((await call('del_volume', 'DELETE', `/volumes/${uuid}`)).status).toBe(204);
    expect(problems).toEqual([]);
  });

  it('answers errors with the reference status codes and kinds', async () => {
    // 404: unknown ids.
    expectError(await call('get_volume', 'GET', `/volumes/${randomUUID()}`), 404, 'NotFound');
    expectError(await call('get_node', 'GET', '/nodes/no-such-node'), 404, 'NotFound');
    expectError(await call('get_pool', 'GET', '/pools/no-such-pool'), 404, 'NotFound');
    // 400: a bad id, a bad body, bad JSON, a bad query parameter.
    const badId = expectError(await call('get_volume', 'GET', '/volumes/not-a-uuid'), 400, 'InvalidArgument');
    expect(badId.message).toContain('volume_id');
    const badBody = expectError(
      await call('put_volume', 'PUT', `/volumes/${randomUUID()}`, {
        replicas: 'three',
        size: -1,
        thin: true,
        policy: {},
      }),
      400,
      'InvalidArgument',
    );
    expect(badBody.details).toContain('replicas');
    expect(badBody.details).toContain('size');
    expect(badBody.details).toContain('policy.self_heal');
    expectError(await call('put_volume', 'PUT', `/volumes/${randomUUID()}`, '{"replicas": 1,'), 400, 'Deserialize');
    expectError(await call('get_volumes', 'GET', '/volumes?max_entries=-1'), 400, 'InvalidArgument');
    expectError(
      await call('put_node_nexus', 'PUT', `/nodes/${c.nodes[0]}/nexuses/${randomUUID()}`, {
        size: MiB,
        children: 'bdev:///x',
      }),
      400,
      'InvalidArgument',
    );
    expectError(
      await call('put_volume_property', 'PUT', `/volumes/${randomUUID()}/property`, { max_snapshots: 4294967296 }),
      400,
      'InvalidArgument',
    );
    // Any hex uuid is an id, whatever its version digit.
    expectError(await call('get_volume', 'GET', '/volumes/1b4e28ba-2fa1-01d2-883f-0016d3cca427'), 404, 'NotFound');
    expectError(
      await call('put_volume_replica_count', 'PUT', `/volumes/${randomUUID()}/replica_count/0`),
      400,
      'InvalidArgument',
    );
    // 409: a pool with a replica on it cannot go.
    const replica = randomUUID();
    const node1 = c.nodes[1]!;
    const pool = `pool-${node1}`;
    const made = await call('put_pool_replica', 'PUT', `/pools/${pool}/replicas/${replica}`, {
      size: 8 * MiB,
      thin: true,
    });
    expect(made.status).toBe(200);
    expectError(await call('del_pool', 'DELETE', `/pools/${pool}`), 409, 'InUse');
    const uri = await call<string>('put_pool_replica_share', 'PUT', `/pools/${pool}/replicas/${replica}/share/nvmf`);
    expect(uri.status).toBe(200);
    expect(uri.body).toMatch(/^nvmf(\+tcp)?:\/\//);
    expect((await call('del_pool_replica_share', 'DELETE', `/pools/${pool}/replicas/${replica}/share`)).status).toBe(
      204,
    );
    expect((await call('del_pool_replica', 'DELETE', `/pools/${pool}/replicas/${replica}`)).status).toBe(204);
    // 422: the same id with other parameters.
    expectError(
      await call('put_node_pool', 'PUT', `/nodes/${node1}/pools/${pool}`, { disks: [c.diskOf(node1, 'disk1')] }),
      422,
      'AlreadyExists',
    );
    // 501: what is not built yet.
    expectError(await call('get_volumes_snapshots', 'GET', '/volumes/snapshots?max_entries=0'), 501, 'Unimplemented');
    expectError(await call('get_watch_volume', 'GET', `/watches/volumes/${randomUUID()}`), 501, 'Unimplemented');
    // 503: a node that does not answer.
    const victim = c.nodes[2]!;
    await c.sim.control('POST', `/nodes/${victim}/crash`);
    try {
      await until('the node offline', async () => {
        const n = await call<{ state?: { status: string } }>('get_node', 'GET', `/nodes/${victim}`);
        return n.body.state?.status !== 'Online' ? true : undefined;
      });
      expectError(
        await call('put_node_pool', 'PUT', `/nodes/${victim}/pools/late-pool`, { disks: [c.diskOf(victim, 'disk1')] }),
        503,
        'Unavailable',
      );
    } finally {
      await c.sim.control('POST', `/nodes/${victim}/start`);
    }
    // The later tests place replicas on every pool: wait until the restarted node's pool is imported again.
    await until('the restarted node Online with its pool', async () => {
      const pool = await call<{ state?: { status: string } }>('get_pool', 'GET', `/pools/pool-${victim}`);
      return pool.body.state?.status === 'Online' ? true : undefined;
    });
    expect(problems).toEqual([]);
  });

  it('labels and cordons nodes, registers app nodes, and runs a nexus through the nexus API', async () => {
    const node = c.nodes[0]!;
    const labelled = await call<{ spec: { labels: Record<string, string> } }>(
      'put_node_label',
      'PUT',
      `/nodes/${node}/label/zone=a`,
    );
    expect(labelled.body.spec.labels).toMatchObject({ zone: 'a' });
    const clash = await call<RestError>('put_node_label', 'PUT', `/nodes/${node}/label/zone=b`);
    expect(clash.status).toBe(412);
    expect((await call('put_node_label', 'PUT', `/nodes/${node}/label/zone=b?overwrite=true`)).status).toBe(200);
    expect((await call('delete_node_label', 'DELETE', `/nodes/${node}/label/zone`)).status).toBe(200);
    const cordoned = await call<{ spec: { cordondrainstate?: unknown } }>(
      'put_node_cordon',
      'PUT',
      `/nodes/${node}/cordon/maint`,
    );
    expect(cordoned.body.spec.cordondrainstate).toEqual({ cordonedstate: { cordonlabels: ['maint'] } });
    const uncordoned = await call<{ spec: { cordondrainstate?: unknown } }>(
      'delete_node_cordon',
      'DELETE',
      `/nodes/${node}/cordon/maint`,
    );
    expect(uncordoned.body.spec.cordondrainstate).toBeUndefined();
    const devices = await call<{ devname: string }[]>(
      'get_node_block_devices',
      'GET',
      `/nodes/${node}/block_devices?all=true`,
    );
    expect(devices.body.length).toBeGreaterThanOrEqual(2);
    expect((await call<unknown[]>('get_node_pools', 'GET', `/nodes/${node}/pools`)).body).toHaveLength(1);

    for (const id of ['app-b', 'app-a', 'app-c']) {
      expect(
        (await call('register_app_node', 'PUT', `/app-nodes/${id}`, { endpoint: `10.0.0.1:${id.length}0`, labels: {} }))
          .status,
      ).toBe(204);
    }
    const first = await call<{ entries: { id: string }[]; next_token?: number }>(
      'get_app_nodes',
      'GET',
      '/app-nodes?max_entries=2',
    );
    expect(first.body.entries.map((n) => n.id)).toEqual(['app-a', 'app-b']);
    expect(first.body.next_token).toBe(2);
    const appNode = await call<{ id: string; state?: { status: string } }>('get_app_node', 'GET', '/app-nodes/app-c');
    expect(appNode.body).toMatchObject({ id: 'app-c', state: { status: 'Online' } });
    expect((await call('deregister_app_node', 'DELETE', '/app-nodes/app-c')).status).toBe(204);
    expect((await call<RestError>('get_app_node', 'GET', '/app-nodes/app-c')).status).toBe(404);

    // A nexus of our own over two replicas, through the nexus API.
    const pool = `pool-${node}`;
    const uris: string[] = [];
    for (let i = 0; i < 2; i++) {
      const replica = await call<{ uri: string }>(
        'put_node_pool_replica',
        'PUT',
        `/nodes/${node}/pools/${pool}/replicas/${randomUUID()}`,
        {
          size: 16 * MiB,
          thin: true,
        },
      );
      expect(replica.status).toBe(200);
      uris.push(replica.body.uri);
    }
    const nexusId = randomUUID();
    const nexus = await call<{ uuid: string; children: { uri: string }[] }>(
      'put_node_nexus',
      'PUT',
      `/nodes/${node}/nexuses/${nexusId}`,
      {
        size: 16 * MiB,
        children: [uris[0]],
      },
    );
    expect(nexus.status).toBe(200);
    expect(nexus.body.children.map((ch) => ch.uri)).toEqual([uris[0]]);
    const child = await call<{ uri: string }>(
      'put_node_nexus_child',
      'PUT',
      `/nodes/${node}/nexuses/${nexusId}/children/${encodeURIComponent(uris[1]!)}`,
    );
    expect(child.status).toBe(200);
    expect((await call<unknown[]>('get_nexus_children', 'GET', `/nexuses/${nexusId}/children`)).body).toHaveLength(2);
    const shared = await call<string>('put_node_nexus_share', 'PUT', `/nodes/${node}/nexuses/${nexusId}/share/nvmf`);
    expect(shared.body).toMatch(/^nvmf(\+tcp)?:\/\//);
    expect((await call('del_node_nexus_share', 'DELETE', `/nodes/${node}/nexuses/${nexusId}/share`)).status).toBe(204);
    expect(
      (await call('del_nexus_child', 'DELETE', `/nexuses/${nexusId}/children/${encodeURIComponent(uris[1]!)}`)).status,
    ).toBe(204);
    expect((await call('del_node_nexus', 'DELETE', `/nodes/${node}/nexuses/${nexusId}`)).status).toBe(204);
    expect((await call<RestError>('get_nexus', 'GET', `/nexuses/${nexusId}`)).status).toBe(404);
    expect(problems).toEqual([]);
  });

  it('spreads the volumes of an affinity group over nodes, even against the space score', async () => {
    const volume = async (uuid: string): Promise<Volume> => {
      const res = await call<Volume>('put_volume', 'PUT', `/volumes/${uuid}`, {
        replicas: 1,
        size: 8 * MiB,
        thin: true,
        policy: { self_heal: false },
        affinity_group: { id: 'spread-group' },
      });
      expect(res.status).toBe(200);
      return res.body;
    };
    const nodeOf = (v: Volume): string => Object.values(v.state.replica_topology)[0]!.node!;
    const first = randomUUID();
    const x = nodeOf(await volume(first));
    // Every other pool is made much fuller than x's, so the space score alone would pick x again.
    const fillers: { pool: string; uuid: string }[] = [];
    for (const node of c.nodes.filter((n) => n !== x)) {
      const filler = { pool: `pool-${node}`, uuid: randomUUID() };
      const res = await call('put_pool_replica', 'PUT', `/pools/${filler.pool}/replicas/${filler.uuid}`, {
        size: 160 * MiB,
        thin: false,
      });
      expect(res.status).toBe(200);
      fillers.push(filler);
    }
    const second = randomUUID();
    expect(nodeOf(await volume(second))).not.toBe(x);
    for (const uuid of [first, second])
      expect((await call('del_volume', 'DELETE', `/volumes/${uuid}`)).status).toBe(204);
    for (const f of fillers) {
      expect((await call('del_pool_replica', 'DELETE', `/pools/${f.pool}/replicas/${f.uuid}`)).status).toBe(204);
    }
    expect(problems).toEqual([]);
  });

  it('places replicas by topology: explicit allowed nodes, a node affinity key, pool exclusion', async () => {
    const [n0, n1, n2] = c.nodes as [string, string, string];
    const zones: Record<string, string> = { [n0]: 'z1', [n1]: 'z1', [n2]: 'z2' };
    for (const [node, zone] of Object.entries(zones)) {
      expect((await call('put_node_label', 'PUT', `/nodes/${node}/label/zone=${zone}`)).status).toBe(200);
    }
    const create = (uuid: string, replicas: number, topology: unknown): Promise<RestResponse<Volume | RestError>> =>
      call<Volume | RestError>('put_volume', 'PUT', `/volumes/${uuid}`, {
        replicas,
        size: 8 * MiB,
        thin: true,
        policy: { self_heal: false },
        topology,
      });
    const nodesOf = (v: Volume): string[] =>
      Object.values(v.state.replica_topology)
        .map((r) => r.node!)
        .sort();
    const made: string[] = [];
    /** Creates a volume that must be placed, and checks its topology reads back as given. */
    const placed = async (replicas: number, topology: unknown): Promise<Volume> => {
      const uuid = randomUUID();
      const res = await create(uuid, replicas, topology);
      expect(res.status).toBe(200);
      made.push(uuid);
      const volume = res.body as Volume;
      expect(volume.spec.topology).toEqual(topology);
      return volume;
    };
    try {
      // Explicit: only the allowed nodes, and a third replica has nowhere to go.
      const explicit = { node_topology: { explicit: { allowed_nodes: [n1, n2], preferred_nodes: [n2] } } };
      expect(nodesOf(await placed(2, explicit))).toEqual([n1, n2].sort());
      expectError(await create(randomUUID(), 3, explicit), 507, 'ResourceExhausted');

      // Affinity key: both replicas in one zone; only z1 has two nodes.
      const sameZone = { node_topology: { labelled: { inclusion: {}, exclusion: {}, affinity_key: ['zone'] } } };
      expect(nodesOf(await placed(2, sameZone))).toEqual([n0, n1].sort());
      expectError(await create(randomUUID(), 3, sameZone), 507, 'ResourceExhausted');

      // Pool exclusion: every pool has tier=fast, so only one replica finds a pool of its own tier.
      const poolSpread = { pool_topology: { labelled: { inclusion: {}, exclusion: { tier: '' } } } };
      await placed(1, poolSpread);
      const two = await create(randomUUID(), 2, poolSpread);
      expectError(two, 507, 'ResourceExhausted');
      expect((two.body as RestError).message).toContain('spread key value already used');
      // Pool inclusion and a pool affinity key: every pool has tier=fast, so all three fit.
      await placed(3, {
        pool_topology: { labelled: { inclusion: { tier: 'fast' }, exclusion: {}, affinity_key: ['tier'] } },
      });
      // A key cannot both spread the replicas and keep them together.
      expectError(
        await create(randomUUID(), 1, {
          node_topology: { labelled: { inclusion: {}, exclusion: { zone: '' }, affinity_key: ['zone'] } },
        }),
        400,
        'InvalidArgument',
      );

      // A node topology is explicit or labelled, not both; a bad label key is refused.
      expectError(
        await create(randomUUID(), 1, { node_topology: { ...explicit.node_topology, ...sameZone.node_topology } }),
        400,
        'InvalidArgument',
      );
      expectError(
        await create(randomUUID(), 1, {
          node_topology: { labelled: { inclusion: { 'bad key!': 'x' }, exclusion: {} } },
        }),
        400,
        'InvalidArgument',
      );
    } finally {
      for (const uuid of made) expect((await call('del_volume', 'DELETE', `/volumes/${uuid}`)).status).toBe(204);
      for (const node of c.nodes) {
        expect((await call('delete_node_label', 'DELETE', `/nodes/${node}/label/zone`)).status).toBe(200);
      }
    }
    expect(problems).toEqual([]);
  });

  it('validates against the reference, and the validation can fail', () => {
    expect(validator.validated.size).toBeGreaterThanOrEqual(35);
    expect(validator.check('get_volume', 200, { spec: { uuid: 'x' }, state: {} })).not.toEqual([]);
    expect(validator.check('get_volume', 404, { kind: 'NoSuchKind', message: '', details: '' })).not.toEqual([]);
  });

  it('serves health, readiness and metrics outside /v0', async () => {
    expect((await fetch(`${rest.url}/live`)).status).toBe(200);
    expect((await fetch(`${rest.url}/ready`)).status).toBe(200);
    const metrics = await (await fetch(`${rest.url}/metrics`)).text();
    expect(metrics).toMatch(/rest_requests_total\{method="GET",route="\/v0\/volumes\/:volume_id",status="404"\} \d+/);
    expect(metrics).toContain('rest_request_duration_seconds_bucket');
    // One log line per request, with method, path, status, latency and trace id.
    const line = rest.lines.find((l) => (l.req as { path?: string } | undefined)?.path === '/v0/nodes');
    expect(line).toMatchObject({ msg: 'request', req: { method: 'GET' }, res: { status: 200 } });
    expect(line?.traceId).toMatch(/^[\da-f]{32}$/);
    expect(typeof line?.responseTime).toBe('number');
  });
});
