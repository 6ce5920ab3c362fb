// Original file: proto/core/v1/core.proto

import type {
  VolumeSpec as _mayastor_core_v1_VolumeSpec,
  VolumeSpec__Output as _mayastor_core_v1_VolumeSpec__Output,
} from '../../../mayastor/core/v1/VolumeSpec.js';
import type {
  VolumeState as _mayastor_core_v1_VolumeState,
  VolumeState__Output as _mayastor_core_v1_VolumeState__Output,
} from '../../../mayastor/core/v1/VolumeState.js';

export interface Volume {
  uuid?: string;
  spec?: _mayastor_core_v1_VolumeSpec | null;
  state?: _mayastor_core_v1_VolumeState | null;
}

export interface Volume__Output {
  uuid: string;
  spec: _mayastor_core_v1_VolumeSpec__Output | null;
  state: _mayastor_core_v1_VolumeState__Output | null;
}
