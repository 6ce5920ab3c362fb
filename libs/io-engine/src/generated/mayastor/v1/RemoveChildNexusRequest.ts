// Original file: proto/io-engine/v1/nexus.proto

export interface RemoveChildNexusRequest {
  uuid?: string;
  uri?: string;
}

export interface RemoveChildNexusRequest__Output {
  uuid: string;
  uri: string;
}
