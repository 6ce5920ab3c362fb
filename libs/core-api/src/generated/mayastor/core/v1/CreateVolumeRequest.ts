// Original file: proto/core/v1/core.proto

import type {
  VolumeTopology as _mayastor_core_v1_VolumeTopology,
  VolumeTopology__Output as _mayastor_core_v1_VolumeTopology__Output,
} from '../../../mayastor/core/v1/VolumeTopology.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateVolumeRequest {
  uuid?: string;
  size?: number | string | Long;
  replicas?: number;
  thin?: boolean;
  labels?: { [key: string]: string };
  topology?: _mayastor_core_v1_VolumeTopology | null;
  self_heal?: boolean;
  affinity_group?: string;
  max_snapshots?: number;
  _affinity_group?: 'affinity_group';
  _max_snapshots?: 'max_snapshots';
}

export interface CreateVolumeRequest__Output {
  uuid: string;
  size: number;
  replicas: number;
  thin: boolean;
  labels: { [key: string]: string };
  topology: _mayastor_core_v1_VolumeTopology__Output | null;
  self_heal: boolean;
  affinity_group?: string;
  max_snapshots?: number;
  _affinity_group?: 'affinity_group';
  _max_snapshots?: 'max_snapshots';
}
