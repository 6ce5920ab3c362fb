// Original file: proto/io-engine/v1/nexus.proto

export interface ShutdownNexusRequest {
  uuid?: string;
}

export interface ShutdownNexusRequest__Output {
  uuid: string;
}
