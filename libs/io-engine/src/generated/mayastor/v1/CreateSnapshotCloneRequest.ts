// Original file: proto/io-engine/v1/snapshot.proto

export interface CreateSnapshotCloneRequest {
  snapshot_uuid?: string;
  clone_name?: string;
  clone_uuid?: string;
}

export interface CreateSnapshotCloneRequest__Output {
  snapshot_uuid: string;
  clone_name: string;
  clone_uuid: string;
}
