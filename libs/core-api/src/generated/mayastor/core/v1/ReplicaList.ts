// Original file: proto/core/v1/core.proto

import type {
  Replica as _mayastor_core_v1_Replica,
  Replica__Output as _mayastor_core_v1_Replica__Output,
} from '../../../mayastor/core/v1/Replica.js';

export interface ReplicaList {
  replicas?: _mayastor_core_v1_Replica[];
}

export interface ReplicaList__Output {
  replicas: _mayastor_core_v1_Replica__Output[];
}
