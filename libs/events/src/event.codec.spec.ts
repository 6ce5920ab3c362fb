import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent, eventSubject, InvalidEventError } from './event.codec.js';
import {
  Component,
  EventAction,
  EventCategory,
  EventVersion,
  RebuildStatus,
  SwitchOverStatus,
  type EventDetails,
  type EventMessage,
} from './event.types.js';

// The example of docs/reference/events-v1.md, verbatim (pretty-printed as there).
const REFERENCE_EXAMPLE = `{
  "category": 3,
  "action": 5,
  "target": "a3e9c1f2-7b64-4d8a-9e21-0f5c6b7d8e90",
  "metadata": {
    "id": "5d0c2f4e-9a1b-4c3d-8e7f-60a1b2c3d4e5",
    "source": {
      "component": 2,
      "node": "worker-1",
      "event_details": {
        "rebuild_details": {
          "rebuild_status": 2,
          "source_replica": "bdev:///9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a?uuid=9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
          "destination_replica": "nvmf+tcp://10.20.0.12:8420/nqn.2019-05.io.openebs:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f?uuid=1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
          "error": null
        },
        "replica_details": null,
        "switch_over_details": null,
        "nexus_child_details": null,
        "nvme_path_details": null,
        "host_initiator_details": null,
        "reactor_details": null,
        "state_change_details": null,
        "action_duration_details": null,
        "snapshot_details": null,
        "clone_details": null,
        "error_details": null,
        "subsystem_pause_details": null
      }
    },
    "timestamp": "2025-03-14T09:26:53.589793238Z",
    "version": 1
  }
}`;

const NO_DETAILS: EventDetails = {
  rebuild_details: null,
  replica_details: null,
  switch_over_details: null,
  nexus_child_details: null,
  nvme_path_details: null,
  host_initiator_details: null,
  reactor_details: null,
  state_change_details: null,
  action_duration_details: null,
  snapshot_details: null,
  clone_details: null,
  error_details: null,
  subsystem_pause_details: null,
};

function sample(overrides: Partial<EventMessage> = {}): EventMessage {
  return {
    category: EventCategory.Pool,
    action: EventAction.Create,
    target: 'pool-1',
    metadata: {
      id: '0b6c7a4e-1f2d-4c3b-9a8e-7d6c5b4a3f21',
      source: { component: Component.IoEngine, node: 'worker-1', event_details: null },
      timestamp: { seconds: 1_741_944_413, nanos: 500_000_000 },
      version: EventVersion.V1,
    },
    ...overrides,
  };
}

const REMOVE = Symbol('remove');

/** `payload` with the value at a dotted `path` replaced (or removed), for tests of malformed input. */
function withValue(payload: string, path: string, value: unknown): string {
  const json = JSON.parse(payload) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = json;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return JSON.stringify(json);
}

function decodeError(payload: string | Uint8Array): InvalidEventError {
  try {
    decodeEvent(payload);
  } catch (error) {
    if (error instanceof InvalidEventError) return error;
    throw error;
  }
  throw new Error('decodeEvent accepted the payload');
}

describe('the reference example', () => {
  it('decodes to the model', () => {
    const event = decodeEvent(REFERENCE_EXAMPLE);

    expect(event.category).toBe(EventCategory.Nexus);
    expect(event.action).toBe(EventAction.RebuildEnd);
    expect(event.target).toBe('a3e9c1f2-7b64-4d8a-9e21-0f5c6b7d8e90');
    expect(event.metadata?.timestamp).toEqual({ seconds: 1_741_944_413, nanos: 589_793_238 });
    expect(event.metadata?.version).toBe(EventVersion.V1);
    expect(event.metadata?.source?.component).toBe(Component.IoEngine);
    expect(event.metadata?.source?.event_details?.rebuild_details).toEqual({
      rebuild_status: RebuildStatus.Completed,
      source_replica: 'bdev:///9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a?uuid=9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
      destination_replica:
        'nvmf+tcp://10.20.0.12:8420/nqn.2019-05.io.openebs:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f?uuid=1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      error: null,
    });
  });

  it('round-trips to the same compact JSON, key order included', () => {
    const compact = JSON.stringify(JSON.parse(REFERENCE_EXAMPLE));

    expect(encodeEvent(decodeEvent(REFERENCE_EXAMPLE))).toBe(compact);
  });

  it('goes to subject events.3.<id>', () => {
    expect(eventSubject(decodeEvent(REFERENCE_EXAMPLE))).toBe('events.3.5d0c2f4e-9a1b-4c3d-8e7f-60a1b2c3d4e5');
  });
});

