// Original file: proto/io-engine/v1/nexus.proto

import type {
  ChildState as _mayastor_v1_ChildState,
  ChildState__Output as _mayastor_v1_ChildState__Output,
} from '../../mayastor/v1/ChildState.js';
import type {
  ChildStateReason as _mayastor_v1_ChildStateReason,
  ChildStateReason__Output as _mayastor_v1_ChildStateReason__Output,
} from '../../mayastor/v1/ChildStateReason.js';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../google/protobuf/Timestamp.js';

export interface Child {
  uri?: string;
  state?: _mayastor_v1_ChildState;
  state_reason?: _mayastor_v1_ChildStateReason;
  rebuild_progress?: number;
  device_name?: string;
  fault_timestamp?: _google_protobuf_Timestamp | null;
  has_io_log?: boolean;
  _device_name?: 'device_name';
}

export interface Child__Output {
  uri: string;
  state: _mayastor_v1_ChildState__Output;
  state_reason: _mayastor_v1_ChildStateReason__Output;
  rebuild_progress: number;
  device_name?: string;
  fault_timestamp: _google_protobuf_Timestamp__Output | null;
  has_io_log: boolean;
  _device_name?: 'device_name';
}
