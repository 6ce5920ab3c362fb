// Original file: proto/core/v1/core.proto

export interface ReplicaOwners {
  volume?: string;
  nexuses?: string[];
  _volume?: 'volume';
}

export interface ReplicaOwners__Output {
  volume?: string;
  nexuses: string[];
  _volume?: 'volume';
}
