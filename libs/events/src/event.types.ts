/**
 * The Mayastor events v1 data model (`v1.event` in `event.proto`), as it travels on
 * NATS: snake_case keys, enums as integers, every key present, `null` for an absent
 * optional scalar or message. See docs/reference/events-v1.md; the codec
 * (event.codec.ts) is the only place that turns these values into JSON and back.
 *
 * Enum-typed fields are declared with the numbers this reference knows. A decoded
 * event may carry a number outside that set (upstream accepts unknown numbers, the
 * Rust field being a plain i32), so a `switch` over one needs a `default`.
 */

/** `enum EventCategory`. */
export const EventCategory = {
  UnknownCategory: 0,
  Pool: 1,
  Volume: 2,
  Nexus: 3,
  Replica: 4,
  Node: 5,
  HighAvailability: 6,
  NvmePath: 7,
  HostInitiator: 8,
  IoEngineCategory: 9,
  Snapshot: 10,
  Clone: 11,
} as const;
export type EventCategory = (typeof EventCategory)[keyof typeof EventCategory];

/** `enum EventAction`. */
export const EventAction = {
  UnknownAction: 0,
  Create: 1,
  Delete: 2,
  StateChange: 3,
  RebuildBegin: 4,
  RebuildEnd: 5,
  SwitchOver: 6,
  AddChild: 7,
  RemoveChild: 8,
  NvmePathSuspect: 9,
  NvmePathFail: 10,
  NvmePathFix: 11,
  OnlineChild: 12,
  NvmeConnect: 13,
  NvmeDisconnect: 14,
  NvmeKeepAliveTimeout: 15,
  ReactorFreeze: 16,
  ReactorUnfreeze: 17,
  Shutdown: 18,
  Start: 19,
  Stop: 20,
  SubsystemPause: 21,
  SubsystemResume: 22,
  Init: 23,
  Reconfiguring: 24,
  NvmePathDeleting: 25,
} as const;
export type EventAction = (typeof EventAction)[keyof typeof EventAction];

/** `enum Component`: the process that emitted an event. */
export const Component = {
  UnknownComponent: 0,
  CoreAgent: 1,
  IoEngine: 2,
  HaClusterAgent: 3,
  HaNodeAgent: 4,
} as const;
export type Component = (typeof Component)[keyof typeof Component];

/** `enum Version` of the proto (named `EventVersion` here to say what it versions). */
export const EventVersion = {
  UnknownVersion: 0,
  V1: 1,
} as const;
export type EventVersion = (typeof EventVersion)[keyof typeof EventVersion];

/** `enum RebuildStatus`. */
export const RebuildStatus = {
  Unknown: 0,
  Started: 1,
  Completed: 2,
  Stopped: 3,
  Failed: 4,
} as const;
export type RebuildStatus = (typeof RebuildStatus)[keyof typeof RebuildStatus];

/** `enum SwitchOverStatus`. */
export const SwitchOverStatus = {
  UnknownSwitchOverStatus: 0,
  SwitchOverStarted: 1,
  SwitchOverCompleted: 2,
  SwitchOverFailed: 3,
} as const;
export type SwitchOverStatus = (typeof SwitchOverStatus)[keyof typeof SwitchOverStatus];

/**
 * `google.protobuf.Timestamp`: seconds since the Unix epoch (UTC) and nanoseconds
 * (0..999,999,999). Kept in proto form rather than as a `Date` so that the nanoseconds
 * of an io-engine's timestamp survive a decode/encode round trip. On the wire it is
 * an RFC-3339 string (see event.time.ts).
 */
export interface ProtoTimestamp {
  readonly seconds: number;
  readonly nanos: number;
}

/** `google.protobuf.Duration`; on the wire the object `{"seconds": .., "nanos": ..}`. */
export interface ProtoDuration {
  readonly seconds: number;
  readonly nanos: number;
}

