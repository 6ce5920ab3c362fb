// Original file: proto/core/v1/core.proto

export interface ShareNexusRequest {
  uuid?: string;
  node?: string;
  allowed_hosts?: string[];
  _node?: 'node';
}

export interface ShareNexusRequest__Output {
  uuid: string;
  node?: string;
  allowed_hosts: string[];
  _node?: 'node';
}
