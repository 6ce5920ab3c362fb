// Original file: proto/core/v1/core.proto

import type {
  NodeStatus as _mayastor_core_v1_NodeStatus,
  NodeStatus__Output as _mayastor_core_v1_NodeStatus__Output,
} from '../../../mayastor/core/v1/NodeStatus.js';
import type { Long } from '@grpc/proto-loader';

export interface NodeState {
  id?: string;
  grpc_endpoint?: string;
  status?: _mayastor_core_v1_NodeStatus;
  node_nqn?: string;
  version?: string;
  instance_uuid?: string;
  last_seen_ms?: number | string | Long;
  drain_state?: string;
}

export interface NodeState__Output {
  id: string;
  grpc_endpoint: string;
  status: _mayastor_core_v1_NodeStatus__Output;
  node_nqn: string;
  version: string;
  instance_uuid: string;
  last_seen_ms: number;
  drain_state: string;
}
