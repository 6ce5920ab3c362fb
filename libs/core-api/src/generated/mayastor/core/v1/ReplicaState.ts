// Original file: proto/core/v1/core.proto

import type {
  Protocol as _mayastor_core_v1_Protocol,
  Protocol__Output as _mayastor_core_v1_Protocol__Output,
} from '../../../mayastor/core/v1/Protocol.js';
import type {
  ReplicaStatus as _mayastor_core_v1_ReplicaStatus,
  ReplicaStatus__Output as _mayastor_core_v1_ReplicaStatus__Output,
} from '../../../mayastor/core/v1/ReplicaStatus.js';
import type {
  ReplicaSpaceUsage as _mayastor_core_v1_ReplicaSpaceUsage,
  ReplicaSpaceUsage__Output as _mayastor_core_v1_ReplicaSpaceUsage__Output,
} from '../../../mayastor/core/v1/ReplicaSpaceUsage.js';
import type { Long } from '@grpc/proto-loader';

export interface ReplicaState {
  uuid?: string;
  name?: string;
  node?: string;
  pool?: string;
  pool_uuid?: string;
  size?: number | string | Long;
  thin?: boolean;
  share?: _mayastor_core_v1_Protocol;
  uri?: string;
  status?: _mayastor_core_v1_ReplicaStatus;
  allowed_hosts?: string[];
  space?: _mayastor_core_v1_ReplicaSpaceUsage | null;
}

export interface ReplicaState__Output {
  uuid: string;
  name: string;
  node: string;
  pool: string;
  pool_uuid: string;
  size: number;
  thin: boolean;
  share: _mayastor_core_v1_Protocol__Output;
  uri: string;
  status: _mayastor_core_v1_ReplicaStatus__Output;
  allowed_hosts: string[];
  space: _mayastor_core_v1_ReplicaSpaceUsage__Output | null;
}
