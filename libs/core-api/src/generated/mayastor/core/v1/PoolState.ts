// Original file: proto/core/v1/core.proto

import type {
  PoolStatus as _mayastor_core_v1_PoolStatus,
  PoolStatus__Output as _mayastor_core_v1_PoolStatus__Output,
} from '../../../mayastor/core/v1/PoolStatus.js';
import type { Long } from '@grpc/proto-loader';

export interface PoolState {
  id?: string;
  node?: string;
  uuid?: string;
  disks?: string[];
  status?: _mayastor_core_v1_PoolStatus;
  capacity?: number | string | Long;
  used?: number | string | Long;
  committed?: number | string | Long;
}

export interface PoolState__Output {
  id: string;
  node: string;
  uuid: string;
  disks: string[];
  status: _mayastor_core_v1_PoolStatus__Output;
  capacity: number;
  used: number;
  committed: number;
}
