// Original file: proto/io-engine/v1/snapshot.proto

export interface ListSnapshotCloneRequest {
  snapshot_uuid?: string;
  _snapshot_uuid?: 'snapshot_uuid';
}

export interface ListSnapshotCloneRequest__Output {
  snapshot_uuid?: string;
  _snapshot_uuid?: 'snapshot_uuid';
}
