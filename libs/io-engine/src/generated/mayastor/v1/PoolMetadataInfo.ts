// Original file: proto/io-engine/v1/pool.proto

import type { Long } from '@grpc/proto-loader';

export interface PoolMetadataInfo {
  md_page_size?: number;
  md_pages?: number | string | Long;
  md_used_pages?: number | string | Long;
}

export interface PoolMetadataInfo__Output {
  md_page_size: number;
  md_pages: string;
  md_used_pages: string;
}
