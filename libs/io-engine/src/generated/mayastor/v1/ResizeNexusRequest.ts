// Original file: proto/io-engine/v1/nexus.proto

import type { Long } from '@grpc/proto-loader';

export interface ResizeNexusRequest {
  uuid?: string;
  requested_size?: number | string | Long;
}

export interface ResizeNexusRequest__Output {
  uuid: string;
  requested_size: string;
}
