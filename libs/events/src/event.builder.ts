import { randomUUID } from 'node:crypto';
import { durationFromMillis, timestampFromDate } from './event.time.js';
import {
  EventAction,
  EventCategory,
  EventVersion,
  RebuildStatus,
  type Component,
  type EventDetails,
  type EventMessage,
  type EventMeta,
  type HostInitiatorEventDetails,
  type ReplicaEventDetails,
  type StateChangeEventDetails,
} from './event.types.js';

export interface BuildEventInput {
  readonly category: EventCategory;
  readonly action: EventAction;
  /** Id of the object the event is about. */
  readonly target: string;
  /** The emitting process. */
  readonly component: Component;
  /** Node name of the emitter. */
  readonly node: string;
  /** The members in use; the others are set to `null`. Without it `event_details` is `null`. */
  readonly details?: Partial<EventDetails>;
  /** Time of the event. Defaults to now. */
  readonly at?: Date;
}

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

/** All 13 members, those not given (or given as `undefined`) set to `null`. */
function fullDetails(partial: Partial<EventDetails>): EventDetails {
  const details: Record<string, unknown> = { ...NO_DETAILS };
  for (const [key, value] of Object.entries(partial)) if (key in NO_DETAILS) details[key] = value ?? null;
  return details as unknown as EventDetails;
}

/** An event with metadata always set, as every built event is, so it can be published. */
export type PublishableEvent = EventMessage & { readonly metadata: EventMeta };

/** A v1 event with a fresh UUID v4 id, version V1 and a timestamp (now unless `at`). */
export function buildEvent(input: BuildEventInput): PublishableEvent {
  return {
    category: input.category,
    action: input.action,
    target: input.target,
    metadata: {
      id: randomUUID(),
      source: {
        component: input.component,
        node: input.node,
        event_details: input.details === undefined ? null : fullDetails(input.details),
      },
      timestamp: timestampFromDate(input.at ?? new Date()),
      version: EventVersion.V1,
    },
  };
}

/**
 * The emitter of the helpers' events: the process kind and its node name, e.g.
 * `{ component: Component.IoEngine, node: 'worker-1' }`.
 */
export interface EventOrigin {
  readonly component: Component;
  readonly node: string;
}

/** `RebuildEnd` reports how the rebuild job finished. */
export type RebuildEndStatus =
  typeof RebuildStatus.Completed | typeof RebuildStatus.Stopped | typeof RebuildStatus.Failed;

/** Source and destination child URIs of a rebuild. */
export interface RebuildChildren {
  readonly source_replica: string;
  readonly destination_replica: string;
}

// The helpers below follow the reference's "Who emits what" table: category, action,
// what `target` holds and which detail member is set.

function event(
  origin: EventOrigin,
  category: EventCategory,
  action: EventAction,
  target: string,
  details?: Partial<EventDetails>,
): PublishableEvent {
  return buildEvent({ ...origin, category, action, target, details });
}

const errorDetails = (error: string | undefined): Partial<EventDetails> | undefined =>
  error === undefined ? undefined : { error_details: { error } };

// Pools: target is the pool name.

export const poolCreated = (origin: EventOrigin, poolName: string): PublishableEvent =>
  event(origin, EventCategory.Pool, EventAction.Create, poolName);

export const poolDeleted = (origin: EventOrigin, poolName: string): PublishableEvent =>
  event(origin, EventCategory.Pool, EventAction.Delete, poolName);

// Replicas: target is the replica uuid.

export const replicaCreated = (
  origin: EventOrigin,
  replicaUuid: string,
  replica: ReplicaEventDetails,
): PublishableEvent =>
  event(origin, EventCategory.Replica, EventAction.Create, replicaUuid, { replica_details: replica });

export const replicaDeleted = (
  origin: EventOrigin,
  replicaUuid: string,
  replica: ReplicaEventDetails,
): PublishableEvent =>
  event(origin, EventCategory.Replica, EventAction.Delete, replicaUuid, { replica_details: replica });

/** A nexus child changed state; `replicaUuid` is the one in the child's URI. */
export const replicaStateChanged = (
  origin: EventOrigin,
  replicaUuid: string,
  change: StateChangeEventDetails,
): PublishableEvent =>
  event(origin, EventCategory.Replica, EventAction.StateChange, replicaUuid, { state_change_details: change });

