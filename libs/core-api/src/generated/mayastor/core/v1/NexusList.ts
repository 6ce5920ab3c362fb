// Original file: proto/core/v1/core.proto

import type {
  Nexus as _mayastor_core_v1_Nexus,
  Nexus__Output as _mayastor_core_v1_Nexus__Output,
} from '../../../mayastor/core/v1/Nexus.js';

export interface NexusList {
  nexuses?: _mayastor_core_v1_Nexus[];
}

export interface NexusList__Output {
  nexuses: _mayastor_core_v1_Nexus__Output[];
}
