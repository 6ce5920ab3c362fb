import { jetstreamManager, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { freePort, NatsServer } from '@mayastor/test-harness';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { poolCreated, replicaCreated, type EventOrigin, type PublishableEvent } from './event.builder.js';
import { decodeEvent, encodeEvent, eventSubject } from './event.codec.js';
import {
  EVENTS_STREAM,
  EVENTS_STREAM_MAX_BYTES,
  JetStreamEventPublisher,
  type EventLogger,
  type JetStreamEventPublisherOptions,
} from './event.publisher.js';
import { Component } from './event.types.js';

// The publisher's logger is meant to be a pino logger.
const pinoFits: EventLogger = pino({ level: 'silent' });

const origin: EventOrigin = { component: Component.IoEngine, node: 'worker-1' };

class RecordingLogger implements EventLogger {
  readonly warnings: { obj: object; msg: string }[] = [];
  readonly infos: { obj: object; msg: string }[] = [];

  warn(obj: object, msg: string): void {
    this.warnings.push({ obj, msg });
  }

  info(obj: object, msg: string): void {
    this.infos.push({ obj, msg });
  }
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function replicaEvents(count: number): PublishableEvent[] {
  return Array.from({ length: count }, (_, i) =>
    replicaCreated(origin, `replica-${i}`, { pool_name: 'pool-1', pool_uuid: 'pool-uuid', replica_name: `r${i}` }),
  );
}

describe('JetStreamEventPublisher against a real nats-server', () => {
  let nats: NatsServer;
  const publishers: JetStreamEventPublisher[] = [];
  const connections: NatsConnection[] = [];

  /** A JetStream manager on a connection of its own, made after any restart of the server. */
  async function manager(): Promise<JetStreamManager> {
    const nc = await connect({ servers: nats.url });
    connections.push(nc);
    return jetstreamManager(nc);
  }

  /** A publisher with quick reconnects, closed after the test. */
  async function publisher(options: Partial<JetStreamEventPublisherOptions> = {}): Promise<JetStreamEventPublisher> {
    const created = await JetStreamEventPublisher.connect({ url: nats.url, reconnectWaitMs: 100, ...options });
    publishers.push(created);
    return created;
  }

  async function storedPayload(event: PublishableEvent): Promise<{ subject: string; payload: string } | null> {
    const jsm = await manager();
    const stored = await jsm.streams.getMessage(EVENTS_STREAM, { last_by_subj: eventSubject(event) });
    return stored && { subject: stored.subject, payload: stored.string() };
  }

  async function storedIds(): Promise<string[]> {
    const jsm = await manager();
    const { state } = await jsm.streams.info(EVENTS_STREAM);
    const ids: string[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
      const stored = await jsm.streams.getMessage(EVENTS_STREAM, { seq });
      if (stored) ids.push(decodeEvent(stored.data).metadata!.id);
    }
    return ids;
  }

  beforeAll(async () => {
    nats = await NatsServer.start();
  });

  afterAll(async () => {
    await nats?.dispose();
  });

  beforeEach(async () => {
    if (!nats.running) await nats.start();
    const jsm = await manager();
    await jsm.streams.delete(EVENTS_STREAM).catch(() => false);
  });

  afterEach(async () => {
    await Promise.all(publishers.splice(0).map((p) => p.close()));
    await Promise.all(connections.splice(0).map((nc) => nc.close()));
  });

  it('creates the stream with the reference config, replicas defaulting to 1', async () => {
    const events = await publisher();

    expect(events.ready).toBe(true);
    const { config } = await (await manager()).streams.info(EVENTS_STREAM);
    expect(config).toMatchObject({
      name: 'events-stream',
      subjects: ['events.>'],
      storage: StorageType.Memory,
      max_msgs_per_subject: 1,
      max_bytes: EVENTS_STREAM_MAX_BYTES,
      num_replicas: 1,
    });
    expect(EVENTS_STREAM_MAX_BYTES).toBe(3 * 1024 * 1024);
  });

  it('falls back to 1 replica, with a warning, when a lone server cannot hold more', async () => {
    const logger = new RecordingLogger();
    await publisher({ streamReplicas: 3, logger });

    const { config } = await (await manager()).streams.info(EVENTS_STREAM);
    expect(config.num_replicas).toBe(1);
    expect(logger.warnings.map((w) => w.msg)).toContain(
      'not enough NATS servers for the events stream replicas; creating it with 1',
    );
  });

  it('publishes an event on events.<category>.<id> with the encoded payload', async () => {
    const events = await publisher();
    const event = poolCreated(origin, 'pool-1');

    events.emit(event);
    await waitFor('the publish', () => events.counters.published === 1);

    expect(await storedPayload(event)).toEqual({
      subject: `events.1.${event.metadata.id}`,
      payload: encodeEvent(event),
    });
    expect(events.counters).toEqual({ published: 1, dropped: 0, queued: 0 });
  });

  it('publishes 200 events in the order they were emitted', async () => {
    const events = await publisher();
    const emitted = replicaEvents(200);

    for (const event of emitted) events.emit(event);
    await waitFor('200 publishes', () => events.counters.published === 200);

    expect(await storedIds()).toEqual(emitted.map((e) => e.metadata.id));
    expect(events.counters).toEqual({ published: 200, dropped: 0, queued: 0 });
  });

  it('queues events while NATS is down, without blocking, and publishes them once it is back', async () => {
    const events = await publisher();
    events.emit(poolCreated(origin, 'before'));
    await waitFor('the first publish', () => events.counters.published === 1);

    await nats.stop();
    const emitted = replicaEvents(5);
    const started = performance.now();
    for (const event of emitted) events.emit(event);
    const emitMs = performance.now() - started;

    expect(emitMs).toBeLessThan(50);
    expect(events.counters.queued).toBe(5);

    // The server comes back on the same port without the stream, which lived in memory.
    await nats.start();
    await waitFor('the queued publishes', () => events.counters.published === 6);
    expect(await storedIds()).toEqual(emitted.map((e) => e.metadata.id));
    expect(events.counters).toEqual({ published: 6, dropped: 0, queued: 0 });
  });

  it('does not hold an event in flight when the server dies for its ack timeout', async () => {
    const events = await publisher(); // acks time out after 10 s
    const event = poolCreated(origin, 'in-flight');

    // Emitted as the server goes down, the event is often written to a socket about to die;
    // it must then be sent again soon after the restart, not after its ack timed out.
    const stopping = nats.stop();
    events.emit(event);
    await stopping;
    await nats.start();
    const restarted = performance.now();
    await waitFor('the publish', () => events.counters.published === 1, 5_000);

    // (Acked by the dying server, the event was lost with its memory stream; that is the
    // contract's at-most-once. What matters here is that nothing waited for 10 s.)
    expect(performance.now() - restarted).toBeLessThan(5_000);
  });

  it('drops the oldest events, counted, when the queue overflows', async () => {
    const logger = new RecordingLogger();
    const events = await publisher({ queueCapacity: 3, logger });
    await nats.stop();
    const emitted = replicaEvents(5);

    for (const event of emitted) events.emit(event);

    expect(events.counters).toEqual({ published: 0, dropped: 2, queued: 3 });
    expect(logger.warnings.map((w) => w.msg)).toContain('event queue full; dropped the oldest event');
    await nats.start();
    await waitFor('the queued publishes', () => events.counters.published === 3);
    expect(await storedIds()).toEqual(emitted.slice(2).map((e) => e.metadata.id));
  });

  it('returns from close() within its deadline when NATS is down, dropping what is unsent', async () => {
    const events = await publisher({ closeTimeoutMs: 500 });
    await nats.stop();
    for (const event of replicaEvents(3)) events.emit(event);

    const started = performance.now();
    await events.close();
    const closeMs = performance.now() - started;

    expect(closeMs).toBeLessThan(500 + 300);
    expect(events.counters).toEqual({ published: 0, dropped: 3, queued: 0 });
    events.emit(poolCreated(origin, 'after-close'));
    expect(events.counters.dropped).toBe(4);
  });

  it('drains the queue at close when NATS is up', async () => {
    const events = await publisher();
    const emitted = replicaEvents(50);

    for (const event of emitted) events.emit(event);
    await events.close();

    expect(events.counters).toEqual({ published: 50, dropped: 0, queued: 0 });
    expect(await storedIds()).toEqual(emitted.map((e) => e.metadata.id));
  });

  it('starts without NATS, without failing or blocking, and publishes once NATS appears', async () => {
    await nats.stop();
    const started = performance.now();
    const events = JetStreamEventPublisher.start({ url: nats.url, reconnectWaitMs: 100 });
    publishers.push(events);
    const event = poolCreated(origin, 'early');
    events.emit(event);

    expect(performance.now() - started).toBeLessThan(50);
    expect(events.ready).toBe(false);
    await nats.start();
    await waitFor('the publish', () => events.counters.published === 1);
    expect((await storedPayload(event))?.payload).toBe(encodeEvent(event));
  });

  it('resolves connect() to an unreachable NATS, and closes at once when it never connected', async () => {
    const logger = new RecordingLogger();
    const url = `nats://127.0.0.1:${await freePort()}`;

    const events = await JetStreamEventPublisher.connect({ url, logger, connectTimeoutMs: 3_000 });
    events.emit(poolCreated(origin, 'nowhere'));
    expect(events.counters).toEqual({ published: 0, dropped: 0, queued: 1 });
    const started = performance.now();
    await events.close();

    expect(performance.now() - started).toBeLessThan(300);
    expect(events.counters).toEqual({ published: 0, dropped: 1, queued: 0 });
    expect(logger.warnings.map((w) => w.msg)).toContain('cannot connect to NATS; events are queued');
  });

  it('leaves an existing stream with another config alone, with a warning', async () => {
    await (
      await manager()
    ).streams.add({
      name: EVENTS_STREAM,
      subjects: ['events.>'],
      storage: StorageType.File,
      max_msgs_per_subject: 5,
      max_bytes: 1024 * 1024,
    });
    const logger = new RecordingLogger();
    const events = await publisher({ logger });
    events.emit(poolCreated(origin, 'pool-1'));
    await waitFor('the publish', () => events.counters.published === 1);

    const { config } = await (await manager()).streams.info(EVENTS_STREAM);
    expect(config).toMatchObject({ storage: StorageType.File, max_msgs_per_subject: 5, max_bytes: 1024 * 1024 });
    expect(logger.warnings).toContainEqual({
      obj: expect.objectContaining({
        differences: {
          storage: { wanted: 'memory', actual: 'file' },
          max_msgs_per_subject: { wanted: 1, actual: 5 },
          max_bytes: { wanted: EVENTS_STREAM_MAX_BYTES, actual: 1024 * 1024 },
        },
      }) as object,
      msg: 'the events stream exists with another config; leaving it as it is',
    });
  });

  it('retries a publish that fails while connected, then drops it, counted, and goes on', async () => {
    // A stream that does not take `events.>`: every publish finds no responder.
    await (
      await manager()
    ).streams.add({ name: EVENTS_STREAM, subjects: ['elsewhere.>'], storage: StorageType.Memory });
    const logger = new RecordingLogger();
    const events = await publisher({ logger, retryDelaysMs: [10, 20], publishTimeoutMs: 1_000 });

    events.emit(poolCreated(origin, 'lost-1'));
    events.emit(poolCreated(origin, 'lost-2'));
    await waitFor('the drops', () => events.counters.dropped === 2);

    expect(events.counters).toEqual({ published: 0, dropped: 2, queued: 0 });
    expect(logger.warnings.find((w) => w.msg === 'event not published; dropped')?.obj).toMatchObject({ attempts: 3 });
  });

  it('drops an event without metadata, which cannot be published, without throwing', async () => {
    const events = await publisher();

    events.emit({ ...poolCreated(origin, 'p'), metadata: null });

    expect(events.counters).toEqual({ published: 0, dropped: 1, queued: 0 });
  });

  it('accepts a pino logger', () => {
    expect(typeof pinoFits.warn).toBe('function');
  });
});
