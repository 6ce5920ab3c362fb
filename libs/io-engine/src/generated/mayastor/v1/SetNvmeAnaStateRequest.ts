// Original file: proto/io-engine/v1/nexus.proto

import type {
  NvmeAnaState as _mayastor_v1_NvmeAnaState,
  NvmeAnaState__Output as _mayastor_v1_NvmeAnaState__Output,
} from '../../mayastor/v1/NvmeAnaState.js';

export interface SetNvmeAnaStateRequest {
  uuid?: string;
  ana_state?: _mayastor_v1_NvmeAnaState;
}

export interface SetNvmeAnaStateRequest__Output {
  uuid: string;
  ana_state: _mayastor_v1_NvmeAnaState__Output;
}
