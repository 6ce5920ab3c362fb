// Original file: proto/io-engine/v1/replica.proto

export interface SetReplicaEntityIdRequest {
  uuid?: string;
  entity_id?: string;
}

export interface SetReplicaEntityIdRequest__Output {
  uuid: string;
  entity_id: string;
}
