// Original file: proto/io-engine/v1/snapshot.proto

export interface CreateReplicaSnapshotRequest {
  replica_uuid?: string;
  snapshot_uuid?: string;
  snapshot_name?: string;
  entity_id?: string;
  txn_id?: string;
}

export interface CreateReplicaSnapshotRequest__Output {
  replica_uuid: string;
  snapshot_uuid: string;
  snapshot_name: string;
  entity_id: string;
  txn_id: string;
}