// Nexuses: target is the nexus uuid. `error`, when given, reports a failure in `error_details`.

export const nexusCreated = (origin: EventOrigin, nexusUuid: string, error?: string): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.Create, nexusUuid, errorDetails(error));

export const nexusDeleted = (origin: EventOrigin, nexusUuid: string, error?: string): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.Delete, nexusUuid, errorDetails(error));

export const nexusShutdown = (origin: EventOrigin, nexusUuid: string, error?: string): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.Shutdown, nexusUuid, errorDetails(error));

export const nexusStateChanged = (
  origin: EventOrigin,
  nexusUuid: string,
  change: StateChangeEventDetails,
): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.StateChange, nexusUuid, { state_change_details: change });

export const nexusChildAdded = (origin: EventOrigin, nexusUuid: string, childUri: string): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.AddChild, nexusUuid, { nexus_child_details: { uri: childUri } });

export const nexusChildRemoved = (origin: EventOrigin, nexusUuid: string, childUri: string): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.RemoveChild, nexusUuid, { nexus_child_details: { uri: childUri } });

export const nexusChildOnlined = (origin: EventOrigin, nexusUuid: string, childUri: string): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.OnlineChild, nexusUuid, { nexus_child_details: { uri: childUri } });

/** A rebuild job started (status `Started`, no error). */
export const nexusRebuildBegan = (
  origin: EventOrigin,
  nexusUuid: string,
  children: RebuildChildren,
): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.RebuildBegin, nexusUuid, {
    rebuild_details: {
      rebuild_status: RebuildStatus.Started,
      source_replica: children.source_replica,
      destination_replica: children.destination_replica,
      error: null,
    },
  });

/** A rebuild job finished: `Completed`, `Stopped` or `Failed` (with `error` when known). */
export const nexusRebuildEnded = (
  origin: EventOrigin,
  nexusUuid: string,
  end: RebuildChildren & { readonly status: RebuildEndStatus; readonly error?: string },
): PublishableEvent =>
  event(origin, EventCategory.Nexus, EventAction.RebuildEnd, nexusUuid, {
    rebuild_details: {
      rebuild_status: end.status,
      source_replica: end.source_replica,
      destination_replica: end.destination_replica,
      error: end.error ?? null,
    },
  });

// The io-engine process: target is the io-engine instance name.

export const ioEngineStarted = (origin: EventOrigin, instanceName: string): PublishableEvent =>
  event(origin, EventCategory.IoEngineCategory, EventAction.Start, instanceName);

export const ioEngineShutdown = (origin: EventOrigin, instanceName: string): PublishableEvent =>
  event(origin, EventCategory.IoEngineCategory, EventAction.Shutdown, instanceName);

/** The io-engine stopped after `timeTakenMs` milliseconds of shutting down. */
export const ioEngineStopped = (origin: EventOrigin, instanceName: string, timeTakenMs: number): PublishableEvent =>
  event(origin, EventCategory.IoEngineCategory, EventAction.Stop, instanceName, {
    action_duration_details: { time_taken: durationFromMillis(timeTakenMs) },
  });

// Host initiators: target is `""`; the details name the host, the subsystem and what it targets.

export const hostInitiatorConnected = (origin: EventOrigin, host: HostInitiatorEventDetails): PublishableEvent =>
  event(origin, EventCategory.HostInitiator, EventAction.NvmeConnect, '', { host_initiator_details: host });

export const hostInitiatorDisconnected = (origin: EventOrigin, host: HostInitiatorEventDetails): PublishableEvent =>
  event(origin, EventCategory.HostInitiator, EventAction.NvmeDisconnect, '', { host_initiator_details: host });

// Core agent. The reference leaves target and details open for these; we use the
// volume uuid / node id and, for a node, `state_change_details`.

export const volumeCreated = (origin: EventOrigin, volumeUuid: string): PublishableEvent =>
  event(origin, EventCategory.Volume, EventAction.Create, volumeUuid);

export const volumeDeleted = (origin: EventOrigin, volumeUuid: string): PublishableEvent =>
  event(origin, EventCategory.Volume, EventAction.Delete, volumeUuid);

export const nodeStateChanged = (
  origin: EventOrigin,
  nodeId: string,
  change: StateChangeEventDetails,
): PublishableEvent =>
  event(origin, EventCategory.Node, EventAction.StateChange, nodeId, { state_change_details: change });
