// Original file: proto/core/v1/core.proto

import type {
  Volume as _mayastor_core_v1_Volume,
  Volume__Output as _mayastor_core_v1_Volume__Output,
} from '../../../mayastor/core/v1/Volume.js';

export interface VolumeList {
  volumes?: _mayastor_core_v1_Volume[];
}

export interface VolumeList__Output {
  volumes: _mayastor_core_v1_Volume__Output[];
}
