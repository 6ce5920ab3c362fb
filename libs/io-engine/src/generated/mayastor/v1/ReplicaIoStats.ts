// Original file: proto/io-engine/v1/stats.proto

import type {
  IoStats as _mayastor_v1_IoStats,
  IoStats__Output as _mayastor_v1_IoStats__Output,
} from '../../mayastor/v1/IoStats.js';

export interface ReplicaIoStats {
  entity_id?: string;
  stats?: _mayastor_v1_IoStats | null;
  _entity_id?: 'entity_id';
}

export interface ReplicaIoStats__Output {
  entity_id?: string;
  stats: _mayastor_v1_IoStats__Output | null;
  _entity_id?: 'entity_id';
}
