// Original file: proto/core/v1/core.proto

import type { Long } from '@grpc/proto-loader';

export interface RebuildRecord {
  child_uri?: string;
  src_uri?: string;
  state?: string;
  blocks_total?: number | string | Long;
  blocks_recovered?: number | string | Long;
  blocks_transferred?: number | string | Long;
  blocks_remaining?: number | string | Long;
  block_size?: number | string | Long;
  is_partial?: boolean;
  start_time?: string;
  end_time?: string;
}

export interface RebuildRecord__Output {
  child_uri: string;
  src_uri: string;
  state: string;
  blocks_total: number;
  blocks_recovered: number;
  blocks_transferred: number;
  blocks_remaining: number;
  block_size: number;
  is_partial: boolean;
  start_time: string;
  end_time: string;
}
