// Original file: proto/core/v1/core.proto

import type {
  RebuildRecord as _mayastor_core_v1_RebuildRecord,
  RebuildRecord__Output as _mayastor_core_v1_RebuildRecord__Output,
} from '../../../mayastor/core/v1/RebuildRecord.js';

export interface RebuildHistory {
  target_uuid?: string;
  records?: _mayastor_core_v1_RebuildRecord[];
}

export interface RebuildHistory__Output {
  target_uuid: string;
  records: _mayastor_core_v1_RebuildRecord__Output[];
}
