import { formatTimestamp, parseTimestamp } from './event.time.js';
import type {
  CloneEventDetails,
  Component,
  ErrorDetails,
  EventAction,
  EventActionDuration,
  EventCategory,
  EventDetails,
  EventMessage,
  EventMeta,
  EventSource,
  EventVersion,
  HostInitiatorEventDetails,
  NexusChildEventDetails,
  NvmePathEventDetails,
  ProtoDuration,
  ProtoTimestamp,
  ReactorEventDetails,
  RebuildEventDetails,
  RebuildStatus,
  ReplicaEventDetails,
  SnapshotEventDetails,
  StateChangeEventDetails,
  SubsystemPauseDetails,
  SwitchOverEventDetails,
  SwitchOverStatus,
} from './event.types.js';

/**
 * An event that does not fit the v1 model: a payload that cannot be decoded, a value
 * that cannot be encoded, or an event that cannot be published. `path` names the
 * offending field (`metadata.source.node`), empty for the payload as a whole.
 */
export class InvalidEventError extends Error {
  readonly code = 'InvalidEvent';

  constructor(
    readonly path: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`invalid event${path ? ` at ${path}` : ''}: ${reason}`, options);
    this.name = 'InvalidEventError';
  }
}

/**
 * The payload of `event` as upstream's serde_json writes it: compact, every key
 * present in proto declaration order, `null` for absent optional and message fields,
 * all 13 `EventDetails` keys when details are present, enums and uint64 as numbers,
 * Timestamps as RFC-3339 UTC strings, Durations as `{seconds, nanos}`.
 * Throws InvalidEventError when a value does not fit its field (e.g. a missing string).
 */
export function encodeEvent(event: EventMessage): string {
  return JSON.stringify(eventMessage.write(event, ''));
}

/**
 * Decodes a payload from the bus, validating it as upstream's readers do: a missing
 * non-nullable key, or a value of the wrong type, is rejected with InvalidEventError;
 * a missing nullable key reads as `null`; unknown keys are ignored; enum numbers
 * outside the known set are kept; timestamps may carry any RFC-3339 offset and are
 * normalised to UTC. uint64 values above 2^53 lose precision (JSON numbers).
 */
