// Original file: proto/io-engine/v1/nexus.proto

import type {
  RebuildJobState as _mayastor_v1_RebuildJobState,
  RebuildJobState__Output as _mayastor_v1_RebuildJobState__Output,
} from '../../mayastor/v1/RebuildJobState.js';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

export interface RebuildHistoryRecord {
  child_uri?: string;
  src_uri?: string;
  state?: _mayastor_v1_RebuildJobState;
  blocks_total?: number | string | Long;
  blocks_recovered?: number | string | Long;
  blocks_transferred?: number | string | Long;
  blocks_remaining?: number | string | Long;
  blocks_per_task?: number | string | Long;
  block_size?: number | string | Long;
  is_partial?: boolean;
  start_time?: _google_protobuf_Timestamp | null;
  end_time?: _google_protobuf_Timestamp | null;
}

export interface RebuildHistoryRecord__Output {
  child_uri: string;
  src_uri: string;
  state: _mayastor_v1_RebuildJobState__Output;
  blocks_total: string;
  blocks_recovered: string;
  blocks_transferred: string;
  blocks_remaining: string;
  blocks_per_task: string;
  block_size: string;
  is_partial: boolean;
  start_time: _google_protobuf_Timestamp__Output | null;
  end_time: _google_protobuf_Timestamp__Output | null;
}
