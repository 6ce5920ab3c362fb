// Original file: proto/core/v1/core.proto

import type { Long } from '@grpc/proto-loader';

export interface ListVolumesRequest {
  uuid?: string;
  max_entries?: number;
  starting_token?: number | string | Long;
  _uuid?: 'uuid';
}

export interface ListVolumesRequest__Output {
  uuid?: string;
  max_entries: number;
  starting_token: number;
  _uuid?: 'uuid';
}
