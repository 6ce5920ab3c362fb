// Original file: proto/core/v1/core.proto

export interface UnshareReplicaRequest {
  uuid?: string;
}

export interface UnshareReplicaRequest__Output {
  uuid: string;
}
