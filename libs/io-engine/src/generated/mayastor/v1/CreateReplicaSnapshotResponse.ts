// Original file: proto/io-engine/v1/snapshot.proto

import type {
  SnapshotInfo as _mayastor_v1_SnapshotInfo,
  SnapshotInfo__Output as _mayastor_v1_SnapshotInfo__Output,
} from '../../mayastor/v1/SnapshotInfo.js';

export interface CreateReplicaSnapshotResponse {
  replica_uuid?: string;
  snapshot?: _mayastor_v1_SnapshotInfo | null;
}

export interface CreateReplicaSnapshotResponse__Output {
  replica_uuid: string;
  snapshot: _mayastor_v1_SnapshotInfo__Output | null;
}
