// Original file: proto/core/v1/core.proto

export interface GetReplicaRequest {
  uuid?: string;
}

export interface GetReplicaRequest__Output {
  uuid: string;
}
