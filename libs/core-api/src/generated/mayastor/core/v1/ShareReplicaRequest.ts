// Original file: proto/core/v1/core.proto

export interface ShareReplicaRequest {
  uuid?: string;
  allowed_hosts?: string[];
}

export interface ShareReplicaRequest__Output {
  uuid: string;
  allowed_hosts: string[];
}
