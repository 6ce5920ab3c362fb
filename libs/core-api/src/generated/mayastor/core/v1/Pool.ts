// Original file: proto/core/v1/core.proto

import type {
  PoolSpec as _mayastor_core_v1_PoolSpec,
  PoolSpec__Output as _mayastor_core_v1_PoolSpec__Output,
} from '../../../mayastor/core/v1/PoolSpec.js';
import type {
  PoolState as _mayastor_core_v1_PoolState,
  PoolState__Output as _mayastor_core_v1_PoolState__Output,
} from '../../../mayastor/core/v1/PoolState.js';

export interface Pool {
  id?: string;
  spec?: _mayastor_core_v1_PoolSpec | null;
  state?: _mayastor_core_v1_PoolState | null;
}

export interface Pool__Output {
  id: string;
  spec: _mayastor_core_v1_PoolSpec__Output | null;
  state: _mayastor_core_v1_PoolState__Output | null;
}
