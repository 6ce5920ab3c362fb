// Original file: proto/io-engine/v1/snapshot.proto

import type {
  Replica as _mayastor_v1_Replica,
  Replica__Output as _mayastor_v1_Replica__Output,
} from '../../mayastor/v1/Replica.js';

export interface ListSnapshotCloneResponse {
  replicas?: _mayastor_v1_Replica[];
}

export interface ListSnapshotCloneResponse__Output {
  replicas: _mayastor_v1_Replica__Output[];
}
