// Original file: proto/io-engine/v1/snapshot.proto

import type {
  NexusCreateSnapshotReplicaDescriptor as _mayastor_v1_NexusCreateSnapshotReplicaDescriptor,
  NexusCreateSnapshotReplicaDescriptor__Output as _mayastor_v1_NexusCreateSnapshotReplicaDescriptor__Output,
} from '../../mayastor/v1/NexusCreateSnapshotReplicaDescriptor.js';

export interface NexusCreateSnapshotRequest {
  nexus_uuid?: string;
  entity_id?: string;
  txn_id?: string;
  snapshot_name?: string;
  replicas?: _mayastor_v1_NexusCreateSnapshotReplicaDescriptor[];
}

export interface NexusCreateSnapshotRequest__Output {
  nexus_uuid: string;
  entity_id: string;
  txn_id: string;
  snapshot_name: string;
  replicas: _mayastor_v1_NexusCreateSnapshotReplicaDescriptor__Output[];
}
