// Original file: proto/core/v1/core.proto

import type {
  AppNodeSpec as _mayastor_core_v1_AppNodeSpec,
  AppNodeSpec__Output as _mayastor_core_v1_AppNodeSpec__Output,
} from '../../../mayastor/core/v1/AppNodeSpec.js';
import type {
  AppNodeState as _mayastor_core_v1_AppNodeState,
  AppNodeState__Output as _mayastor_core_v1_AppNodeState__Output,
} from '../../../mayastor/core/v1/AppNodeState.js';

export interface AppNode {
  id?: string;
  spec?: _mayastor_core_v1_AppNodeSpec | null;
  state?: _mayastor_core_v1_AppNodeState | null;
}

export interface AppNode__Output {
  id: string;
  spec: _mayastor_core_v1_AppNodeSpec__Output | null;
  state: _mayastor_core_v1_AppNodeState__Output | null;
}