describe('encodeEvent', () => {
  it('writes every key, null for absent messages, enums as integers', () => {
    expect(encodeEvent(sample())).toBe(
      '{"category":1,"action":1,"target":"pool-1","metadata":{"id":"0b6c7a4e-1f2d-4c3b-9a8e-7d6c5b4a3f21",' +
        '"source":{"component":2,"node":"worker-1","event_details":null},' +
        '"timestamp":"2025-03-14T09:26:53.500Z","version":1}}',
    );
  });

  it('writes keys in proto order whatever the order of the object', () => {
    const event = sample();
    const shuffled = { metadata: event.metadata, target: event.target, action: event.action, category: event.category };

    expect(encodeEvent(shuffled)).toBe(encodeEvent(event));
  });

  it('writes all 13 EventDetails keys, in proto order, when details are present', () => {
    const event = sample({
      metadata: {
        ...sample().metadata!,
        source: {
          component: Component.HaClusterAgent,
          node: 'node-a',
          event_details: {
            ...NO_DETAILS,
            switch_over_details: {
              switch_over_status: SwitchOverStatus.SwitchOverStarted,
              start_time: { seconds: 0, nanos: 1000 },
              existing_nqn: 'nqn.2019-05.io.openebs:v1',
              new_path: null,
              retry_count: 3,
            },
            action_duration_details: { time_taken: { seconds: 1, nanos: 500_000_000 } },
            reactor_details: { lcore: 4, state: 'frozen' },
          },
        },
      },
    });

    const json = JSON.parse(encodeEvent(event)) as { metadata: { source: { event_details: Record<string, unknown> } } };
    const details = json.metadata.source.event_details;

    expect(Object.keys(details)).toEqual(Object.keys(NO_DETAILS));
    expect(details.switch_over_details).toEqual({
      switch_over_status: 1,
      start_time: '1970-01-01T00:00:00.000001Z',
      existing_nqn: 'nqn.2019-05.io.openebs:v1',
      new_path: null,
      retry_count: 3,
    });
    expect(details.action_duration_details).toEqual({ time_taken: { seconds: 1, nanos: 500_000_000 } });
    expect(details.reactor_details).toEqual({ lcore: 4, state: 'frozen' });
    expect(details.rebuild_details).toBeNull();
  });

  it('writes a key a JavaScript caller left out of an optional field as null', () => {
    const event = sample();
    const { source, ...rest } = event.metadata!;

    expect(JSON.parse(encodeEvent({ ...event, metadata: rest as typeof event.metadata }))).toMatchObject({
      metadata: { source: null },
    });
    expect(source).not.toBeNull();
  });

  it('refuses values that do not fit, naming the field', () => {
    const bad = { ...sample(), target: undefined } as unknown as EventMessage;

    expect(() => encodeEvent(bad)).toThrow(InvalidEventError);
    expect(() => encodeEvent(bad)).toThrow('invalid event at target: expected a string, got undefined');
    expect(() => encodeEvent(sample({ category: 1.5 as EventCategory }))).toThrow('at category');
    const badTime = sample({ metadata: { ...sample().metadata!, timestamp: { seconds: 0, nanos: -1 } } });
    expect(() => encodeEvent(badTime)).toThrow('at metadata.timestamp');
  });
});

