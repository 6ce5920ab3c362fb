// Original file: proto/io-engine/v1/pool.proto

import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from '../../google/protobuf/StringValue.js';
import type {
  PoolType as _mayastor_v1_PoolType,
  PoolType__Output as _mayastor_v1_PoolType__Output,
} from '../../mayastor/v1/PoolType.js';
import type {
  PoolMetadataArgs as _mayastor_v1_PoolMetadataArgs,
  PoolMetadataArgs__Output as _mayastor_v1_PoolMetadataArgs__Output,
} from '../../mayastor/v1/PoolMetadataArgs.js';

export interface CreatePoolRequest {
  name?: string;
  uuid?: _google_protobuf_StringValue | null;
  disks?: string[];
  pooltype?: _mayastor_v1_PoolType;
  cluster_size?: number;
  md_args?: _mayastor_v1_PoolMetadataArgs | null;
  _cluster_size?: 'cluster_size';
  _md_args?: 'md_args';
}

export interface CreatePoolRequest__Output {
  name: string;
  uuid: _google_protobuf_StringValue__Output | null;
  disks: string[];
  pooltype: _mayastor_v1_PoolType__Output;
  cluster_size?: number;
  md_args?: _mayastor_v1_PoolMetadataArgs__Output | null;
  _cluster_size?: 'cluster_size';
  _md_args?: 'md_args';
}
