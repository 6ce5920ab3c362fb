// Original file: proto/io-engine/v1/snapshot.proto

import type {
  SnapshotInfo as _mayastor_v1_SnapshotInfo,
  SnapshotInfo__Output as _mayastor_v1_SnapshotInfo__Output,
} from '../../mayastor/v1/SnapshotInfo.js';

export interface ListSnapshotsResponse {
  snapshots?: _mayastor_v1_SnapshotInfo[];
}

export interface ListSnapshotsResponse__Output {
  snapshots: _mayastor_v1_SnapshotInfo__Output[];
}
