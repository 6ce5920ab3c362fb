// Original file: proto/io-engine/v1/replica.proto

import type {
  Replica as _mayastor_v1_Replica,
  Replica__Output as _mayastor_v1_Replica__Output,
} from '../../mayastor/v1/Replica.js';

export interface ListReplicasResponse {
  replicas?: _mayastor_v1_Replica[];
}

export interface ListReplicasResponse__Output {
  replicas: _mayastor_v1_Replica__Output[];
}
