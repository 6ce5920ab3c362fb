// Original file: proto/io-engine/v1/snapshot.proto

import type {
  Nexus as _mayastor_v1_Nexus,
  Nexus__Output as _mayastor_v1_Nexus__Output,
} from '../../mayastor/v1/Nexus.js';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../google/protobuf/Timestamp.js';
import type {
  NexusCreateSnapshotReplicaStatus as _mayastor_v1_NexusCreateSnapshotReplicaStatus,
  NexusCreateSnapshotReplicaStatus__Output as _mayastor_v1_NexusCreateSnapshotReplicaStatus__Output,
} from '../../mayastor/v1/NexusCreateSnapshotReplicaStatus.js';

export interface NexusCreateSnapshotResponse {
  nexus?: _mayastor_v1_Nexus | null;
  snapshot_timestamp?: _google_protobuf_Timestamp | null;
  replicas_done?: _mayastor_v1_NexusCreateSnapshotReplicaStatus[];
  replicas_skipped?: string[];
}

export interface NexusCreateSnapshotResponse__Output {
  nexus: _mayastor_v1_Nexus__Output | null;
  snapshot_timestamp: _google_protobuf_Timestamp__Output | null;
  replicas_done: _mayastor_v1_NexusCreateSnapshotReplicaStatus__Output[];
  replicas_skipped: string[];
}
