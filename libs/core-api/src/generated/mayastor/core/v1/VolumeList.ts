// Original file: proto/core/v1/core.proto

import type {
  Volume as _mayastor_core_v1_Volume,
  Volume__Output as _mayastor_core_v1_Volume__Output,
} from '../../../mayastor/core/v1/Volume.js';
import type { Long } from '@grpc/proto-loader';

export interface VolumeList {
  volumes?: _mayastor_core_v1_Volume[];
  next_token?: number | string | Long;
  _next_token?: 'next_token';
}

export interface VolumeList__Output {
  volumes: _mayastor_core_v1_Volume__Output[];
  next_token?: number;
  _next_token?: 'next_token';
}
