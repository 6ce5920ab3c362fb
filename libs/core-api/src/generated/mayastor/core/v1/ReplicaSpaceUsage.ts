// Original file: proto/core/v1/core.proto

import type { Long } from '@grpc/proto-loader';

export interface ReplicaSpaceUsage {
  capacity_bytes?: number | string | Long;
  allocated_bytes?: number | string | Long;
  cluster_size?: number | string | Long;
  clusters?: number | string | Long;
  allocated_clusters?: number | string | Long;
}

export interface ReplicaSpaceUsage__Output {
  capacity_bytes: number;
  allocated_bytes: number;
  cluster_size: number;
  clusters: number;
  allocated_clusters: number;
}
