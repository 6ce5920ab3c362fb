// Original file: proto/io-engine/v1/host.proto

import type { Long } from '@grpc/proto-loader';

export interface _mayastor_v1_BlockDevice_Filesystem {
  fstype?: string;
  label?: string;
  uuid?: string;
  mountpoints?: string[];
}

export interface _mayastor_v1_BlockDevice_Filesystem__Output {
  fstype: string;
  label: string;
  uuid: string;
  mountpoints: string[];
}

export interface _mayastor_v1_BlockDevice_Partition {
  parent?: string;
  number?: number;
  name?: string;
  scheme?: string;
  typeid?: string;
  uuid?: string;
}

export interface _mayastor_v1_BlockDevice_Partition__Output {
  parent: string;
  number: number;
  name: string;
  scheme: string;
  typeid: string;
  uuid: string;
}

export interface BlockDevice {
  devname?: string;
  devtype?: string;
  devmajor?: number;
  devminor?: number;
  model?: string;
  devpath?: string;
  devlinks?: string[];
  size?: number | string | Long;
  partition?: _mayastor_v1_BlockDevice_Partition | null;
  filesystem?: _mayastor_v1_BlockDevice_Filesystem | null;
  available?: boolean;
  connection_type?: string;
  is_rotational?: boolean;
  _is_rotational?: 'is_rotational';
}

export interface BlockDevice__Output {
  devname: string;
  devtype: string;
  devmajor: number;
  devminor: number;
  model: string;
  devpath: string;
  devlinks: string[];
  size: string;
  partition: _mayastor_v1_BlockDevice_Partition__Output | null;
  filesystem: _mayastor_v1_BlockDevice_Filesystem__Output | null;
  available: boolean;
  connection_type: string;
  is_rotational?: boolean;
  _is_rotational?: 'is_rotational';
}
