// Original file: proto/io-engine/v1/nexus.proto

export interface ResumeRebuildRequest {
  nexus_uuid?: string;
  uri?: string;
}

export interface ResumeRebuildRequest__Output {
  nexus_uuid: string;
  uri: string;
}
