// Original file: proto/core/v1/core.proto

import type {
  BlockDeviceFilesystem as _mayastor_core_v1_BlockDeviceFilesystem,
  BlockDeviceFilesystem__Output as _mayastor_core_v1_BlockDeviceFilesystem__Output,
} from '../../../mayastor/core/v1/BlockDeviceFilesystem.js';
import type { Long } from '@grpc/proto-loader';

export interface BlockDevice {
  devname?: string;
  devtype?: string;
  devmajor?: number;
  devminor?: number;
  model?: string;
  devpath?: string;
  devlinks?: string[];
  size?: number | string | Long;
  available?: boolean;
  connection_type?: string;
  is_rotational?: boolean;
  filesystem?: _mayastor_core_v1_BlockDeviceFilesystem | null;
}

export interface BlockDevice__Output {
  devname: string;
  devtype: string;
  devmajor: number;
  devminor: number;
  model: string;
  devpath: string;
  devlinks: string[];
  size: number;
  available: boolean;
  connection_type: string;
  is_rotational: boolean;
  filesystem: _mayastor_core_v1_BlockDeviceFilesystem__Output | null;
}
