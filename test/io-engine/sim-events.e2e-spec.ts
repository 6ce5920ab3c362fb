import { randomUUID } from 'node:crypto';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent, EVENTS_STREAM, type EventMessage } from '@mayastor/events';
import { NatsServer, SimProcess, waitUntil } from '@mayastor/test-harness';
import { engineClients, type EngineClients } from './grpc-client.js';

const MiB = 1024 * 1024;

interface Stored {
  readonly subject: string;
  readonly payload: string;
  readonly event: EventMessage;
}

/** The simulator's events land on JetStream in the v1 format (subject, JSON, details). */
describe('io-engine simulator events on NATS JetStream', () => {
  let nats: NatsServer;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let sim: SimProcess;
  let io: EngineClients;
  const node = 'sim-ev';

  async function stored(): Promise<Stored[]> {
    const info = await jsm.streams.info(EVENTS_STREAM).catch(() => undefined);
    if (!info || info.state.messages === 0) return [];
    const out: Stored[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage(EVENTS_STREAM, { seq });
      if (msg) out.push({ subject: msg.subject, payload: msg.string(), event: decodeEvent(msg.data) });
    }
    return out;
  }

  async function waitFor(match: (e: EventMessage) => boolean, what: string): Promise<Stored> {
    let found: Stored | undefined;
    await waitUntil(
      async () => {
        found = (await stored()).find((s) => match(s.event));
        return found !== undefined;
      },
      10_000,
      () => `no event: ${what}`,
    );
    return found as Stored;
  }

  beforeAll(async () => {
    nats = await NatsServer.start();
    nc = await connect({ servers: nats.url });
    jsm = await jetstreamManager(nc);
    sim = await SimProcess.start({ nodeName: node, eventsUrl: nats.url, disks: ['d0:256MiB'], rebuildMiBPerSec: 256 });
    io = engineClients(sim.endpoint);
  });

  afterAll(async () => {
    io?.close();
    await sim?.dispose();
    await nc?.close();
    await nats?.dispose();
  });

  it('announces the engine start', async () => {
    const start = await waitFor((e) => e.category === 9 && e.action === 19, 'io-engine Start');
    expect(start.event.target).toBe(node);
    expect(start.event.metadata?.source?.component).toBe(2);
    expect(start.event.metadata?.source?.node).toBe(node);
  });

  it('reports pools, replicas, nexuses, children and rebuilds with the reference’s subjects and details', async () => {
    const pool = await io.createPool({ name: 'pev', disks: [sim.diskPath('d0')] });
    const [r1, r2, nexus] = [randomUUID(), randomUUID(), randomUUID()];
    await io.createReplica({ name: r1, uuid: r1, pooluuid: 'pev', size: 16 * MiB });
    await io.createReplica({ name: r2, uuid: r2, pooluuid: 'pev', size: 16 * MiB });
    await io.createNexus({
      name: randomUUID(),
      uuid: nexus,
      size: 16 * MiB,
      minCntlId: 1,
      maxCntlId: 9,
      children: [`bdev:///${r1}?uuid=${r1}`],
    });
    const uri2 = `bdev:///${r2}?uuid=${r2}`;
    await io.addChild({ uuid: nexus, uri: uri2, norebuild: false });

    const poolCreate = await waitFor((e) => e.category === 1 && e.action === 1, 'pool Create');
    expect(poolCreate.event.target).toBe('pev');
    expect(poolCreate.subject).toBe(`events.1.${poolCreate.event.metadata?.id}`);
    expect(poolCreate.event.metadata?.source?.event_details).toBeNull();
    // Every key is on the wire, in declaration order; the payload is the canonical encoding.
    expect(poolCreate.payload).toBe(encodeEvent(poolCreate.event));

    const replica = await waitFor((e) => e.category === 4 && e.action === 1 && e.target === r1, 'replica Create');
    expect(replica.event.metadata?.source?.event_details?.replica_details).toEqual({
      pool_name: 'pev',
      pool_uuid: pool.uuid,
      replica_name: r1,
    });
    await waitFor((e) => e.category === 3 && e.action === 1 && e.target === nexus, 'nexus Create');
    const added = await waitFor((e) => e.category === 3 && e.action === 7, 'nexus AddChild');
    expect(added.event.metadata?.source?.event_details?.nexus_child_details).toEqual({ uri: uri2 });
    const began = await waitFor((e) => e.category === 3 && e.action === 4, 'RebuildBegin');
    expect(began.event.metadata?.source?.event_details?.rebuild_details).toEqual({
      rebuild_status: 1,
      source_replica: `bdev:///${r1}?uuid=${r1}`,
      destination_replica: uri2,
      error: null,
    });
    const ended = await waitFor((e) => e.category === 3 && e.action === 5, 'RebuildEnd');
    expect(ended.event.metadata?.source?.event_details?.rebuild_details?.rebuild_status).toBe(2);
    const degraded = await waitFor(
      (e) =>
        e.category === 3 &&
        e.action === 3 &&
        e.metadata?.source?.event_details?.state_change_details?.next === 'NEXUS_ONLINE',
      'nexus StateChange back to online',
    );
    expect(degraded.event.metadata?.source?.event_details?.state_change_details?.previous).toBe('NEXUS_DEGRADED');

    await io.destroyReplica({ uuid: r2 });
    await waitFor(
      (e) => e.category === 4 && e.action === 3 && e.target === r2,
      'replica StateChange of the lost child',
    );
    await waitFor((e) => e.category === 4 && e.action === 2 && e.target === r2, 'replica Delete');
    await io.destroyNexus({ uuid: nexus });
    await waitFor((e) => e.category === 3 && e.action === 2 && e.target === nexus, 'nexus Delete');
    await io.destroyPool({ name: 'pev' });
    await waitFor((e) => e.category === 1 && e.action === 2 && e.target === 'pev', 'pool Delete');
  });
});
