// Original file: proto/core/v1/core.proto

import type {
  ReplicaStatus as _mayastor_core_v1_ReplicaStatus,
  ReplicaStatus__Output as _mayastor_core_v1_ReplicaStatus__Output,
} from '../../../mayastor/core/v1/ReplicaStatus.js';

export interface ReplicaTopology {
  uuid?: string;
  node?: string;
  pool?: string;
  state?: _mayastor_core_v1_ReplicaStatus;
  child_status?: string;
  child_reason?: string;
  rebuild_progress?: number;
  _child_status?: 'child_status';
  _child_reason?: 'child_reason';
  _rebuild_progress?: 'rebuild_progress';
}

export interface ReplicaTopology__Output {
  uuid: string;
  node: string;
  pool: string;
  state: _mayastor_core_v1_ReplicaStatus__Output;
  child_status?: string;
  child_reason?: string;
  rebuild_progress?: number;
  _child_status?: 'child_status';
  _child_reason?: 'child_reason';
  _rebuild_progress?: 'rebuild_progress';
}
