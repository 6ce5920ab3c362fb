// Original file: proto/io-engine/v1/nexus.proto

import type {
  Nexus as _mayastor_v1_Nexus,
  Nexus__Output as _mayastor_v1_Nexus__Output,
} from '../../mayastor/v1/Nexus.js';

export interface PauseRebuildResponse {
  nexus?: _mayastor_v1_Nexus | null;
}

export interface PauseRebuildResponse__Output {
  nexus: _mayastor_v1_Nexus__Output | null;
}
