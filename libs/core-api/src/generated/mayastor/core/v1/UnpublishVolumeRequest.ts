// Original file: proto/core/v1/core.proto

export interface UnpublishVolumeRequest {
  uuid?: string;
  force?: boolean;
}

export interface UnpublishVolumeRequest__Output {
  uuid: string;
  force: boolean;
}
