// Original file: proto/io-engine/v1/replica.proto

import type { Long } from '@grpc/proto-loader';

export interface ReplicaSpaceUsage {
  capacity_bytes?: number | string | Long;
  allocated_bytes?: number | string | Long;
  cluster_size?: number | string | Long;
  num_clusters?: number | string | Long;
  num_allocated_clusters?: number | string | Long;
  allocated_bytes_snapshots?: number | string | Long;
  num_allocated_clusters_snapshots?: number | string | Long;
  allocated_bytes_snapshot_from_clone?: number | string | Long;
  _allocated_bytes_snapshot_from_clone?: 'allocated_bytes_snapshot_from_clone';
}

export interface ReplicaSpaceUsage__Output {
  capacity_bytes: string;
  allocated_bytes: string;
  cluster_size: string;
  num_clusters: string;
  num_allocated_clusters: string;
  allocated_bytes_snapshots: string;
  num_allocated_clusters_snapshots: string;
  allocated_bytes_snapshot_from_clone?: string;
  _allocated_bytes_snapshot_from_clone?: 'allocated_bytes_snapshot_from_clone';
}
