// Original file: proto/io-engine/v1/nexus.proto

import type {
  RebuildHistoryResponse as _mayastor_v1_RebuildHistoryResponse,
  RebuildHistoryResponse__Output as _mayastor_v1_RebuildHistoryResponse__Output,
} from '../../mayastor/v1/RebuildHistoryResponse.js';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../google/protobuf/Timestamp.js';

export interface ListRebuildHistoryResponse {
  histories?: { [key: string]: _mayastor_v1_RebuildHistoryResponse };
  end_time?: _google_protobuf_Timestamp | null;
}

export interface ListRebuildHistoryResponse__Output {
  histories: { [key: string]: _mayastor_v1_RebuildHistoryResponse__Output };
  end_time: _google_protobuf_Timestamp__Output | null;
}
