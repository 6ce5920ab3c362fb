// Original file: proto/io-engine/v1/nexus.proto

export interface GetNvmeAnaStateRequest {
  uuid?: string;
}

export interface GetNvmeAnaStateRequest__Output {
  uuid: string;
}
