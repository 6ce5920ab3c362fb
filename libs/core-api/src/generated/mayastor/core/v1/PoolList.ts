// Original file: proto/core/v1/core.proto

import type {
  Pool as _mayastor_core_v1_Pool,
  Pool__Output as _mayastor_core_v1_Pool__Output,
} from '../../../mayastor/core/v1/Pool.js';

export interface PoolList {
  pools?: _mayastor_core_v1_Pool[];
}

export interface PoolList__Output {
  pools: _mayastor_core_v1_Pool__Output[];
}
