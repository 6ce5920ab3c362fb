// Original file: proto/core/v1/core.proto

export interface ListReplicasRequest {
  node?: string;
  pool?: string;
  _node?: 'node';
  _pool?: 'pool';
}

export interface ListReplicasRequest__Output {
  node?: string;
  pool?: string;
  _node?: 'node';
  _pool?: 'pool';
}
