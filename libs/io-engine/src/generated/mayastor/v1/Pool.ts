// Original file: proto/io-engine/v1/pool.proto

import type {
  PoolState as _mayastor_v1_PoolState,
  PoolState__Output as _mayastor_v1_PoolState__Output,
} from '../../mayastor/v1/PoolState.js';
import type {
  PoolType as _mayastor_v1_PoolType,
  PoolType__Output as _mayastor_v1_PoolType__Output,
} from '../../mayastor/v1/PoolType.js';
import type {
  PoolMetadataInfo as _mayastor_v1_PoolMetadataInfo,
  PoolMetadataInfo__Output as _mayastor_v1_PoolMetadataInfo__Output,
} from '../../mayastor/v1/PoolMetadataInfo.js';
import type { Long } from '@grpc/proto-loader';

export interface Pool {
  uuid?: string;
  name?: string;
  disks?: string[];
  state?: _mayastor_v1_PoolState;
  capacity?: number | string | Long;
  used?: number | string | Long;
  pooltype?: _mayastor_v1_PoolType;
  committed?: number | string | Long;
  cluster_size?: number;
  page_size?: number;
  disk_capacity?: number | string | Long;
  md_info?: _mayastor_v1_PoolMetadataInfo | null;
  _page_size?: 'page_size';
  _md_info?: 'md_info';
}

export interface Pool__Output {
  uuid: string;
  name: string;
  disks: string[];
  state: _mayastor_v1_PoolState__Output;
  capacity: string;
  used: string;
  pooltype: _mayastor_v1_PoolType__Output;
  committed: string;
  cluster_size: number;
  page_size?: number;
  disk_capacity: string;
  md_info?: _mayastor_v1_PoolMetadataInfo__Output | null;
  _page_size?: 'page_size';
  _md_info?: 'md_info';
}
