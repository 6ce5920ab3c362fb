// Original file: proto/core/v1/core.proto

export interface UnshareNexusRequest {
  uuid?: string;
  node?: string;
  _node?: 'node';
}

export interface UnshareNexusRequest__Output {
  uuid: string;
  node?: string;
  _node?: 'node';
}
