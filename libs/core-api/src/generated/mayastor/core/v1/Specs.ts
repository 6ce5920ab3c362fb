// Original file: proto/core/v1/core.proto

import type {
  NexusSpec as _mayastor_core_v1_NexusSpec,
  NexusSpec__Output as _mayastor_core_v1_NexusSpec__Output,
} from '../../../mayastor/core/v1/NexusSpec.js';
import type {
  PoolSpec as _mayastor_core_v1_PoolSpec,
  PoolSpec__Output as _mayastor_core_v1_PoolSpec__Output,
} from '../../../mayastor/core/v1/PoolSpec.js';
import type {
  ReplicaSpec as _mayastor_core_v1_ReplicaSpec,
  ReplicaSpec__Output as _mayastor_core_v1_ReplicaSpec__Output,
} from '../../../mayastor/core/v1/ReplicaSpec.js';
import type {
  VolumeSpec as _mayastor_core_v1_VolumeSpec,
  VolumeSpec__Output as _mayastor_core_v1_VolumeSpec__Output,
} from '../../../mayastor/core/v1/VolumeSpec.js';

export interface Specs {
  nexuses?: _mayastor_core_v1_NexusSpec[];
  pools?: _mayastor_core_v1_PoolSpec[];
  replicas?: _mayastor_core_v1_ReplicaSpec[];
  volumes?: _mayastor_core_v1_VolumeSpec[];
}

export interface Specs__Output {
  nexuses: _mayastor_core_v1_NexusSpec__Output[];
  pools: _mayastor_core_v1_PoolSpec__Output[];
  replicas: _mayastor_core_v1_ReplicaSpec__Output[];
  volumes: _mayastor_core_v1_VolumeSpec__Output[];
}
