// Original file: proto/core/v1/core.proto

export interface DestroyVolumeRequest {
  uuid?: string;
}

export interface DestroyVolumeRequest__Output {
  uuid: string;
}
