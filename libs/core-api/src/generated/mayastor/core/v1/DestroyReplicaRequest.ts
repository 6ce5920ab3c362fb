// Original file: proto/core/v1/core.proto

export interface DestroyReplicaRequest {
  uuid?: string;
  pool?: string;
  disown_all?: boolean;
  _pool?: 'pool';
}

export interface DestroyReplicaRequest__Output {
  uuid: string;
  pool?: string;
  disown_all: boolean;
  _pool?: 'pool';
}
