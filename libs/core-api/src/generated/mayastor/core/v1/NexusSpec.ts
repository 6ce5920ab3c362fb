// Original file: proto/core/v1/core.proto

import type {
  Protocol as _mayastor_core_v1_Protocol,
  Protocol__Output as _mayastor_core_v1_Protocol__Output,
} from '../../../mayastor/core/v1/Protocol.js';
import type {
  SpecStatus as _mayastor_core_v1_SpecStatus,
  SpecStatus__Output as _mayastor_core_v1_SpecStatus__Output,
} from '../../../mayastor/core/v1/SpecStatus.js';
import type {
  SpecOperation as _mayastor_core_v1_SpecOperation,
  SpecOperation__Output as _mayastor_core_v1_SpecOperation__Output,
} from '../../../mayastor/core/v1/SpecOperation.js';
import type { Long } from '@grpc/proto-loader';

export interface NexusSpec {
  uuid?: string;
  node?: string;
  size?: number | string | Long;
  children?: string[];
  share?: _mayastor_core_v1_Protocol;
  allowed_hosts?: string[];
  owner?: string;
  managed?: boolean;
  status?: _mayastor_core_v1_SpecStatus;
  operation?: _mayastor_core_v1_SpecOperation | null;
  _owner?: 'owner';
}

export interface NexusSpec__Output {
  uuid: string;
  node: string;
  size: number;
  children: string[];
  share: _mayastor_core_v1_Protocol__Output;
  allowed_hosts: string[];
  owner?: string;
  managed: boolean;
  status: _mayastor_core_v1_SpecStatus__Output;
  operation: _mayastor_core_v1_SpecOperation__Output | null;
  _owner?: 'owner';
}
