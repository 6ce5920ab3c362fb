// Original file: proto/core/v1/core.proto

import type { Long } from '@grpc/proto-loader';

export interface ResizeVolumeRequest {
  uuid?: string;
  size?: number | string | Long;
}

export interface ResizeVolumeRequest__Output {
  uuid: string;
  size: number;
}
