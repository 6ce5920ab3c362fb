// Original file: proto/io-engine/v1/pool.proto

import type {
  PoolType as _mayastor_v1_PoolType,
  PoolType__Output as _mayastor_v1_PoolType__Output,
} from '../../mayastor/v1/PoolType.js';

export interface PoolTypeValue {
  value?: _mayastor_v1_PoolType;
}

export interface PoolTypeValue__Output {
  value: _mayastor_v1_PoolType__Output;
}
