// Original file: proto/core/v1/core.proto

export interface ListNexusesRequest {
  node?: string;
  _node?: 'node';
}

export interface ListNexusesRequest__Output {
  node?: string;
  _node?: 'node';
}
