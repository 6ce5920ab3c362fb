// Original file: proto/io-engine/v1/nexus.proto

export interface RebuildStatsRequest {
  nexus_uuid?: string;
  uri?: string;
}

export interface RebuildStatsRequest__Output {
  nexus_uuid: string;
  uri: string;
}
