// Original file: proto/core/v1/core.proto

import type {
  AppNode as _mayastor_core_v1_AppNode,
  AppNode__Output as _mayastor_core_v1_AppNode__Output,
} from '../../../mayastor/core/v1/AppNode.js';
import type { Long } from '@grpc/proto-loader';

export interface AppNodeList {
  app_nodes?: _mayastor_core_v1_AppNode[];
  next_token?: number | string | Long;
  _next_token?: 'next_token';
}

export interface AppNodeList__Output {
  app_nodes: _mayastor_core_v1_AppNode__Output[];
  next_token?: number;
  _next_token?: 'next_token';
}
