// Original file: proto/core/v1/core.proto

export interface DestroyPoolRequest {
  id?: string;
  node?: string;
  _node?: 'node';
}

export interface DestroyPoolRequest__Output {
  id: string;
  node?: string;
  _node?: 'node';
}
