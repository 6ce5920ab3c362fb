// Original file: proto/core/v1/core.proto

import type {
  NexusStatus as _mayastor_core_v1_NexusStatus,
  NexusStatus__Output as _mayastor_core_v1_NexusStatus__Output,
} from '../../../mayastor/core/v1/NexusStatus.js';
import type {
  NexusChild as _mayastor_core_v1_NexusChild,
  NexusChild__Output as _mayastor_core_v1_NexusChild__Output,
} from '../../../mayastor/core/v1/NexusChild.js';
import type {
  Protocol as _mayastor_core_v1_Protocol,
  Protocol__Output as _mayastor_core_v1_Protocol__Output,
} from '../../../mayastor/core/v1/Protocol.js';
import type { Long } from '@grpc/proto-loader';

export interface NexusState {
  uuid?: string;
  node?: string;
  size?: number | string | Long;
  status?: _mayastor_core_v1_NexusStatus;
  children?: _mayastor_core_v1_NexusChild[];
  device_uri?: string;
  share?: _mayastor_core_v1_Protocol;
  rebuilds?: number;
  allowed_hosts?: string[];
}

export interface NexusState__Output {
  uuid: string;
  node: string;
  size: number;
  status: _mayastor_core_v1_NexusStatus__Output;
  children: _mayastor_core_v1_NexusChild__Output[];
  device_uri: string;
  share: _mayastor_core_v1_Protocol__Output;
  rebuilds: number;
  allowed_hosts: string[];
}
