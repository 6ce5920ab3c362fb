// Original file: proto/io-engine/v1/host.proto

import type {
  BlockDevice as _mayastor_v1_BlockDevice,
  BlockDevice__Output as _mayastor_v1_BlockDevice__Output,
} from '../../mayastor/v1/BlockDevice.js';

export interface ListBlockDevicesResponse {
  devices?: _mayastor_v1_BlockDevice[];
}

export interface ListBlockDevicesResponse__Output {
  devices: _mayastor_v1_BlockDevice__Output[];
}
