// Original file: proto/io-engine/v1/snapshot.proto

import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

export interface SnapshotInfo {
  snapshot_uuid?: string;
  snapshot_name?: string;
  snapshot_size?: number | string | Long;
  num_clones?: number | string | Long;
  timestamp?: _google_protobuf_Timestamp | null;
  source_uuid?: string;
  source_size?: number | string | Long;
  pool_uuid?: string;
  pool_name?: string;
  entity_id?: string;
  txn_id?: string;
  valid_snapshot?: boolean;
  ready_as_source?: boolean;
  referenced_bytes?: number | string | Long;
  discarded_snapshot?: boolean;
}

export interface SnapshotInfo__Output {
  snapshot_uuid: string;
  snapshot_name: string;
  snapshot_size: string;
  num_clones: string;
  timestamp: _google_protobuf_Timestamp__Output | null;
  source_uuid: string;
  source_size: string;
  pool_uuid: string;
  pool_name: string;
  entity_id: string;
  txn_id: string;
  valid_snapshot: boolean;
  ready_as_source: boolean;
  referenced_bytes: string;
  discarded_snapshot: boolean;
}
