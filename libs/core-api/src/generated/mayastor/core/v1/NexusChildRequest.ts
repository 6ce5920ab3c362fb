// Original file: proto/core/v1/core.proto

export interface NexusChildRequest {
  uuid?: string;
  node?: string;
  uri?: string;
  _node?: 'node';
}

export interface NexusChildRequest__Output {
  uuid: string;
  node?: string;
  uri: string;
  _node?: 'node';
}
