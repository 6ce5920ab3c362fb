// Original file: proto/core/v1/core.proto

import type {
  VolumeTopology as _mayastor_core_v1_VolumeTopology,
  VolumeTopology__Output as _mayastor_core_v1_VolumeTopology__Output,
} from '../../../mayastor/core/v1/VolumeTopology.js';
import type {
  SpecStatus as _mayastor_core_v1_SpecStatus,
  SpecStatus__Output as _mayastor_core_v1_SpecStatus__Output,
} from '../../../mayastor/core/v1/SpecStatus.js';
import type {
  SpecOperation as _mayastor_core_v1_SpecOperation,
  SpecOperation__Output as _mayastor_core_v1_SpecOperation__Output,
} from '../../../mayastor/core/v1/SpecOperation.js';
import type {
  VolumeTarget as _mayastor_core_v1_VolumeTarget,
  VolumeTarget__Output as _mayastor_core_v1_VolumeTarget__Output,
} from '../../../mayastor/core/v1/VolumeTarget.js';
import type { Long } from '@grpc/proto-loader';

export interface VolumeSpec {
  uuid?: string;
  size?: number | string | Long;
  num_replicas?: number;
  thin?: boolean;
  labels?: { [key: string]: string };
  self_heal?: boolean;
  topology?: _mayastor_core_v1_VolumeTopology | null;
  affinity_group?: string;
  max_snapshots?: number;
  status?: _mayastor_core_v1_SpecStatus;
  operation?: _mayastor_core_v1_SpecOperation | null;
  target?: _mayastor_core_v1_VolumeTarget | null;
  publish_count?: number;
  _affinity_group?: 'affinity_group';
  _max_snapshots?: 'max_snapshots';
}

export interface VolumeSpec__Output {
  uuid: string;
  size: number;
  num_replicas: number;
  thin: boolean;
  labels: { [key: string]: string };
  self_heal: boolean;
  topology: _mayastor_core_v1_VolumeTopology__Output | null;
  affinity_group?: string;
  max_snapshots?: number;
  status: _mayastor_core_v1_SpecStatus__Output;
  operation: _mayastor_core_v1_SpecOperation__Output | null;
  target: _mayastor_core_v1_VolumeTarget__Output | null;
  publish_count: number;
  _affinity_group?: 'affinity_group';
  _max_snapshots?: 'max_snapshots';
}
