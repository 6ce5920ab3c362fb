// Original file: proto/io-engine/v1/snapshot.proto

export interface DestroySnapshotRequest {
  snapshot_uuid?: string;
  pool_name?: string;
  pool_uuid?: string;
  pool?: 'pool_name' | 'pool_uuid';
}

export interface DestroySnapshotRequest__Output {
  snapshot_uuid: string;
  pool_name?: string;
  pool_uuid?: string;
  pool?: 'pool_name' | 'pool_uuid';
}
