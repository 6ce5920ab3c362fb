import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimProcess } from '@mayastor/test-harness';
import type { NodeSpec } from '../../apps/core/src/specs/spec.types.js';
import { CoreCluster, NODES } from './core-fixture.js';

/** NODE_DEADLINE_MS of the core under test. */
const DEADLINE_MS = 2000;
/** The probe's GetMayastorInfo deadline (the io-engine client's request deadline). */
const PROBE_MS = 5000;

describe('core: registration, liveness and the node API (real etcd, three simulated io-engines)', () => {
  let c: CoreCluster;

  beforeAll(async () => {
    c = await CoreCluster.start();
  });

  afterAll(async () => {
    await c?.dispose();
  });

  it('registers every engine: a NodeSpec in etcd under the documented key, and an online node state', async () => {
    const specs = await c.storedSpecs<NodeSpec>('NodeSpec');
    expect([...specs.keys()].sort()).toEqual([...NODES]);
    for (const [i, id] of NODES.entries()) {
      const stored = await c.store.get(`${c.keys.root}/NodeSpec/${id}`);
      expect(stored, `key of ${id}`).not.toBeNull();
      expect(specs.get(id)).toMatchObject({
        id,
        grpcEndpoint: c.sim.endpointOf(i + 1),
        nodeNqn: `nqn.2019-05.io.openebs:node-name:${id}`,
        labels: {},
        cordonLabels: [],
      });
      const node = await c.node(id);
      expect(node.state).toMatchObject({ status: 'NODE_STATUS_ONLINE', grpc_endpoint: c.sim.endpointOf(i + 1) });
      expect(node.state!.instance_uuid).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('marks a silent node Offline only after its deadline and a failed probe, and Online again when it returns', async () => {
    const partitionedAt = Date.now();
    await c.sim.control('PUT', '/nodes/sim-3/faults/partition');
    await sleep(DEADLINE_MS * 0.6);
    expect((await c.node('sim-3')).state!.status, 'still online within the deadline').toBe('NODE_STATUS_ONLINE');
    await c.waitForNodes('NODE_STATUS_OFFLINE', ['sim-3'], DEADLINE_MS + PROBE_MS + 3000);
    const elapsed = Date.now() - partitionedAt;
    // The last heartbeat came at most 1 s before the partition; then the deadline, then the probe.
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 1000);
    await c.core.waitFor('node missed its deadline and failed the probe: offline', 1000, (l) => l.node === 'sim-3');
    // Other nodes are untouched, and reads stay fast while sim-3 hangs.
    const t0 = performance.now();
    const { nodes } = await c.api.nodes.listNodes({});
    expect(performance.now() - t0).toBeLessThan(500);
    expect(nodes.filter((n) => n.state?.status === 'NODE_STATUS_ONLINE').map((n) => n.id)).toEqual(['sim-1', 'sim-2']);

    await c.sim.control('DELETE', '/nodes/sim-3/faults/partition');
    await c.waitForNodes('NODE_STATUS_ONLINE', ['sim-3'], 5000);
  });

  it('keeps a node that stopped heartbeating but answers the probe Online', async () => {
    // One more engine that registers once and then stays silent (heartbeat every hour).
    const quiet = await SimProcess.start({
      nodeName: 'quiet',
      registrationEndpoint: c.core.endpoint,
      heartbeatSeconds: 3600,
    });
    try {
      await c.waitForNodes('NODE_STATUS_ONLINE', ['quiet'], 10_000);
      await sleep(DEADLINE_MS * 3);
      expect((await c.node('quiet')).state!.status).toBe('NODE_STATUS_ONLINE');
      expect(c.core.lines.some((l) => l.node === 'quiet' && String(l.msg).includes('offline'))).toBe(false);
      // Now it stops answering too.
      await quiet.control('PUT', '/nodes/quiet/faults/partition');
      await c.waitForNodes('NODE_STATUS_OFFLINE', ['quiet'], DEADLINE_MS + PROBE_MS + 3000);
    } finally {
      await quiet.dispose();
    }
  });

  it('detects an engine restart by its new instance uuid, refreshes its state and imports its pool', async () => {
    await c.api.pools.createPool({ node: 'sim-2', id: 'restart-pool', disks: [c.diskOf('sim-2', 'disk1')] });
    const before = await c.node('sim-2');
    expect((await c.api.pools.getPool({ id: 'restart-pool' })).state?.status).toBe('POOL_STATUS_ONLINE');

    const restartedAt = Date.now();
    await c.sim.control('POST', '/nodes/sim-2/restart', {});
    // The cache poll is 30 s; the refresh must come from the restart, within a few heartbeats.
    await c.until(
      async () => (await c.node('sim-2')).state!.instance_uuid !== before.state!.instance_uuid,
      5000,
      'restart noticed',
    );
    await c.core.waitFor('node restarted', 1000, (l) => l.node === 'sim-2');
    // The engine came back without the pool; the pool reconciler imports it at once.
    await c.core.waitFor('pool imported after its engine lost it', 5000, (l) => l.pool === 'restart-pool');
    expect(Date.now() - restartedAt).toBeLessThan(5000);
    expect(await c.simPools('sim-2')).toContain('restart-pool');
    const pool = await c.api.pools.getPool({ id: 'restart-pool' });
    expect(pool.spec?.status).toBe('SPEC_STATUS_CREATED');
    expect(pool.state?.status).toBe('POOL_STATUS_ONLINE');
    await c.api.pools.destroyPool({ id: 'restart-pool' });
  });

  it('marks a node Unknown when it deregisters on a graceful stop, Online when it starts again', async () => {
    await c.sim.control('POST', '/nodes/sim-1/stop');
    await c.waitForNodes('NODE_STATUS_UNKNOWN', ['sim-1'], 3000);
    await c.sim.control('POST', '/nodes/sim-1/start');
    await c.waitForNodes('NODE_STATUS_ONLINE', ['sim-1'], 5000);
  });

  it('cordons and uncordons by label, labels and unlabels, all kept in the NodeSpec', async () => {
    await c.api.nodes.cordonNode({ id: 'sim-1', label: 'maintenance' });
    let node = await c.api.nodes.cordonNode({ id: 'sim-1', label: 'upgrade' });
    expect(node.spec!.cordon_labels).toEqual(['maintenance', 'upgrade']);
    node = await c.api.nodes.uncordonNode({ id: 'sim-1', label: 'maintenance' });
    expect(node.spec!.cordon_labels).toEqual(['upgrade']);
    await expect(c.api.nodes.uncordonNode({ id: 'sim-1', label: 'maintenance' })).rejects.toMatchObject({
      kind: 'NotFound',
    });

    node = await c.api.nodes.labelNode({ id: 'sim-1', labels: { 'topology.kubernetes.io/zone': 'a' } });
    expect(node.spec!.labels).toEqual({ 'topology.kubernetes.io/zone': 'a' });
    await expect(
      c.api.nodes.labelNode({ id: 'sim-1', labels: { 'topology.kubernetes.io/zone': 'b' } }),
    ).rejects.toMatchObject({ kind: 'FailedPrecondition' });
    node = await c.api.nodes.labelNode({
      id: 'sim-1',
      labels: { 'topology.kubernetes.io/zone': 'b' },
      overwrite: true,
    });
    expect(node.spec!.labels).toEqual({ 'topology.kubernetes.io/zone': 'b' });
    await expect(c.api.nodes.labelNode({ id: 'sim-1', labels: { 'bad key!': 'x' } })).rejects.toMatchObject({
      kind: 'InvalidArgument',
    });

    const stored = (await c.storedSpecs<NodeSpec>('NodeSpec')).get('sim-1')!;
    expect(stored.cordonLabels).toEqual(['upgrade']);
    expect(stored.labels).toEqual({ 'topology.kubernetes.io/zone': 'b' });

    node = await c.api.nodes.unlabelNode({ id: 'sim-1', key: 'topology.kubernetes.io/zone' });
    expect(node.spec!.labels).toEqual({});
    await c.api.nodes.uncordonNode({ id: 'sim-1', label: 'upgrade' });
    // Heartbeats keep the labels and cordons (they only refresh endpoint, NQN and version).
    await c.api.nodes.cordonNode({ id: 'sim-1', label: 'kept' });
    await sleep(1500);
    expect((await c.node('sim-1')).spec!.cordon_labels).toEqual(['kept']);
    await c.api.nodes.uncordonNode({ id: 'sim-1', label: 'kept' });
  });

  it('lists the block devices of a node, those in use only with `all`', async () => {
    const all = await c.api.nodes.listBlockDevices({ node: 'sim-1', all: true });
    expect(all.devices.map((d) => d.devname)).toEqual([c.diskOf('sim-1', 'disk0'), c.diskOf('sim-1', 'disk1')]);
    expect(all.devices[0]!.size).toBe((256 * 1024 * 1024) / 512);
    await c.api.pools.createPool({ node: 'sim-1', id: 'bd-pool', disks: [c.diskOf('sim-1', 'disk0')] });
    const free = await c.api.nodes.listBlockDevices({ node: 'sim-1', all: false });
    expect(free.devices.map((d) => d.devname)).toEqual([c.diskOf('sim-1', 'disk1')]);
    await c.api.pools.destroyPool({ id: 'bd-pool' });
    await expect(c.api.nodes.listBlockDevices({ node: 'nope', all: true })).rejects.toMatchObject({ kind: 'NotFound' });
  });

  it('answers NotFound, with the gRPC status and our error kind, for an unknown node', async () => {
    const error = await c.api.nodes.getNode({ id: 'no-such-node' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'NotFound', details: { resource: 'Node', id: 'no-such-node' } });
    expect((error as { cause?: { code?: number } }).cause?.code).toBe(5); // grpc NOT_FOUND
  });

  // Last: it restarts the core, which the engines notice only as their next heartbeats land.
  it('after a core restart, fetches a node whose first state fetches fail again within seconds, not at the next poll', async () => {
    await c.api.pools.createPool({ node: 'sim-2', id: 'fetch-retry-pool', disks: [c.diskOf('sim-2', 'disk1')] });
    // The first two ListPools of the new core fail: the fetch at registration, and its first retry.
    await c.sim.control('PUT', '/nodes/sim-2/faults/rpc/ListPools', { code: 'UNAVAILABLE', count: 2 });
    const seen = c.core.lines.length;
    try {
      await c.core.stop();
      c.core.restart();
      const restartedAt = Date.now();
      await c.core.ready();
      await c.until(
        async () => c.core.lines.slice(seen).some((l) => l.msg === 'node state fetch failed' && l.node === 'sim-2'),
        10_000,
        'a failed fetch of sim-2',
      );
      // The cache poll is 30 s: the state must come from the retries (1 s, then 2 s).
      await c.until(
        async () => (await c.api.pools.getPool({ id: 'fetch-retry-pool' })).state?.status === 'POOL_STATUS_ONLINE',
        10_000,
        'the pool state of sim-2',
      );
      expect(Date.now() - restartedAt).toBeLessThan(15_000);
      await c.waitForNodes('NODE_STATUS_ONLINE', c.nodes);
    } finally {
      await c.sim.control('DELETE', '/nodes/sim-2/faults');
    }
    await c.api.pools.destroyPool({ id: 'fetch-retry-pool' });
  });
});
