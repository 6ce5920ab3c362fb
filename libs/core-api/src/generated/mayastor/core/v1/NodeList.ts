// Original file: proto/core/v1/core.proto

import type {
  Node as _mayastor_core_v1_Node,
  Node__Output as _mayastor_core_v1_Node__Output,
} from '../../../mayastor/core/v1/Node.js';

export interface NodeList {
  nodes?: _mayastor_core_v1_Node[];
}

export interface NodeList__Output {
  nodes: _mayastor_core_v1_Node__Output[];
}
