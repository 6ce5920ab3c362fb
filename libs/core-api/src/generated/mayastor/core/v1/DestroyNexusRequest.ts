// Original file: proto/core/v1/core.proto

export interface DestroyNexusRequest {
  uuid?: string;
  node?: string;
  _node?: 'node';
}

export interface DestroyNexusRequest__Output {
  uuid: string;
  node?: string;
  _node?: 'node';
}
