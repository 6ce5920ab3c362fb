// Original file: proto/io-engine/v1/snapshot.proto

export interface NexusCreateSnapshotReplicaStatus {
  replica_uuid?: string;
  status_code?: number;
}

export interface NexusCreateSnapshotReplicaStatus__Output {
  replica_uuid: string;
  status_code: number;
}
