// Original file: proto/core/v1/core.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  AppNode as _mayastor_core_v1_AppNode,
  AppNode__Output as _mayastor_core_v1_AppNode__Output,
} from '../../../mayastor/core/v1/AppNode.js';
import type {
  AppNodeList as _mayastor_core_v1_AppNodeList,
  AppNodeList__Output as _mayastor_core_v1_AppNodeList__Output,
} from '../../../mayastor/core/v1/AppNodeList.js';
import type {
  AppNodeRequest as _mayastor_core_v1_AppNodeRequest,
  AppNodeRequest__Output as _mayastor_core_v1_AppNodeRequest__Output,
} from '../../../mayastor/core/v1/AppNodeRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../../google/protobuf/Empty.js';
import type {
  ListAppNodesRequest as _mayastor_core_v1_ListAppNodesRequest,
  ListAppNodesRequest__Output as _mayastor_core_v1_ListAppNodesRequest__Output,
} from '../../../mayastor/core/v1/ListAppNodesRequest.js';
import type {
  RegisterAppNodeRequest as _mayastor_core_v1_RegisterAppNodeRequest,
  RegisterAppNodeRequest__Output as _mayastor_core_v1_RegisterAppNodeRequest__Output,
} from '../../../mayastor/core/v1/RegisterAppNodeRequest.js';

export interface AppNodesClient extends grpc.Client {
  DeregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DeregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DeregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DeregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregisterAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  GetAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;
  GetAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;
  GetAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;
  GetAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;
  getAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;
  getAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;
  getAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;
  getAppNode(
    argument: _mayastor_core_v1_AppNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNode__Output>,
  ): grpc.ClientUnaryCall;

  ListAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;
  ListAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;
  ListAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;
  ListAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;
  listAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;
  listAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;
  listAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;
  listAppNodes(
    argument: _mayastor_core_v1_ListAppNodesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_AppNodeList__Output>,
  ): grpc.ClientUnaryCall;

  RegisterAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  RegisterAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  RegisterAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  RegisterAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  registerAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  registerAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  registerAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  registerAppNode(
    argument: _mayastor_core_v1_RegisterAppNodeRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
}

export interface AppNodesHandlers extends grpc.UntypedServiceImplementation {
  DeregisterAppNode: grpc.handleUnaryCall<_mayastor_core_v1_AppNodeRequest__Output, _google_protobuf_Empty>;

  GetAppNode: grpc.handleUnaryCall<_mayastor_core_v1_AppNodeRequest__Output, _mayastor_core_v1_AppNode>;

  ListAppNodes: grpc.handleUnaryCall<_mayastor_core_v1_ListAppNodesRequest__Output, _mayastor_core_v1_AppNodeList>;

  RegisterAppNode: grpc.handleUnaryCall<_mayastor_core_v1_RegisterAppNodeRequest__Output, _google_protobuf_Empty>;
}

export interface AppNodesDefinition extends grpc.ServiceDefinition {
  DeregisterAppNode: MethodDefinition<
    _mayastor_core_v1_AppNodeRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_AppNodeRequest__Output,
    _google_protobuf_Empty__Output
  >;
  GetAppNode: MethodDefinition<
    _mayastor_core_v1_AppNodeRequest,
    _mayastor_core_v1_AppNode,
    _mayastor_core_v1_AppNodeRequest__Output,
    _mayastor_core_v1_AppNode__Output
  >;
  ListAppNodes: MethodDefinition<
    _mayastor_core_v1_ListAppNodesRequest,
    _mayastor_core_v1_AppNodeList,
    _mayastor_core_v1_ListAppNodesRequest__Output,
    _mayastor_core_v1_AppNodeList__Output
  >;
  RegisterAppNode: MethodDefinition<
    _mayastor_core_v1_RegisterAppNodeRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_RegisterAppNodeRequest__Output,
    _google_protobuf_Empty__Output
  >;
}
