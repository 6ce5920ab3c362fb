// Original file: proto/io-engine/v1/host.proto

import type { Long } from '@grpc/proto-loader';

export interface NvmeControllerIoStats {
  num_read_ops?: number | string | Long;
  num_write_ops?: number | string | Long;
  bytes_read?: number | string | Long;
  bytes_written?: number | string | Long;
  num_unmap_ops?: number | string | Long;
  bytes_unmapped?: number | string | Long;
}

export interface NvmeControllerIoStats__Output {
  num_read_ops: string;
  num_write_ops: string;
  bytes_read: string;
  bytes_written: string;
  num_unmap_ops: string;
  bytes_unmapped: string;
}
