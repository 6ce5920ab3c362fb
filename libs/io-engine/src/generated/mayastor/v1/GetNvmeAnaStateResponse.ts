// Original file: proto/io-engine/v1/nexus.proto

import type {
  NvmeAnaState as _mayastor_v1_NvmeAnaState,
  NvmeAnaState__Output as _mayastor_v1_NvmeAnaState__Output,
} from '../../mayastor/v1/NvmeAnaState.js';

export interface GetNvmeAnaStateResponse {
  ana_state?: _mayastor_v1_NvmeAnaState;
}

export interface GetNvmeAnaStateResponse__Output {
  ana_state: _mayastor_v1_NvmeAnaState__Output;
}
