// Original file: proto/io-engine/v1/nexus.proto

import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

export interface RebuildStatsResponse {
  blocks_total?: number | string | Long;
  blocks_recovered?: number | string | Long;
  progress?: number | string | Long;
  blocks_per_task?: number | string | Long;
  block_size?: number | string | Long;
  tasks_total?: number | string | Long;
  tasks_active?: number | string | Long;
  blocks_transferred?: number | string | Long;
  blocks_remaining?: number | string | Long;
  is_partial?: boolean;
  start_time?: _google_protobuf_Timestamp | null;
}

export interface RebuildStatsResponse__Output {
  blocks_total: string;
  blocks_recovered: string;
  progress: string;
  blocks_per_task: string;
  block_size: string;
  tasks_total: string;
  tasks_active: string;
  blocks_transferred: string;
  blocks_remaining: string;
  is_partial: boolean;
  start_time: _google_protobuf_Timestamp__Output | null;
}
