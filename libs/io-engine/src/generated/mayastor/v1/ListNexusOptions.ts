// Original file: proto/io-engine/v1/nexus.proto

import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from '../../google/protobuf/StringValue.js';

export interface ListNexusOptions {
  name?: _google_protobuf_StringValue | null;
  uuid?: _google_protobuf_StringValue | null;
}

export interface ListNexusOptions__Output {
  name: _google_protobuf_StringValue__Output | null;
  uuid: _google_protobuf_StringValue__Output | null;
}
