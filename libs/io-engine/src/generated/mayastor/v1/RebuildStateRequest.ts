// Original file: proto/io-engine/v1/nexus.proto

export interface RebuildStateRequest {
  nexus_uuid?: string;
  uri?: string;
}

export interface RebuildStateRequest__Output {
  nexus_uuid: string;
  uri: string;
}
