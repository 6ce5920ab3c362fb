// Original file: proto/io-engine/v1/nexus.proto

export interface DestroyNexusRequest {
  uuid?: string;
}

export interface DestroyNexusRequest__Output {
  uuid: string;
}
