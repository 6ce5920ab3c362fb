// Original file: proto/core/v1/core.proto

export interface ShareNexusReply {
  device_uri?: string;
}

export interface ShareNexusReply__Output {
  device_uri: string;
}
