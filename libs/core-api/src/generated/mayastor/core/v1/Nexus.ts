// Original file: proto/core/v1/core.proto

import type {
  NexusSpec as _mayastor_core_v1_NexusSpec,
  NexusSpec__Output as _mayastor_core_v1_NexusSpec__Output,
} from '../../../mayastor/core/v1/NexusSpec.js';
import type {
  NexusState as _mayastor_core_v1_NexusState,
  NexusState__Output as _mayastor_core_v1_NexusState__Output,
} from '../../../mayastor/core/v1/NexusState.js';

export interface Nexus {
  uuid?: string;
  spec?: _mayastor_core_v1_NexusSpec | null;
  state?: _mayastor_core_v1_NexusState | null;
}

export interface Nexus__Output {
  uuid: string;
  spec: _mayastor_core_v1_NexusSpec__Output | null;
  state: _mayastor_core_v1_NexusState__Output | null;
}
