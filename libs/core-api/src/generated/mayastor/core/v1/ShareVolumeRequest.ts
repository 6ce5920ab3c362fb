// Original file: proto/core/v1/core.proto

export interface ShareVolumeRequest {
  uuid?: string;
}

export interface ShareVolumeRequest__Output {
  uuid: string;
}
