// Original file: proto/core/v1/core.proto

import type {
  BlockDevice as _mayastor_core_v1_BlockDevice,
  BlockDevice__Output as _mayastor_core_v1_BlockDevice__Output,
} from '../../../mayastor/core/v1/BlockDevice.js';

export interface BlockDeviceList {
  devices?: _mayastor_core_v1_BlockDevice[];
}

export interface BlockDeviceList__Output {
  devices: _mayastor_core_v1_BlockDevice__Output[];
}
