// Original file: proto/core/v1/core.proto

import type {
  NodeSpec as _mayastor_core_v1_NodeSpec,
  NodeSpec__Output as _mayastor_core_v1_NodeSpec__Output,
} from '../../../mayastor/core/v1/NodeSpec.js';
import type {
  NodeState as _mayastor_core_v1_NodeState,
  NodeState__Output as _mayastor_core_v1_NodeState__Output,
} from '../../../mayastor/core/v1/NodeState.js';

export interface Node {
  id?: string;
  spec?: _mayastor_core_v1_NodeSpec | null;
  state?: _mayastor_core_v1_NodeState | null;
}

export interface Node__Output {
  id: string;
  spec: _mayastor_core_v1_NodeSpec__Output | null;
  state: _mayastor_core_v1_NodeState__Output | null;
}
