// Original file: proto/io-engine/v1/stats.proto

import type { Long } from '@grpc/proto-loader';

export interface IoStats {
  name?: string;
  uuid?: string;
  num_read_ops?: number | string | Long;
  bytes_read?: number | string | Long;
  num_write_ops?: number | string | Long;
  bytes_written?: number | string | Long;
  num_unmap_ops?: number | string | Long;
  bytes_unmapped?: number | string | Long;
  read_latency_ticks?: number | string | Long;
  write_latency_ticks?: number | string | Long;
  unmap_latency_ticks?: number | string | Long;
  max_read_latency_ticks?: number | string | Long;
  min_read_latency_ticks?: number | string | Long;
  max_write_latency_ticks?: number | string | Long;
  min_write_latency_ticks?: number | string | Long;
  max_unmap_latency_ticks?: number | string | Long;
  min_unmap_latency_ticks?: number | string | Long;
  tick_rate?: number | string | Long;
}

export interface IoStats__Output {
  name: string;
  uuid: string;
  num_read_ops: string;
  bytes_read: string;
  num_write_ops: string;
  bytes_written: string;
  num_unmap_ops: string;
  bytes_unmapped: string;
  read_latency_ticks: string;
  write_latency_ticks: string;
  unmap_latency_ticks: string;
  max_read_latency_ticks: string;
  min_read_latency_ticks: string;
  max_write_latency_ticks: string;
  min_write_latency_ticks: string;
  max_unmap_latency_ticks: string;
  min_unmap_latency_ticks: string;
  tick_rate: string;
}
