// Original file: proto/io-engine/v1/replica.proto

export interface UnshareReplicaRequest {
  uuid?: string;
}

export interface UnshareReplicaRequest__Output {
  uuid: string;
}