export function decodeEvent(payload: string | Uint8Array): EventMessage {
  let text: string;
  try {
    text = typeof payload === 'string' ? payload : new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch (error) {
    throw new InvalidEventError('', 'payload is not UTF-8', { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidEventError('', `payload is not JSON (${(error as Error).message})`, { cause: error });
  }
  return eventMessage.read(json, '');
}

/**
 * The NATS subject of `event`: `events.<category number>.<metadata.id>`, one subject
 * per event. Throws InvalidEventError for an event without metadata, which cannot
 * be published, or whose id is not a single subject token.
 */
export function eventSubject(event: EventMessage): string {
  if (!Number.isInteger(event.category)) {
    throw new InvalidEventError('category', `expected an integer, got ${describe(event.category)}`);
  }
  if (event.metadata === null || typeof event.metadata !== 'object') {
    throw new InvalidEventError('metadata', 'an event without metadata cannot be published');
  }
  const id: unknown = event.metadata.id;
  if (typeof id !== 'string' || !/^[^\s.*>]+$/.test(id)) {
    throw new InvalidEventError('metadata.id', `not usable as a subject token: ${describe(id)}`);
  }
  return `events.${event.category}.${id}`;
}

// One codec per type, used both ways, so that the reader and the writer cannot drift.
interface Codec<T> {
  /** A missing key reads as `null` instead of being rejected. */
  readonly nullable: boolean;
  read(json: unknown, path: string): T;
  write(value: T, path: string): unknown;
}

type Fields<T> = { readonly [K in keyof T]-?: Codec<T[K]> };

const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;
const U64_MAX = 2 ** 64 - 1;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function scalar<T>(check: (value: unknown) => value is T, expected: string): Codec<T> {
  const validate = (value: unknown, path: string): T => {
    if (!check(value)) throw new InvalidEventError(path, `expected ${expected}, got ${describe(value)}`);
    return value;
  };
  return { nullable: false, read: validate, write: validate };
}

const string = scalar((v): v is string => typeof v === 'string', 'a string');

const integerIn = (min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Proto enums are open: any i32 is accepted, not only the known numbers. */
function enumeration<E extends number>(): Codec<E> {
  return scalar((v): v is E => integerIn(I32_MIN, I32_MAX)(v), 'an enum number (a 32-bit integer)');
}

const uint64 = scalar((v): v is number => integerIn(0, U64_MAX)(v), 'an unsigned integer');
const int64 = scalar((v): v is number => integerIn(-(2 ** 63), 2 ** 63 - 1)(v), 'an integer');
const int32 = scalar((v): v is number => integerIn(I32_MIN, I32_MAX)(v), 'a 32-bit integer');

const timestamp: Codec<ProtoTimestamp> = {
  nullable: false,
  read(json, path) {
    try {
      return parseTimestamp(string.read(json, path));
    } catch (error) {
      if (error instanceof InvalidEventError) throw error;
      throw new InvalidEventError(path, (error as Error).message, { cause: error });
    }
  },
  write(value, path) {
    try {
      return formatTimestamp(value);
    } catch (error) {
      throw new InvalidEventError(path, (error as Error).message, { cause: error });
    }
  },
};

function nullable<T>(codec: Codec<T>): Codec<T | null> {
  return {
    nullable: true,
    read: (json, path) => (json === null ? null : codec.read(json, path)),
    // `undefined` is not in the types, but a JavaScript caller may leave a key out.
    write: (value, path) => (value === null || value === undefined ? null : codec.write(value, path)),
  };
}

/** A message; `fields` must list the keys in proto declaration order, the order they are written in. */
function message<T>(fields: Fields<T>): Codec<T> {
  const entries: [string, Codec<unknown>][] = Object.entries(fields);
  const asObject = (value: unknown, path: string): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InvalidEventError(path, `expected an object, got ${describe(value)}`);
    }
    return value as Record<string, unknown>;
  };
  return {
    nullable: false,
    read(json, path) {
      const object = asObject(json, path);
      const out: Record<string, unknown> = {};
      for (const [key, codec] of entries) {
        const here = at(path, key);
        if (!Object.hasOwn(object, key)) {
          if (!codec.nullable) throw new InvalidEventError(here, 'missing key');
          out[key] = null;
        } else {
          out[key] = codec.read(object[key], here);
        }
      }
      return out as T;
    },
    write(value, path) {
      const object = asObject(value, path);
      const out: Record<string, unknown> = {};
      for (const [key, codec] of entries) out[key] = codec.write(object[key], at(path, key));
      return out;
    },
  };
}

const duration = message<ProtoDuration>({ seconds: int64, nanos: int32 });

const rebuildDetails = message<RebuildEventDetails>({
  rebuild_status: enumeration<RebuildStatus>(),
  source_replica: string,
  destination_replica: string,
  error: nullable(string),
});

const replicaDetails = message<ReplicaEventDetails>({
  pool_name: string,
  pool_uuid: string,
  replica_name: string,
});

const switchOverDetails = message<SwitchOverEventDetails>({
  switch_over_status: enumeration<SwitchOverStatus>(),
  start_time: nullable(timestamp),
  existing_nqn: string,
  new_path: nullable(string),
  retry_count: uint64,
});

const nexusChildDetails = message<NexusChildEventDetails>({ uri: string });

const nvmePathDetails = message<NvmePathEventDetails>({ nqn: string, path: string });

const hostInitiatorDetails = message<HostInitiatorEventDetails>({
  host_nqn: string,
  subsystem_nqn: string,
  target: string,
  uuid: string,
});

const reactorDetails = message<ReactorEventDetails>({ lcore: uint64, state: string });

const stateChangeDetails = message<StateChangeEventDetails>({ previous: string, next: string });

const actionDurationDetails = message<EventActionDuration>({ time_taken: nullable(duration) });

const snapshotDetails = message<SnapshotEventDetails>({
  replica_id: string,
  create_time: string,
  volume_id: string,
});

const cloneDetails = message<CloneEventDetails>({ source_uuid: string, create_time: string });

const errorDetails = message<ErrorDetails>({ error: string });

const subsystemPauseDetails = message<SubsystemPauseDetails>({ nexus_pause_state: string });

const eventDetails = message<EventDetails>({
  rebuild_details: nullable(rebuildDetails),
  replica_details: nullable(replicaDetails),
  switch_over_details: nullable(switchOverDetails),
  nexus_child_details: nullable(nexusChildDetails),
  nvme_path_details: nullable(nvmePathDetails),
  host_initiator_details: nullable(hostInitiatorDetails),
  reactor_details: nullable(reactorDetails),
  state_change_details: nullable(stateChangeDetails),
  action_duration_details: nullable(actionDurationDetails),
  snapshot_details: nullable(snapshotDetails),
  clone_details: nullable(cloneDetails),
  error_details: nullable(errorDetails),
  subsystem_pause_details: nullable(subsystemPauseDetails),
});

const eventSource = message<EventSource>({
  component: enumeration<Component>(),
  node: string,
  event_details: nullable(eventDetails),
});

const eventMeta = message<EventMeta>({
  id: string,
  source: nullable(eventSource),
  timestamp: nullable(timestamp),
  version: enumeration<EventVersion>(),
});

const eventMessage = message<EventMessage>({
  category: enumeration<EventCategory>(),
  action: enumeration<EventAction>(),
  target: string,
  metadata: nullable(eventMeta),
});
