// Original file: proto/core/v1/core.proto

import type {
  VolumeStatus as _mayastor_core_v1_VolumeStatus,
  VolumeStatus__Output as _mayastor_core_v1_VolumeStatus__Output,
} from '../../../mayastor/core/v1/VolumeStatus.js';
import type {
  VolumeTarget as _mayastor_core_v1_VolumeTarget,
  VolumeTarget__Output as _mayastor_core_v1_VolumeTarget__Output,
} from '../../../mayastor/core/v1/VolumeTarget.js';
import type {
  ReplicaTopology as _mayastor_core_v1_ReplicaTopology,
  ReplicaTopology__Output as _mayastor_core_v1_ReplicaTopology__Output,
} from '../../../mayastor/core/v1/ReplicaTopology.js';
import type {
  NexusState as _mayastor_core_v1_NexusState,
  NexusState__Output as _mayastor_core_v1_NexusState__Output,
} from '../../../mayastor/core/v1/NexusState.js';
import type { Long } from '@grpc/proto-loader';

export interface VolumeState {
  uuid?: string;
  status?: _mayastor_core_v1_VolumeStatus;
  size?: number | string | Long;
  target?: _mayastor_core_v1_VolumeTarget | null;
  target_state?: string;
  replicas?: _mayastor_core_v1_ReplicaTopology[];
  target_nexus?: _mayastor_core_v1_NexusState | null;
  _target_state?: 'target_state';
}

export interface VolumeState__Output {
  uuid: string;
  status: _mayastor_core_v1_VolumeStatus__Output;
  size: number;
  target: _mayastor_core_v1_VolumeTarget__Output | null;
  target_state?: string;
  replicas: _mayastor_core_v1_ReplicaTopology__Output[];
  target_nexus: _mayastor_core_v1_NexusState__Output | null;
  _target_state?: 'target_state';
}
