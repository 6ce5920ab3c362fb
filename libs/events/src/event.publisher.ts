import {
  jetstream,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstreamManager,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { BoundedQueue } from './bounded-queue.js';
import { encodeEvent, eventSubject } from './event.codec.js';
import type { EventMessage } from './event.types.js';

/** Where events go. `emit` never blocks and never throws: events are best effort. */
export interface EventSink {
  emit(event: EventMessage): void;
  /** Sends what it still can, then releases the sink's resources. */
  close(): Promise<void>;
}

/** A sink that discards every event: the io-engine without `--events-url`. */
export class NullEventSink implements EventSink {
  emit(_event: EventMessage): void {}

  async close(): Promise<void> {}
}

/** A sink that keeps the events it is given, for tests of code that emits events. */
export class RecordingEventSink implements EventSink {
  readonly events: EventMessage[] = [];

  emit(event: EventMessage): void {
    this.events.push(event);
  }

  async close(): Promise<void> {}
}

/** The logging the publisher needs; a pino logger fits. */
export interface EventLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** Counters for tests and metrics. */
export interface EventPublisherCounters {
  /** Events stored by JetStream (acknowledged). */
  readonly published: number;
  /** Events given up: evicted from a full queue, out of retries, unpublishable, or unsent at close. */
  readonly dropped: number;
  /** Events waiting, including the one being published. */
  readonly queued: number;
}

export interface JetStreamEventPublisherOptions {
  /** NATS server URL(s), e.g. `nats://nats:4222` (the io-engine's `--events-url`). */
  readonly url: string | readonly string[];
  /** Replicas of the stream when this publisher creates it, 1 to 5. Upstream defaults to 3,
   * which a lone nats-server cannot hold; defaults to 1. A create that fails for lack of
   * servers falls back to 1 with a warning. */
  readonly streamReplicas?: number;
  /** Defaults to a logger that logs nothing. */
  readonly logger?: EventLogger;
  /** Events held while NATS is slow or away; when full the oldest is dropped. Defaults to 10,000. */
  readonly queueCapacity?: number;
  /** How long to wait for JetStream's ack of one publish. Defaults to 10 s. */
  readonly publishTimeoutMs?: number;
  /** Waits before each retry of a publish that failed while connected; when they are used up the
   * event is dropped. Defaults to [200, 1000, 5000] ms (4 attempts in all). */
  readonly retryDelaysMs?: readonly number[];
  /** How long `close()` spends sending what is queued. Defaults to 2 s. */
  readonly closeTimeoutMs?: number;
  /** Wait between connection attempts (the NATS client's `reconnectTimeWait`), doubled after
   * each failed first connection or stream set-up up to 30 s. Defaults to 2 s. */
  readonly reconnectWaitMs?: number;
  /** How long `connect()` waits for the connection and the stream before it returns anyway,
   * leaving the publisher connecting in the background. Defaults to 5 s. */
  readonly connectTimeoutMs?: number;
  /** Client name shown by the NATS server's monitoring. Defaults to `mayastor-events`. */
  readonly name?: string;
}

/** The stream of the v1 events contract. */
export const EVENTS_STREAM = 'events-stream';
export const EVENTS_SUBJECTS = 'events.>';
/** 3 MiB, about 10k events. */
export const EVENTS_STREAM_MAX_BYTES = 3 * 1024 * 1024;

/** The configuration the publisher creates the stream with (reference: Transport). */
export function eventsStreamConfig(replicas: number): Partial<StreamConfig> & { name: string } {
  return {
    name: EVENTS_STREAM,
    subjects: [EVENTS_SUBJECTS],
    storage: StorageType.Memory,
    max_msgs_per_subject: 1,
    max_bytes: EVENTS_STREAM_MAX_BYTES,
    num_replicas: replicas,
  };
}

// JetStream API error codes (nats-server's errors.json) the stream set-up handles.
const STREAM_NAME_IN_USE = 10058; // JSStreamNameExistErr: exists with another config
const NOT_ENOUGH_SERVERS = new Set([
  10074, // JSStreamReplicasNotSupportedErr: replicas > 1 not supported in non-clustered mode
  10005, // JSClusterNoPeersErrF: no suitable peers for placement
  10023, // JSInsufficientResourcesErr
]);

const MAX_BACKOFF_MS = 30_000;
const DIAL_TIMEOUT_MS = 5_000;
// Time close() allows beyond its deadline for a loop stuck in a call that ignores it
// (a connection attempt to an unresponsive host) before it closes the connection itself.
const CLOSE_GRACE_MS = 250;
const WARN_INTERVAL_MS = 10_000;

const silentLogger: EventLogger = { warn: () => {}, info: () => {} };

interface Pending {
  readonly subject: string;
  readonly payload: string;
  readonly id: string;
  attempts: number;
}

/**
 * Publishes events to the `events-stream` JetStream stream, fire and forget, as the
 * io-engine does: `emit` encodes the event and queues it; one background loop connects
 * (retrying forever), makes sure the stream exists (creating it if missing, leaving an
 * existing one as it is) and publishes the queue in FIFO order, each event with
 * JetStream's ack. A publish that fails while connected is retried after
 * `retryDelaysMs`, then dropped. While the connection is down events wait in the queue
 * (bounded; the oldest is dropped when full) without using up their retries.
 * Every event is published with its id as `Nats-Msg-Id`, so a retry of a publish whose
 * ack was lost is not stored twice.
 */
export class JetStreamEventPublisher implements EventSink {
  private readonly queue: BoundedQueue<Pending>;
  private readonly wake = new Wakeup();
  private readonly logger: EventLogger;
  private readonly lastWarning = new Map<string, number>();
  private readonly loop: Promise<void>;
  private nc: NatsConnection | undefined;
  private watchers: Promise<void> = Promise.resolve();
  private connected = false;
  /** Resolves when the current connection drops. */
  private connectionLost = deferred<void>();
  /** Set once the stream is known to exist on the current connection. */
  private js: JetStreamClient | undefined;
  private current: Pending | undefined;
  private published = 0;
  private dropped = 0;
  private closing = false;
  private closeDeadline = Infinity;
  private closed: Promise<void> | undefined;
  private readonly firstOutcome = deferred<boolean>();

  private constructor(
    private readonly options: Required<Omit<JetStreamEventPublisherOptions, 'logger'>>,
    logger: EventLogger,
  ) {
    this.logger = logger;
    this.queue = new BoundedQueue(options.queueCapacity);
    this.loop = this.run().catch(async (error: unknown) => {
      // Not expected: every step handles its own failures. Events emitted from now on are dropped.
      this.closing = true;
      this.logger.warn({ err: error }, 'event publisher stopped on an unexpected error');
      await this.disconnect();
    });
  }

  /**
   * A publisher that connects in the background and returns at once: the app starts
   * whether or not NATS is reachable; events queue until it is. Throws only on invalid options.
   */
  static start(options: JetStreamEventPublisherOptions): JetStreamEventPublisher {
    return new JetStreamEventPublisher(resolveOptions(options), options.logger ?? silentLogger);
  }

  /**
   * As `start`, but waits until the connection is up and the stream is ready, or the
   * first attempt failed, or `connectTimeoutMs` passed. Never rejects for an unreachable
   * NATS: the publisher then goes on connecting in the background.
   */
  static async connect(options: JetStreamEventPublisherOptions): Promise<JetStreamEventPublisher> {
    const publisher = JetStreamEventPublisher.start(options);
    if (!(await within(publisher.firstOutcome.promise, publisher.options.connectTimeoutMs, false))) {
      publisher.logger.warn(
        { url: publisher.options.url },
        'events not ready to publish yet; they are queued and published once NATS is reachable',
      );
    }
    return publisher;
  }

  /** True while connected with the stream in place. */
  get ready(): boolean {
    return this.connected && this.js !== undefined;
  }

  get counters(): EventPublisherCounters {
    return {
      published: this.published,
      dropped: this.dropped,
      queued: this.queue.size + (this.current ? 1 : 0),
    };
  }

  emit(event: EventMessage): void {
    if (this.closing) {
      this.drop('closed', {}, 'event emitted after close; dropped');
      return;
    }
    let pending: Pending;
    try {
      // Encoded now, so that an invalid event is reported against its emitter's call and
      // later changes to the object do not leak into the payload.
      pending = {
        subject: eventSubject(event),
        payload: encodeEvent(event),
        id: event.metadata?.id ?? '',
        attempts: 0,
      };
    } catch (error) {
      this.drop('invalid', { err: error }, 'invalid event; dropped');
      return;
    }
    if (this.queue.push(pending)) {
      this.drop('overflow', { capacity: this.queue.capacity }, 'event queue full; dropped the oldest event');
    }
    this.wake.notify();
  }

  /**
   * Publishes what is queued until the queue is empty or `closeTimeoutMs` has passed,
   * drops the rest (counted) and closes the connection. Idempotent.
   */
  close(): Promise<void> {
    this.closed ??= this.shutdown();
    return this.closed;
  }

  private async shutdown(): Promise<void> {
    this.closing = true;
    this.closeDeadline = Date.now() + this.options.closeTimeoutMs;
    this.firstOutcome.resolve(false);
    this.wake.notify();
    const loopEnded = this.loop.then(() => true);
    if (await within(loopEnded, this.options.closeTimeoutMs + CLOSE_GRACE_MS, false)) return;
    // The loop is still in a connection attempt; it exits when that ends. Close what we hold.
    const nc = this.nc;
    if (nc) await within(nc.close(), CLOSE_GRACE_MS, undefined);
  }

  private async run(): Promise<void> {
    let failures = 0; // consecutive failed connection attempts or stream set-ups
    while (!this.closeDue()) {
      if (this.closing && !this.current && this.queue.size === 0) break;
      const nc = this.nc;
      if (nc === undefined) {
        if (this.closing) break; // never connected: nothing can be sent
        if (await this.dial()) failures = 0;
        else await this.pause(this.backoff(failures++));
        continue;
      }
      if (!this.connected) {
        // The client reconnects by itself; a status change wakes us.
        await this.wake.wait(this.closeDeadline - Date.now());
        continue;
      }
      if (this.js === undefined) {
        try {
          this.js = await this.ensureStream(nc);
          failures = 0;
          this.firstOutcome.resolve(true);
        } catch (error) {
          this.firstOutcome.resolve(false);
          this.warn('stream', { err: error, stream: EVENTS_STREAM }, 'cannot set up the events stream; retrying');
          await this.pause(this.backoff(failures++));
        }
        continue;
      }
      this.current ??= this.queue.shift();
      if (this.current === undefined) {
        await this.wake.wait(this.closeDeadline - Date.now());
        continue;
      }
      await this.publish(this.js, this.current);
    }
    const unsent = this.queue.clear() + (this.current ? 1 : 0);
    this.current = undefined;
    if (unsent > 0) {
      this.dropped += unsent;
      this.logger.warn({ unsent, dropped: this.dropped }, 'events still queued at close; dropped');
    }
    await this.disconnect();
  }

  private async publish(js: JetStreamClient, item: Pending): Promise<void> {
    try {
      const timeout = Math.max(1, Math.min(this.options.publishTimeoutMs, this.closeDeadline - Date.now()));
      const lost = this.connectionLost.promise.then(() => 'lost' as const);
      const ack = js.publish(item.subject, item.payload, { msgID: item.id, timeout }).then(() => 'acked' as const);
      // A request written to a socket whose server just died is lost with it, and would only
      // time out after `timeout`. Stop waiting when the connection drops instead: the event
      // stays first in line and goes again after the reconnect; its msg id makes JetStream
      // discard the second copy if the first one did land.
      if ((await Promise.race([ack, lost])) === 'lost') return;
      this.current = undefined;
      this.published += 1;
    } catch (error) {
      // Lost connection: the event waits for it with its retries intact. Closing: run() stops.
      if (!this.connected || this.closeDue()) return;
      // A server restarted with the stream in memory has lost it: check it before retrying.
      this.js = undefined;
      item.attempts += 1;
      const delay = this.options.retryDelaysMs[item.attempts - 1];
      if (delay === undefined) {
        this.current = undefined;
        this.drop(
          'retries',
          { err: error, subject: item.subject, attempts: item.attempts },
          'event not published; dropped',
        );
        return;
      }
      await this.pause(delay);
    }
  }

  private async dial(): Promise<boolean> {
    try {
      const nc = await connect({
        servers: typeof this.options.url === 'string' ? this.options.url : [...this.options.url],
        name: this.options.name,
        maxReconnectAttempts: -1,
        reconnectTimeWait: this.options.reconnectWaitMs,
        timeout: DIAL_TIMEOUT_MS,
      });
      this.nc = nc;
      this.connected = true;
      this.connectionLost = deferred();
      this.js = undefined;
      this.watch(nc);
      this.logger.info({ server: nc.getServer() }, 'connected to NATS for events');
      return true;
    } catch (error) {
      this.firstOutcome.resolve(false);
      this.warn('connect', { err: error, url: this.options.url }, 'cannot connect to NATS; events are queued');
      return false;
    }
  }

  /** Follows the connection: down, back (the stream may be gone), or closed for good. */
  private watch(nc: NatsConnection): void {
    const statuses = (async () => {
      for await (const status of nc.status()) {
        if (nc !== this.nc) return;
        if (status.type === 'disconnect') {
          this.connected = false;
          this.connectionLost.resolve();
          if (!this.closing)
            this.warn('disconnect', { server: status.server }, 'lost the NATS connection; events are queued');
        } else if (status.type === 'reconnect') {
          this.connected = true;
          this.connectionLost = deferred();
          this.js = undefined;
          this.logger.info({ server: status.server }, 'NATS connection restored');
          this.wake.notify();
        }
      }
    })();
    const closed = nc.closed().then((error) => {
      if (nc !== this.nc) return;
      // With unlimited reconnects this is our own close, or a fatal error (e.g. authorization).
      this.nc = undefined;
      this.connected = false;
      this.connectionLost.resolve();
      this.js = undefined;
      if (!this.closing) this.logger.warn({ err: error }, 'NATS connection closed; connecting again');
      this.wake.notify();
    });
    this.watchers = Promise.all([statuses, closed]).then(
      () => undefined,
      (error: unknown) => this.logger.warn({ err: error }, 'cannot follow the NATS connection status'),
    );
  }

  private async disconnect(): Promise<void> {
    const nc = this.nc;
    if (nc && !nc.isClosed()) {
      await nc.close().catch((error: unknown) => this.logger.warn({ err: error }, 'cannot close the NATS connection'));
    }
    await this.watchers;
  }

  /** Get-or-create of the stream; an existing stream is left as it is, whatever its config. */
  private async ensureStream(nc: NatsConnection): Promise<JetStreamClient> {
    const jsm = await jetstreamManager(nc);
    try {
      const info = await jsm.streams.info(EVENTS_STREAM);
      this.checkExisting(info.config);
    } catch (error) {
      if (!isApiError(error, JetStreamApiCodes.StreamNotFound)) throw error;
      await this.createStream(jsm);
    }
    return jetstream(nc);
  }

  private async createStream(jsm: JetStreamManager): Promise<void> {
    const replicas = this.options.streamReplicas;
    try {
      await jsm.streams.add(eventsStreamConfig(replicas));
      this.logger.info({ stream: EVENTS_STREAM, replicas }, 'created the events stream');
    } catch (error) {
      if (isApiError(error, STREAM_NAME_IN_USE)) return; // another publisher won the race: leave its stream
      if (replicas === 1 || !(error instanceof JetStreamApiError && NOT_ENOUGH_SERVERS.has(error.code))) throw error;
      this.logger.warn(
        { err: error, stream: EVENTS_STREAM, replicas },
        'not enough NATS servers for the events stream replicas; creating it with 1',
      );
      await jsm.streams.add(eventsStreamConfig(1));
      this.logger.info({ stream: EVENTS_STREAM, replicas: 1 }, 'created the events stream');
    }
  }

  /** Reports, once per publisher, an existing stream whose config differs from ours. */
  private checkExisting(config: StreamConfig): void {
    const wanted = eventsStreamConfig(this.options.streamReplicas);
    const differences: Record<string, { wanted: unknown; actual: unknown }> = {};
    const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
    for (const key of ['subjects', 'storage', 'max_msgs_per_subject', 'max_bytes', 'num_replicas'] as const) {
      if (!same(wanted[key], config[key])) differences[key] = { wanted: wanted[key], actual: config[key] };
    }
    if (Object.keys(differences).length > 0) {
      this.warn(
        'existing-stream',
        { stream: EVENTS_STREAM, differences },
        'the events stream exists with another config; leaving it as it is',
        Infinity,
      );
    }
  }

  private drop(reason: string, fields: object, msg: string): void {
    this.dropped += 1;
    this.warn(`drop-${reason}`, { ...fields, dropped: this.dropped }, msg);
  }

  /** A warning at most once per `intervalMs` per key, so that a long outage does not flood the log. */
  private warn(key: string, fields: object, msg: string, intervalMs = WARN_INTERVAL_MS): void {
    const now = Date.now();
    const last = this.lastWarning.get(key);
    if (last !== undefined && now - last < intervalMs) return;
    this.lastWarning.set(key, now);
    this.logger.warn(fields, msg);
  }

  private closeDue(): boolean {
    return this.closing && Date.now() >= this.closeDeadline;
  }

  private backoff(failures: number): number {
    return Math.min(this.options.reconnectWaitMs * 2 ** failures, MAX_BACKOFF_MS);
  }

  /** Sleeps `ms`, cut short at the close deadline and when close() begins (to drain at once). */
  private async pause(ms: number): Promise<void> {
    const until = Math.min(Date.now() + ms, this.closeDeadline);
    const closing = this.closing;
    while (Date.now() < until && this.closing === closing) await this.wake.wait(until - Date.now());
  }
}

function resolveOptions(
  options: JetStreamEventPublisherOptions,
): Required<Omit<JetStreamEventPublisherOptions, 'logger'>> {
  const resolved = {
    url: options.url,
    streamReplicas: options.streamReplicas ?? 1,
    queueCapacity: options.queueCapacity ?? 10_000,
    publishTimeoutMs: options.publishTimeoutMs ?? 10_000,
    retryDelaysMs: [...(options.retryDelaysMs ?? [200, 1000, 5000])],
    closeTimeoutMs: options.closeTimeoutMs ?? 2_000,
    reconnectWaitMs: options.reconnectWaitMs ?? 2_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    name: options.name ?? 'mayastor-events',
  };
  const problems: string[] = [];
  if (resolved.url.length === 0) problems.push('url is empty');
  if (!Number.isInteger(resolved.streamReplicas) || resolved.streamReplicas < 1 || resolved.streamReplicas > 5) {
    problems.push(`streamReplicas must be an integer from 1 to 5: ${resolved.streamReplicas}`);
  }
  if (!Number.isInteger(resolved.queueCapacity) || resolved.queueCapacity < 1) {
    problems.push(`queueCapacity must be a positive integer: ${resolved.queueCapacity}`);
  }
  for (const key of ['publishTimeoutMs', 'closeTimeoutMs', 'reconnectWaitMs', 'connectTimeoutMs'] as const) {
    if (!(resolved[key] > 0)) problems.push(`${key} must be positive: ${resolved[key]}`);
  }
  if (resolved.retryDelaysMs.some((ms) => !(ms >= 0))) problems.push('retryDelaysMs must not be negative');
  if (problems.length > 0) throw new RangeError(`invalid event publisher options: ${problems.join('; ')}`);
  return resolved;
}

function isApiError(error: unknown, code: number): boolean {
  return error instanceof JetStreamApiError && error.code === code;
}

/** Wakes the one waiting loop; a notify with nobody waiting is kept for the next wait. */
class Wakeup {
  private pending = false;
  private resolveWaiter: (() => void) | undefined;

  notify(): void {
    const resolve = this.resolveWaiter;
    if (resolve) resolve();
    else this.pending = true;
  }

  /** Resolves on the next notify, or after `timeoutMs` (never, if it is infinite). */
  wait(timeoutMs = Infinity): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        clearTimeout(timer);
        if (this.resolveWaiter === done) this.resolveWaiter = undefined;
        resolve();
      };
      this.resolveWaiter = done;
      if (Number.isFinite(timeoutMs)) timer = setTimeout(done, Math.max(0, timeoutMs));
    });
  }
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  /** Only the first call counts. */
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve: (value) => resolve(value) };
}

/** The value of `promise`, or `fallback` if it rejects or has not settled within `ms`. */
async function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(resolve, ms, fallback)));
  try {
    return await Promise.race([promise, timeout]);
  } catch {
    return fallback;
  } finally {
    clearTimeout(timer);
  }
}
