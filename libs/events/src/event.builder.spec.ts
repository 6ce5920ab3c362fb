import { describe, expect, it } from 'vitest';
import {
  buildEvent,
  hostInitiatorConnected,
  hostInitiatorDisconnected,
  ioEngineShutdown,
  ioEngineStarted,
  ioEngineStopped,
  nexusChildAdded,
  nexusChildOnlined,
  nexusChildRemoved,
  nexusCreated,
  nexusDeleted,
  nexusRebuildBegan,
  nexusRebuildEnded,
  nexusShutdown,
  nexusStateChanged,
  nodeStateChanged,
  poolCreated,
  poolDeleted,
  replicaCreated,
  replicaDeleted,
  replicaStateChanged,
  volumeCreated,
  volumeDeleted,
  type EventOrigin,
  type PublishableEvent,
} from './event.builder.js';
import { decodeEvent, encodeEvent } from './event.codec.js';
import { timestampToDate } from './event.time.js';
import {
  Component,
  EventAction,
  EventCategory,
  EventVersion,
  RebuildStatus,
  type EventDetails,
} from './event.types.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildEvent', () => {
  it('sets a fresh UUID v4, version V1, the source and the given time', () => {
    const at = new Date('2025-03-14T09:26:53.589Z');
    const input = {
      category: EventCategory.Pool,
      action: EventAction.Create,
      target: 'pool-1',
      component: Component.IoEngine,
      node: 'worker-1',
      at,
    };
    const [first, second] = [buildEvent(input), buildEvent(input)];

    expect(first.metadata.id).toMatch(UUID_V4);
    expect(second.metadata.id).not.toBe(first.metadata.id);
    expect(first).toEqual({
      category: EventCategory.Pool,
      action: EventAction.Create,
      target: 'pool-1',
      metadata: {
        id: first.metadata.id,
        source: { component: Component.IoEngine, node: 'worker-1', event_details: null },
        timestamp: { seconds: 1_741_944_413, nanos: 589_000_000 },
        version: EventVersion.V1,
      },
    });
  });

  it('stamps the time of the call by default', () => {
    const before = Date.now();
    const event = buildEvent({
      category: EventCategory.Volume,
      action: EventAction.Delete,
      target: 'v',
      component: Component.CoreAgent,
      node: 'core',
    });
    const stamped = timestampToDate(event.metadata.timestamp!).getTime();

    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('fills the details members not given with null', () => {
    const event = buildEvent({
      category: EventCategory.Nexus,
      action: EventAction.AddChild,
      target: 'n',
      component: Component.IoEngine,
      node: 'w',
      details: { nexus_child_details: { uri: 'bdev:///x' }, error_details: undefined },
    });
    const details = event.metadata.source!.event_details!;

    expect(Object.keys(details)).toHaveLength(13);
    expect(details.nexus_child_details).toEqual({ uri: 'bdev:///x' });
    expect(Object.entries(details).filter(([, value]) => value !== null)).toHaveLength(1);
  });
});

describe('event helpers', () => {
  const io: EventOrigin = { component: Component.IoEngine, node: 'worker-1' };
  const core: EventOrigin = { component: Component.CoreAgent, node: 'core-0' };
  const replica = { pool_name: 'pool-1', pool_uuid: 'p-uuid', replica_name: 'r-name' };
  const change = { previous: 'Online', next: 'Degraded' };
  const host = { host_nqn: 'nqn.host', subsystem_nqn: 'nqn.sub', target: 'nexus', uuid: 'n-uuid' };
  const children = { source_replica: 'bdev:///a', destination_replica: 'nvmf://b' };

  // [event, category, action, target, the details members set]
  const cases: [string, PublishableEvent, EventCategory, EventAction, string, Partial<EventDetails> | null][] = [
    ['poolCreated', poolCreated(io, 'pool-1'), EventCategory.Pool, EventAction.Create, 'pool-1', null],
    ['poolDeleted', poolDeleted(io, 'pool-1'), EventCategory.Pool, EventAction.Delete, 'pool-1', null],
    [
      'replicaCreated',
      replicaCreated(io, 'r-uuid', replica),
      EventCategory.Replica,
      EventAction.Create,
      'r-uuid',
      { replica_details: replica },
    ],
    [
      'replicaDeleted',
      replicaDeleted(io, 'r-uuid', replica),
      EventCategory.Replica,
      EventAction.Delete,
      'r-uuid',
      { replica_details: replica },
    ],
    [
      'replicaStateChanged',
      replicaStateChanged(io, 'r-uuid', change),
      EventCategory.Replica,
      EventAction.StateChange,
      'r-uuid',
      { state_change_details: change },
    ],
    ['nexusCreated', nexusCreated(io, 'n-uuid'), EventCategory.Nexus, EventAction.Create, 'n-uuid', null],
    [
      'nexusCreated (failed)',
      nexusCreated(io, 'n-uuid', 'no children'),
      EventCategory.Nexus,
      EventAction.Create,
      'n-uuid',
      { error_details: { error: 'no children' } },
    ],
    ['nexusDeleted', nexusDeleted(io, 'n-uuid'), EventCategory.Nexus, EventAction.Delete, 'n-uuid', null],
    ['nexusShutdown', nexusShutdown(io, 'n-uuid'), EventCategory.Nexus, EventAction.Shutdown, 'n-uuid', null],
    [
      'nexusStateChanged',
      nexusStateChanged(io, 'n-uuid', change),
      EventCategory.Nexus,
      EventAction.StateChange,
      'n-uuid',
      { state_change_details: change },
    ],
    [
      'nexusChildAdded',
      nexusChildAdded(io, 'n-uuid', 'nvmf://c'),
      EventCategory.Nexus,
      EventAction.AddChild,
      'n-uuid',
      { nexus_child_details: { uri: 'nvmf://c' } },
    ],
    [
      'nexusChildRemoved',
      nexusChildRemoved(io, 'n-uuid', 'nvmf://c'),
      EventCategory.Nexus,
      EventAction.RemoveChild,
      'n-uuid',
      { nexus_child_details: { uri: 'nvmf://c' } },
    ],
    [
      'nexusChildOnlined',
      nexusChildOnlined(io, 'n-uuid', 'nvmf://c'),
      EventCategory.Nexus,
      EventAction.OnlineChild,
      'n-uuid',
      { nexus_child_details: { uri: 'nvmf://c' } },
    ],
    [
      'nexusRebuildBegan',
      nexusRebuildBegan(io, 'n-uuid', children),
      EventCategory.Nexus,
      EventAction.RebuildBegin,
      'n-uuid',
      { rebuild_details: { rebuild_status: RebuildStatus.Started, ...children, error: null } },
    ],
    [
      'nexusRebuildEnded',
      nexusRebuildEnded(io, 'n-uuid', { ...children, status: RebuildStatus.Failed, error: 'I/O error' }),
      EventCategory.Nexus,
      EventAction.RebuildEnd,
      'n-uuid',
      { rebuild_details: { rebuild_status: RebuildStatus.Failed, ...children, error: 'I/O error' } },
    ],
    [
      'ioEngineStarted',
      ioEngineStarted(io, 'io-engine-1'),
      EventCategory.IoEngineCategory,
      EventAction.Start,
      'io-engine-1',
      null,
    ],
    [
      'ioEngineShutdown',
      ioEngineShutdown(io, 'io-engine-1'),
      EventCategory.IoEngineCategory,
      EventAction.Shutdown,
      'io-engine-1',
      null,
    ],
    [
      'ioEngineStopped',
      ioEngineStopped(io, 'io-engine-1', 1250),
      EventCategory.IoEngineCategory,
      EventAction.Stop,
      'io-engine-1',
      { action_duration_details: { time_taken: { seconds: 1, nanos: 250_000_000 } } },
    ],
    [
      'hostInitiatorConnected',
      hostInitiatorConnected(io, host),
      EventCategory.HostInitiator,
      EventAction.NvmeConnect,
      '',
      { host_initiator_details: host },
    ],
    [
      'hostInitiatorDisconnected',
      hostInitiatorDisconnected(io, host),
      EventCategory.HostInitiator,
      EventAction.NvmeDisconnect,
      '',
      { host_initiator_details: host },
    ],
    ['volumeCreated', volumeCreated(core, 'v-uuid'), EventCategory.Volume, EventAction.Create, 'v-uuid', null],
    ['volumeDeleted', volumeDeleted(core, 'v-uuid'), EventCategory.Volume, EventAction.Delete, 'v-uuid', null],
    [
      'nodeStateChanged',
      nodeStateChanged(core, 'node-1', change),
      EventCategory.Node,
      EventAction.StateChange,
      'node-1',
      { state_change_details: change },
    ],
  ];

  it.each(cases)('%s', (_name, event, category, action, target, details) => {
    expect(event.category).toBe(category);
    expect(event.action).toBe(action);
    expect(event.target).toBe(target);
    const source = event.metadata.source!;
    expect([source.component, source.node]).toEqual(
      category === EventCategory.Volume || category === EventCategory.Node
        ? [Component.CoreAgent, 'core-0']
        : [Component.IoEngine, 'worker-1'],
    );
    if (details === null) {
      expect(source.event_details).toBeNull();
    } else {
      const set = Object.fromEntries(Object.entries(source.event_details ?? {}).filter(([, value]) => value !== null));
      expect(set).toEqual(details);
    }
    // Every helper's event is valid on the wire.
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });
});
