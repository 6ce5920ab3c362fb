// Original file: proto/io-engine/v1/replica.proto

import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from '../../google/protobuf/StringValue.js';
import type {
  PoolType as _mayastor_v1_PoolType,
  PoolType__Output as _mayastor_v1_PoolType__Output,
} from '../../mayastor/v1/PoolType.js';

export interface _mayastor_v1_ListReplicaOptions_Query {
  replica?: boolean;
  snapshot?: boolean;
  clone?: boolean;
}

export interface _mayastor_v1_ListReplicaOptions_Query__Output {
  replica: boolean;
  snapshot: boolean;
  clone: boolean;
}

export interface ListReplicaOptions {
  name?: _google_protobuf_StringValue | null;
  poolname?: _google_protobuf_StringValue | null;
  uuid?: _google_protobuf_StringValue | null;
  pooluuid?: _google_protobuf_StringValue | null;
  query?: _mayastor_v1_ListReplicaOptions_Query | null;
  pooltypes?: _mayastor_v1_PoolType[];
}

export interface ListReplicaOptions__Output {
  name: _google_protobuf_StringValue__Output | null;
  poolname: _google_protobuf_StringValue__Output | null;
  uuid: _google_protobuf_StringValue__Output | null;
  pooluuid: _google_protobuf_StringValue__Output | null;
  query: _mayastor_v1_ListReplicaOptions_Query__Output | null;
  pooltypes: _mayastor_v1_PoolType__Output[];
}
