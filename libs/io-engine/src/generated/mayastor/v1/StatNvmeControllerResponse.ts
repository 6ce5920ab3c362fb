// Original file: proto/io-engine/v1/host.proto

import type {
  NvmeControllerIoStats as _mayastor_v1_NvmeControllerIoStats,
  NvmeControllerIoStats__Output as _mayastor_v1_NvmeControllerIoStats__Output,
} from '../../mayastor/v1/NvmeControllerIoStats.js';

export interface StatNvmeControllerResponse {
  stats?: _mayastor_v1_NvmeControllerIoStats | null;
}

export interface StatNvmeControllerResponse__Output {
  stats: _mayastor_v1_NvmeControllerIoStats__Output | null;
}
