// Original file: proto/io-engine/v1/pool.proto

import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from '../../google/protobuf/StringValue.js';
import type {
  PoolType as _mayastor_v1_PoolType,
  PoolType__Output as _mayastor_v1_PoolType__Output,
} from '../../mayastor/v1/PoolType.js';

export interface ImportPoolRequest {
  name?: string;
  uuid?: _google_protobuf_StringValue | null;
  disks?: string[];
  pooltype?: _mayastor_v1_PoolType;
}

export interface ImportPoolRequest__Output {
  name: string;
  uuid: _google_protobuf_StringValue__Output | null;
  disks: string[];
  pooltype: _mayastor_v1_PoolType__Output;
}
