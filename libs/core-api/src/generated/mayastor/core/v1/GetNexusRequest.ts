// Original file: proto/core/v1/core.proto

export interface GetNexusRequest {
  uuid?: string;
  node?: string;
  _node?: 'node';
}

export interface GetNexusRequest__Output {
  uuid: string;
  node?: string;
  _node?: 'node';
}
