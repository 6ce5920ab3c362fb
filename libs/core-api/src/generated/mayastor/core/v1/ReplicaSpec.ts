// Original file: proto/core/v1/core.proto

import type {
  Protocol as _mayastor_core_v1_Protocol,
  Protocol__Output as _mayastor_core_v1_Protocol__Output,
} from '../../../mayastor/core/v1/Protocol.js';
import type {
  ReplicaOwners as _mayastor_core_v1_ReplicaOwners,
  ReplicaOwners__Output as _mayastor_core_v1_ReplicaOwners__Output,
} from '../../../mayastor/core/v1/ReplicaOwners.js';
import type {
  SpecStatus as _mayastor_core_v1_SpecStatus,
  SpecStatus__Output as _mayastor_core_v1_SpecStatus__Output,
} from '../../../mayastor/core/v1/SpecStatus.js';
import type {
  SpecOperation as _mayastor_core_v1_SpecOperation,
  SpecOperation__Output as _mayastor_core_v1_SpecOperation__Output,
} from '../../../mayastor/core/v1/SpecOperation.js';
import type { Long } from '@grpc/proto-loader';

export interface ReplicaSpec {
  uuid?: string;
  name?: string;
  pool?: string;
  node?: string;
  size?: number | string | Long;
  thin?: boolean;
  share?: _mayastor_core_v1_Protocol;
  allowed_hosts?: string[];
  owners?: _mayastor_core_v1_ReplicaOwners | null;
  managed?: boolean;
  status?: _mayastor_core_v1_SpecStatus;
  operation?: _mayastor_core_v1_SpecOperation | null;
}

export interface ReplicaSpec__Output {
  uuid: string;
  name: string;
  pool: string;
  node: string;
  size: number;
  thin: boolean;
  share: _mayastor_core_v1_Protocol__Output;
  allowed_hosts: string[];
  owners: _mayastor_core_v1_ReplicaOwners__Output | null;
  managed: boolean;
  status: _mayastor_core_v1_SpecStatus__Output;
  operation: _mayastor_core_v1_SpecOperation__Output | null;
}