describe('decodeEvent', () => {
  const payload = encodeEvent(sample());

  it('rejects a payload that lacks a non-nullable key, naming it', () => {
    const error = decodeError(withValue(payload, 'metadata.source.node', REMOVE));

    expect(error.path).toBe('metadata.source.node');
    expect(error.message).toBe('invalid event at metadata.source.node: missing key');
  });

  it('rejects null and wrongly typed values of non-nullable keys', () => {
    expect(decodeError(withValue(payload, 'target', null)).message).toBe(
      'invalid event at target: expected a string, got null',
    );
    expect(decodeError(withValue(payload, 'category', 'Nexus')).path).toBe('category');
    expect(decodeError(withValue(payload, 'metadata.version', 1.5)).path).toBe('metadata.version');
    expect(decodeError(withValue(payload, 'metadata.timestamp', 'yesterday')).path).toBe('metadata.timestamp');
  });

  it('rejects a uint64 sent as a string', () => {
    const withReactor = encodeEvent(
      sample({
        metadata: {
          ...sample().metadata!,
          source: {
            component: Component.IoEngine,
            node: 'n',
            event_details: { ...NO_DETAILS, reactor_details: { lcore: 1, state: 'frozen' } },
          },
        },
      }),
    );
    const error = decodeError(withValue(withReactor, 'metadata.source.event_details.reactor_details.lcore', '1'));

    expect(error.path).toBe('metadata.source.event_details.reactor_details.lcore');
  });

  it('reads a missing nullable key as null and ignores unknown keys', () => {
    let edited = withValue(payload, 'metadata.source.event_details', REMOVE);
    edited = withValue(edited, 'metadata.extra', { anything: [1, 2] });
    edited = withValue(edited, 'future_field', true);
    const event = decodeEvent(edited);

    expect(event).toEqual(sample());
  });

  it('keeps enum numbers it does not know', () => {
    const event = decodeEvent(withValue(payload, 'category', 42));

    expect(event.category).toBe(42);
    expect(eventSubject(event)).toBe('events.42.0b6c7a4e-1f2d-4c3b-9a8e-7d6c5b4a3f21');
  });

  it('accepts any RFC-3339 offset and writes the time back in UTC', () => {
    const event = decodeEvent(withValue(payload, 'metadata.timestamp', '2025-03-14T10:56:53.589793238+01:30'));

    expect(event.metadata?.timestamp).toEqual({ seconds: 1_741_944_413, nanos: 589_793_238 });
    expect(encodeEvent(event)).toContain('"timestamp":"2025-03-14T09:26:53.589793238Z"');
  });

  it('accepts a payload as UTF-8 bytes, as NATS delivers it', () => {
    expect(decodeEvent(new TextEncoder().encode(payload))).toEqual(sample());
  });

  it('rejects what is not a JSON object', () => {
    expect(decodeError('{"category":').message).toMatch(/^invalid event: payload is not JSON/);
    expect(decodeError('[]').message).toBe('invalid event: expected an object, got an array');
    expect(decodeError(new Uint8Array([0xff, 0xfe])).message).toBe('invalid event: payload is not UTF-8');
  });
});

describe('eventSubject', () => {
  it('is events.<category number>.<id>', () => {
    expect(eventSubject(sample())).toBe('events.1.0b6c7a4e-1f2d-4c3b-9a8e-7d6c5b4a3f21');
  });

  it('refuses an event without metadata, which cannot be published', () => {
    expect(() => eventSubject(sample({ metadata: null }))).toThrow(
      'invalid event at metadata: an event without metadata cannot be published',
    );
  });

  it('refuses an id that is not one subject token', () => {
    const withId = (id: string): EventMessage => sample({ metadata: { ...sample().metadata!, id } });

    expect(() => eventSubject(withId('a.b'))).toThrow('at metadata.id');
    expect(() => eventSubject(withId(''))).toThrow('at metadata.id');
    expect(() => eventSubject(withId('>'))).toThrow('at metadata.id');
  });
});
