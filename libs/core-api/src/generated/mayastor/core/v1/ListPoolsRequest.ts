// Original file: proto/core/v1/core.proto

export interface ListPoolsRequest {
  node?: string;
  _node?: 'node';
}

export interface ListPoolsRequest__Output {
  node?: string;
  _node?: 'node';
}
