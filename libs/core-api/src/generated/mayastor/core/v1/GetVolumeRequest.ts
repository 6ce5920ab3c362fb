// Original file: proto/core/v1/core.proto

export interface GetVolumeRequest {
  uuid?: string;
}

export interface GetVolumeRequest__Output {
  uuid: string;
}
