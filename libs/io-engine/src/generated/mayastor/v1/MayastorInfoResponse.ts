// Original file: proto/io-engine/v1/host.proto

import type {
  BackCompatMayastorFeatures as _mayastor_v1_BackCompatMayastorFeatures,
  BackCompatMayastorFeatures__Output as _mayastor_v1_BackCompatMayastorFeatures__Output,
} from '../../mayastor/v1/BackCompatMayastorFeatures.js';
import type {
  RegisterRequest as _mayastor_v1_RegisterRequest,
  RegisterRequest__Output as _mayastor_v1_RegisterRequest__Output,
} from '../../mayastor/v1/RegisterRequest.js';

export interface MayastorInfoResponse {
  version?: string;
  previous_features?: _mayastor_v1_BackCompatMayastorFeatures | null;
  registration_info?: _mayastor_v1_RegisterRequest | null;
}

export interface MayastorInfoResponse__Output {
  version: string;
  previous_features: _mayastor_v1_BackCompatMayastorFeatures__Output | null;
  registration_info: _mayastor_v1_RegisterRequest__Output | null;
}
