// Original file: proto/io-engine/v1/pool.proto

import type { Pool as _mayastor_v1_Pool, Pool__Output as _mayastor_v1_Pool__Output } from '../../mayastor/v1/Pool.js';

export interface GrowPoolResponse {
  previous_pool?: _mayastor_v1_Pool | null;
  current_pool?: _mayastor_v1_Pool | null;
}

export interface GrowPoolResponse__Output {
  previous_pool: _mayastor_v1_Pool__Output | null;
  current_pool: _mayastor_v1_Pool__Output | null;
}
