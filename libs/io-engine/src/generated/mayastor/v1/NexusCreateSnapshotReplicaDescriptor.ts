// Original file: proto/io-engine/v1/snapshot.proto

export interface NexusCreateSnapshotReplicaDescriptor {
  replica_uuid?: string;
  snapshot_uuid?: string;
  skip?: boolean;
  _snapshot_uuid?: 'snapshot_uuid';
}

export interface NexusCreateSnapshotReplicaDescriptor__Output {
  replica_uuid: string;
  snapshot_uuid?: string;
  skip: boolean;
  _snapshot_uuid?: 'snapshot_uuid';
}
