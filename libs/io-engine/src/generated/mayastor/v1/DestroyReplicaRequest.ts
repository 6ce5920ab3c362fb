// Original file: proto/io-engine/v1/replica.proto

export interface DestroyReplicaRequest {
  uuid?: string;
  pool_name?: string;
  pool_uuid?: string;
  pool?: 'pool_name' | 'pool_uuid';
}

export interface DestroyReplicaRequest__Output {
  uuid: string;
  pool_name?: string;
  pool_uuid?: string;
  pool?: 'pool_name' | 'pool_uuid';
}
