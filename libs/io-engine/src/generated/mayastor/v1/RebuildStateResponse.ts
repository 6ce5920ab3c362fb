// Original file: proto/io-engine/v1/nexus.proto

export interface RebuildStateResponse {
  state?: string;
}

export interface RebuildStateResponse__Output {
  state: string;
}
