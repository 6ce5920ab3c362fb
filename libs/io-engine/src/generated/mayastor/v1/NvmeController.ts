// Original file: proto/io-engine/v1/host.proto

import type {
  NvmeControllerState as _mayastor_v1_NvmeControllerState,
  NvmeControllerState__Output as _mayastor_v1_NvmeControllerState__Output,
} from '../../mayastor/v1/NvmeControllerState.js';
import type { Long } from '@grpc/proto-loader';

export interface NvmeController {
  name?: string;
  state?: _mayastor_v1_NvmeControllerState;
  size?: number | string | Long;
  blk_size?: number;
}

export interface NvmeController__Output {
  name: string;
  state: _mayastor_v1_NvmeControllerState__Output;
  size: string;
  blk_size: number;
}
