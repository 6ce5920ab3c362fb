// Original file: proto/core/v1/core.proto

import type { Long } from '@grpc/proto-loader';

export interface ListAppNodesRequest {
  max_entries?: number;
  starting_token?: number | string | Long;
}

export interface ListAppNodesRequest__Output {
  max_entries: number;
  starting_token: number;
}
