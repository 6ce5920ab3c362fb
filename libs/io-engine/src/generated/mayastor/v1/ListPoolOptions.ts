// Original file: proto/io-engine/v1/pool.proto

import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from '../../google/protobuf/StringValue.js';
import type {
  PoolTypeValue as _mayastor_v1_PoolTypeValue,
  PoolTypeValue__Output as _mayastor_v1_PoolTypeValue__Output,
} from '../../mayastor/v1/PoolTypeValue.js';

export interface ListPoolOptions {
  name?: _google_protobuf_StringValue | null;
  pooltype?: _mayastor_v1_PoolTypeValue | null;
  uuid?: _google_protobuf_StringValue | null;
}

export interface ListPoolOptions__Output {
  name: _google_protobuf_StringValue__Output | null;
  pooltype: _mayastor_v1_PoolTypeValue__Output | null;
  uuid: _google_protobuf_StringValue__Output | null;
}
