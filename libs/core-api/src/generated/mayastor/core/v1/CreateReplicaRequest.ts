// Original file: proto/core/v1/core.proto

import type {
  Protocol as _mayastor_core_v1_Protocol,
  Protocol__Output as _mayastor_core_v1_Protocol__Output,
} from '../../../mayastor/core/v1/Protocol.js';
import type {
  ReplicaOwners as _mayastor_core_v1_ReplicaOwners,
  ReplicaOwners__Output as _mayastor_core_v1_ReplicaOwners__Output,
} from '../../../mayastor/core/v1/ReplicaOwners.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateReplicaRequest {
  uuid?: string;
  pool?: string;
  node?: string;
  name?: string;
  size?: number | string | Long;
  thin?: boolean;
  share?: _mayastor_core_v1_Protocol;
  allowed_hosts?: string[];
  owners?: _mayastor_core_v1_ReplicaOwners | null;
  _node?: 'node';
  _name?: 'name';
}

export interface CreateReplicaRequest__Output {
  uuid: string;
  pool: string;
  node?: string;
  name?: string;
  size: number;
  thin: boolean;
  share: _mayastor_core_v1_Protocol__Output;
  allowed_hosts: string[];
  owners: _mayastor_core_v1_ReplicaOwners__Output | null;
  _node?: 'node';
  _name?: 'name';
}
