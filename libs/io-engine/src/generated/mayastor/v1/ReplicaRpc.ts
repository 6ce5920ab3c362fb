// Original file: proto/io-engine/v1/replica.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CreateReplicaRequest as _mayastor_v1_CreateReplicaRequest,
  CreateReplicaRequest__Output as _mayastor_v1_CreateReplicaRequest__Output,
} from '../../mayastor/v1/CreateReplicaRequest.js';
import type {
  DestroyReplicaRequest as _mayastor_v1_DestroyReplicaRequest,
  DestroyReplicaRequest__Output as _mayastor_v1_DestroyReplicaRequest__Output,
} from '../../mayastor/v1/DestroyReplicaRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../google/protobuf/Empty.js';
import type {
  ListReplicaOptions as _mayastor_v1_ListReplicaOptions,
  ListReplicaOptions__Output as _mayastor_v1_ListReplicaOptions__Output,
} from '../../mayastor/v1/ListReplicaOptions.js';
import type {
  ListReplicasResponse as _mayastor_v1_ListReplicasResponse,
  ListReplicasResponse__Output as _mayastor_v1_ListReplicasResponse__Output,
} from '../../mayastor/v1/ListReplicasResponse.js';
import type {
  Replica as _mayastor_v1_Replica,
  Replica__Output as _mayastor_v1_Replica__Output,
} from '../../mayastor/v1/Replica.js';
import type {
  ResizeReplicaRequest as _mayastor_v1_ResizeReplicaRequest,
  ResizeReplicaRequest__Output as _mayastor_v1_ResizeReplicaRequest__Output,
} from '../../mayastor/v1/ResizeReplicaRequest.js';
import type {
  SetReplicaEntityIdRequest as _mayastor_v1_SetReplicaEntityIdRequest,
  SetReplicaEntityIdRequest__Output as _mayastor_v1_SetReplicaEntityIdRequest__Output,
} from '../../mayastor/v1/SetReplicaEntityIdRequest.js';
import type {
  ShareReplicaRequest as _mayastor_v1_ShareReplicaRequest,
  ShareReplicaRequest__Output as _mayastor_v1_ShareReplicaRequest__Output,
} from '../../mayastor/v1/ShareReplicaRequest.js';
import type {
  UnshareReplicaRequest as _mayastor_v1_UnshareReplicaRequest,
  UnshareReplicaRequest__Output as _mayastor_v1_UnshareReplicaRequest__Output,
} from '../../mayastor/v1/UnshareReplicaRequest.js';

export interface ReplicaRpcClient extends grpc.Client {
  CreateReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_v1_CreateReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  DestroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_v1_DestroyReplicaRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  ListReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_v1_ListReplicaOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListReplicasResponse__Output>,
  ): grpc.ClientUnaryCall;

  ResizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ResizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ResizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ResizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  resizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  resizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  resizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  resizeReplica(
    argument: _mayastor_v1_ResizeReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  SetReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  SetReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  SetReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  SetReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  setReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  setReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  setReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  setReplicaEntityId(
    argument: _mayastor_v1_SetReplicaEntityIdRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  ShareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ShareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ShareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ShareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_v1_ShareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  UnshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  UnshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  UnshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  UnshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_v1_UnshareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
}

export interface ReplicaRpcHandlers extends grpc.UntypedServiceImplementation {
  CreateReplica: grpc.handleUnaryCall<_mayastor_v1_CreateReplicaRequest__Output, _mayastor_v1_Replica>;

  DestroyReplica: grpc.handleUnaryCall<_mayastor_v1_DestroyReplicaRequest__Output, _google_protobuf_Empty>;

  ListReplicas: grpc.handleUnaryCall<_mayastor_v1_ListReplicaOptions__Output, _mayastor_v1_ListReplicasResponse>;

  ResizeReplica: grpc.handleUnaryCall<_mayastor_v1_ResizeReplicaRequest__Output, _mayastor_v1_Replica>;

  SetReplicaEntityId: grpc.handleUnaryCall<_mayastor_v1_SetReplicaEntityIdRequest__Output, _mayastor_v1_Replica>;

  ShareReplica: grpc.handleUnaryCall<_mayastor_v1_ShareReplicaRequest__Output, _mayastor_v1_Replica>;

  UnshareReplica: grpc.handleUnaryCall<_mayastor_v1_UnshareReplicaRequest__Output, _mayastor_v1_Replica>;
}

export interface ReplicaRpcDefinition extends grpc.ServiceDefinition {
  CreateReplica: MethodDefinition<
    _mayastor_v1_CreateReplicaRequest,
    _mayastor_v1_Replica,
    _mayastor_v1_CreateReplicaRequest__Output,
    _mayastor_v1_Replica__Output
  >;
  DestroyReplica: MethodDefinition<
    _mayastor_v1_DestroyReplicaRequest,
    _google_protobuf_Empty,
    _mayastor_v1_DestroyReplicaRequest__Output,
    _google_protobuf_Empty__Output
  >;
  ListReplicas: MethodDefinition<
    _mayastor_v1_ListReplicaOptions,
    _mayastor_v1_ListReplicasResponse,
    _mayastor_v1_ListReplicaOptions__Output,
    _mayastor_v1_ListReplicasResponse__Output
  >;
  ResizeReplica: MethodDefinition<
    _mayastor_v1_ResizeReplicaRequest,
    _mayastor_v1_Replica,
    _mayastor_v1_ResizeReplicaRequest__Output,
    _mayastor_v1_Replica__Output
  >;
  SetReplicaEntityId: MethodDefinition<
    _mayastor_v1_SetReplicaEntityIdRequest,
    _mayastor_v1_Replica,
    _mayastor_v1_SetReplicaEntityIdRequest__Output,
    _mayastor_v1_Replica__Output
  >;
  ShareReplica: MethodDefinition<
    _mayastor_v1_ShareReplicaRequest,
    _mayastor_v1_Replica,
    _mayastor_v1_ShareReplicaRequest__Output,
    _mayastor_v1_Replica__Output
  >;
  UnshareReplica: MethodDefinition<
    _mayastor_v1_UnshareReplicaRequest,
    _mayastor_v1_Replica,
    _mayastor_v1_UnshareReplicaRequest__Output,
    _mayastor_v1_Replica__Output
  >;
}
