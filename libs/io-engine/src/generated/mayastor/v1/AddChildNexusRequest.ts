// Original file: proto/io-engine/v1/nexus.proto

export interface AddChildNexusRequest {
  uuid?: string;
  uri?: string;
  norebuild?: boolean;
}

export interface AddChildNexusRequest__Output {
  uuid: string;
  uri: string;
  norebuild: boolean;
}