/** `EventMessage`: the payload of one message on the bus. */
export interface EventMessage {
  readonly category: EventCategory;
  readonly action: EventAction;
  /** Id of the object the event is about (a uuid, or a pool name; see the reference). */
  readonly target: string;
  /** `null` is representable (a message field) but such an event cannot be published. */
  readonly metadata: EventMeta | null;
}

/** `EventMeta`. */
export interface EventMeta {
  /** A fresh UUID v4 per event. */
  readonly id: string;
  readonly source: EventSource | null;
  /** Time of the event. */
  readonly timestamp: ProtoTimestamp | null;
  readonly version: EventVersion;
}

/** `EventSource`: who emitted the event, with the event's details. */
export interface EventSource {
  readonly component: Component;
  /** Node name of the emitter. */
  readonly node: string;
  readonly event_details: EventDetails | null;
}

/** `EventDetails`: on the wire all 13 keys appear, the unused ones `null`. */
export interface EventDetails {
  readonly rebuild_details: RebuildEventDetails | null;
  readonly replica_details: ReplicaEventDetails | null;
  readonly switch_over_details: SwitchOverEventDetails | null;
  readonly nexus_child_details: NexusChildEventDetails | null;
  readonly nvme_path_details: NvmePathEventDetails | null;
  readonly host_initiator_details: HostInitiatorEventDetails | null;
  readonly reactor_details: ReactorEventDetails | null;
  readonly state_change_details: StateChangeEventDetails | null;
  readonly action_duration_details: EventActionDuration | null;
  readonly snapshot_details: SnapshotEventDetails | null;
  readonly clone_details: CloneEventDetails | null;
  readonly error_details: ErrorDetails | null;
  readonly subsystem_pause_details: SubsystemPauseDetails | null;
}

/** `RebuildEventDetails`: source and destination are child URIs. */
export interface RebuildEventDetails {
  readonly rebuild_status: RebuildStatus;
  readonly source_replica: string;
  readonly destination_replica: string;
  readonly error: string | null;
}

/** `ReplicaEventDetails`. */
export interface ReplicaEventDetails {
  readonly pool_name: string;
  readonly pool_uuid: string;
  readonly replica_name: string;
}

/** `SwitchOverEventDetails`. */
export interface SwitchOverEventDetails {
  readonly switch_over_status: SwitchOverStatus;
  readonly start_time: ProtoTimestamp | null;
  readonly existing_nqn: string;
  readonly new_path: string | null;
  /** uint64, a JSON number. */
  readonly retry_count: number;
}

/** `NexusChildEventDetails`. */
export interface NexusChildEventDetails {
  readonly uri: string;
}

/** `NvmePathEventDetails`. */
export interface NvmePathEventDetails {
  readonly nqn: string;
  readonly path: string;
}

/** `HostInitiatorEventDetails`: `target` is the kind of target, `nexus` or `replica`. */
export interface HostInitiatorEventDetails {
  readonly host_nqn: string;
  readonly subsystem_nqn: string;
  readonly target: string;
  readonly uuid: string;
}

/** `StateChangeEventDetails`. */
export interface StateChangeEventDetails {
  readonly previous: string;
  readonly next: string;
}

/** `ReactorEventDetails`. */
export interface ReactorEventDetails {
  /** uint64, a JSON number. */
  readonly lcore: number;
  readonly state: string;
}

/** `EventActionDuration`. */
export interface EventActionDuration {
  readonly time_taken: ProtoDuration | null;
}

/** `ErrorDetails`. */
export interface ErrorDetails {
  readonly error: string;
}

/** `SubsystemPauseDetails`. */
export interface SubsystemPauseDetails {
  readonly nexus_pause_state: string;
}

/** `SnapshotEventDetails`. */
export interface SnapshotEventDetails {
  readonly replica_id: string;
  readonly create_time: string;
  readonly volume_id: string;
}

/** `CloneEventDetails`. */
export interface CloneEventDetails {
  readonly source_uuid: string;
  readonly create_time: string;
}
