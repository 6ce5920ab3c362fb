// Original file: proto/core/v1/core.proto

export interface PublishVolumeRequest {
  uuid?: string;
  node?: string;
  frontend_nodes?: string[];
  reuse_existing?: boolean;
  republish?: boolean;
  _node?: 'node';
}

export interface PublishVolumeRequest__Output {
  uuid: string;
  node?: string;
  frontend_nodes: string[];
  reuse_existing: boolean;
  republish: boolean;
  _node?: 'node';
}
