// Original file: proto/io-engine/v1/registration.proto

import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from '../../google/protobuf/StringValue.js';
import type {
  APIVersion as _mayastor_v1_APIVersion,
  APIVersion__Output as _mayastor_v1_APIVersion__Output,
} from '../../mayastor/v1/APIVersion.js';
import type {
  MayastorFeatures as _mayastor_v1_MayastorFeatures,
  MayastorFeatures__Output as _mayastor_v1_MayastorFeatures__Output,
} from '../../mayastor/v1/MayastorFeatures.js';
import type {
  MayastorBugFixes as _mayastor_v1_MayastorBugFixes,
  MayastorBugFixes__Output as _mayastor_v1_MayastorBugFixes__Output,
} from '../../mayastor/v1/MayastorBugFixes.js';

export interface RegisterRequest {
  id?: string;
  grpc_endpoint?: string;
  instance_uuid?: _google_protobuf_StringValue | null;
  api_version?: _mayastor_v1_APIVersion[];
  hostnqn?: _google_protobuf_StringValue | null;
  features?: _mayastor_v1_MayastorFeatures | null;
  bugfixes?: _mayastor_v1_MayastorBugFixes | null;
  version?: string;
  _features?: 'features';
  _bugfixes?: 'bugfixes';
  _version?: 'version';
}

export interface RegisterRequest__Output {
  id: string;
  grpc_endpoint: string;
  instance_uuid: _google_protobuf_StringValue__Output | null;
  api_version: _mayastor_v1_APIVersion__Output[];
  hostnqn: _google_protobuf_StringValue__Output | null;
  features?: _mayastor_v1_MayastorFeatures__Output | null;
  bugfixes?: _mayastor_v1_MayastorBugFixes__Output | null;
  version?: string;
  _features?: 'features';
  _bugfixes?: 'bugfixes';
  _version?: 'version';
}
