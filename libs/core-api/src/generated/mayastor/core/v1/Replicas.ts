// Original file: proto/core/v1/core.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CreateReplicaRequest as _mayastor_core_v1_CreateReplicaRequest,
  CreateReplicaRequest__Output as _mayastor_core_v1_CreateReplicaRequest__Output,
} from '../../../mayastor/core/v1/CreateReplicaRequest.js';
import type {
  DestroyReplicaRequest as _mayastor_core_v1_DestroyReplicaRequest,
  DestroyReplicaRequest__Output as _mayastor_core_v1_DestroyReplicaRequest__Output,
} from '../../../mayastor/core/v1/DestroyReplicaRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../../google/protobuf/Empty.js';
import type {
  GetReplicaRequest as _mayastor_core_v1_GetReplicaRequest,
  GetReplicaRequest__Output as _mayastor_core_v1_GetReplicaRequest__Output,
} from '../../../mayastor/core/v1/GetReplicaRequest.js';
import type {
  ListReplicasRequest as _mayastor_core_v1_ListReplicasRequest,
  ListReplicasRequest__Output as _mayastor_core_v1_ListReplicasRequest__Output,
} from '../../../mayastor/core/v1/ListReplicasRequest.js';
import type {
  Replica as _mayastor_core_v1_Replica,
  Replica__Output as _mayastor_core_v1_Replica__Output,
} from '../../../mayastor/core/v1/Replica.js';
import type {
  ReplicaList as _mayastor_core_v1_ReplicaList,
  ReplicaList__Output as _mayastor_core_v1_ReplicaList__Output,
} from '../../../mayastor/core/v1/ReplicaList.js';
import type {
  ShareReplicaRequest as _mayastor_core_v1_ShareReplicaRequest,
  ShareReplicaRequest__Output as _mayastor_core_v1_ShareReplicaRequest__Output,
} from '../../../mayastor/core/v1/ShareReplicaRequest.js';
import type {
  UnshareReplicaRequest as _mayastor_core_v1_UnshareReplicaRequest,
  UnshareReplicaRequest__Output as _mayastor_core_v1_UnshareReplicaRequest__Output,
} from '../../../mayastor/core/v1/UnshareReplicaRequest.js';

export interface ReplicasClient extends grpc.Client {
  CreateReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createReplica(
    argument: _mayastor_core_v1_CreateReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  DestroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyReplica(
    argument: _mayastor_core_v1_DestroyReplicaRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  GetReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  GetReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  GetReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  GetReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  getReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  getReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  getReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  getReplica(
    argument: _mayastor_core_v1_GetReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  ListReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;
  ListReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;
  ListReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;
  ListReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;
  listReplicas(
    argument: _mayastor_core_v1_ListReplicasRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_ReplicaList__Output>,
  ): grpc.ClientUnaryCall;

  ShareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ShareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ShareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  ShareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  shareReplica(
    argument: _mayastor_core_v1_ShareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  UnshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  UnshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  UnshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  UnshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  unshareReplica(
    argument: _mayastor_core_v1_UnshareReplicaRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
}

export interface ReplicasHandlers extends grpc.UntypedServiceImplementation {
  CreateReplica: grpc.handleUnaryCall<_mayastor_core_v1_CreateReplicaRequest__Output, _mayastor_core_v1_Replica>;

  DestroyReplica: grpc.handleUnaryCall<_mayastor_core_v1_DestroyReplicaRequest__Output, _google_protobuf_Empty>;

  GetReplica: grpc.handleUnaryCall<_mayastor_core_v1_GetReplicaRequest__Output, _mayastor_core_v1_Replica>;

  ListReplicas: grpc.handleUnaryCall<_mayastor_core_v1_ListReplicasRequest__Output, _mayastor_core_v1_ReplicaList>;

  ShareReplica: grpc.handleUnaryCall<_mayastor_core_v1_ShareReplicaRequest__Output, _mayastor_core_v1_Replica>;

  UnshareReplica: grpc.handleUnaryCall<_mayastor_core_v1_UnshareReplicaRequest__Output, _mayastor_core_v1_Replica>;
}

export interface ReplicasDefinition extends grpc.ServiceDefinition {
  CreateReplica: MethodDefinition<
    _mayastor_core_v1_CreateReplicaRequest,
    _mayastor_core_v1_Replica,
    _mayastor_core_v1_CreateReplicaRequest__Output,
    _mayastor_core_v1_Replica__Output
  >;
  DestroyReplica: MethodDefinition<
    _mayastor_core_v1_DestroyReplicaRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_DestroyReplicaRequest__Output,
    _google_protobuf_Empty__Output
  >;
  GetReplica: MethodDefinition<
    _mayastor_core_v1_GetReplicaRequest,
    _mayastor_core_v1_Replica,
    _mayastor_core_v1_GetReplicaRequest__Output,
    _mayastor_core_v1_Replica__Output
  >;
  ListReplicas: MethodDefinition<
    _mayastor_core_v1_ListReplicasRequest,
    _mayastor_core_v1_ReplicaList,
    _mayastor_core_v1_ListReplicasRequest__Output,
    _mayastor_core_v1_ReplicaList__Output
  >;
  ShareReplica: MethodDefinition<
    _mayastor_core_v1_ShareReplicaRequest,
    _mayastor_core_v1_Replica,
    _mayastor_core_v1_ShareReplicaRequest__Output,
    _mayastor_core_v1_Replica__Output
  >;
  UnshareReplica: MethodDefinition<
    _mayastor_core_v1_UnshareReplicaRequest,
    _mayastor_core_v1_Replica,
    _mayastor_core_v1_UnshareReplicaRequest__Output,
    _mayastor_core_v1_Replica__Output
  >;
}
