// Original file: proto/core/v1/core.proto

import type {
  ReplicaSpec as _mayastor_core_v1_ReplicaSpec,
  ReplicaSpec__Output as _mayastor_core_v1_ReplicaSpec__Output,
} from '../../../mayastor/core/v1/ReplicaSpec.js';
import type {
  ReplicaState as _mayastor_core_v1_ReplicaState,
  ReplicaState__Output as _mayastor_core_v1_ReplicaState__Output,
} from '../../../mayastor/core/v1/ReplicaState.js';

export interface Replica {
  uuid?: string;
  spec?: _mayastor_core_v1_ReplicaSpec | null;
  state?: _mayastor_core_v1_ReplicaState | null;
}

export interface Replica__Output {
  uuid: string;
  spec: _mayastor_core_v1_ReplicaSpec__Output | null;
  state: _mayastor_core_v1_ReplicaState__Output | null;
}
