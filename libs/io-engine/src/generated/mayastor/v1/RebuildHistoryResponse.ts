// Original file: proto/io-engine/v1/nexus.proto

import type {
  RebuildHistoryRecord as _mayastor_v1_RebuildHistoryRecord,
  RebuildHistoryRecord__Output as _mayastor_v1_RebuildHistoryRecord__Output,
} from '../../mayastor/v1/RebuildHistoryRecord.js';

export interface RebuildHistoryResponse {
  uuid?: string;
  records?: _mayastor_v1_RebuildHistoryRecord[];
  name?: string;
}

export interface RebuildHistoryResponse__Output {
  uuid: string;
  records: _mayastor_v1_RebuildHistoryRecord__Output[];
  name: string;
}
