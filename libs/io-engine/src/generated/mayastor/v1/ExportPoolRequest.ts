// Original file: proto/io-engine/v1/pool.proto

import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from '../../google/protobuf/StringValue.js';

export interface ExportPoolRequest {
  name?: string;
  uuid?: _google_protobuf_StringValue | null;
}

export interface ExportPoolRequest__Output {
  name: string;
  uuid: _google_protobuf_StringValue__Output | null;
}
