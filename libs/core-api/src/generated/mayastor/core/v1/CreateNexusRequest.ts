// Original file: proto/core/v1/core.proto

import type { Long } from '@grpc/proto-loader';

export interface CreateNexusRequest {
  node?: string;
  uuid?: string;
  size?: number | string | Long;
  children?: string[];
}

export interface CreateNexusRequest__Output {
  node: string;
  uuid: string;
  size: number;
  children: string[];
}
