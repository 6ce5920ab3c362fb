// Original file: proto/io-engine/v1/replica.proto

import type { Long } from '@grpc/proto-loader';

export interface ResizeReplicaRequest {
  uuid?: string;
  requested_size?: number | string | Long;
}

export interface ResizeReplicaRequest__Output {
  uuid: string;
  requested_size: string;
}
