// Original file: proto/io-engine/v1/snapshot.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CreateReplicaSnapshotRequest as _mayastor_v1_CreateReplicaSnapshotRequest,
  CreateReplicaSnapshotRequest__Output as _mayastor_v1_CreateReplicaSnapshotRequest__Output,
} from '../../mayastor/v1/CreateReplicaSnapshotRequest.js';
import type {
  CreateReplicaSnapshotResponse as _mayastor_v1_CreateReplicaSnapshotResponse,
  CreateReplicaSnapshotResponse__Output as _mayastor_v1_CreateReplicaSnapshotResponse__Output,
} from '../../mayastor/v1/CreateReplicaSnapshotResponse.js';
import type {
  CreateSnapshotCloneRequest as _mayastor_v1_CreateSnapshotCloneRequest,
  CreateSnapshotCloneRequest__Output as _mayastor_v1_CreateSnapshotCloneRequest__Output,
} from '../../mayastor/v1/CreateSnapshotCloneRequest.js';
import type {
  DestroySnapshotRequest as _mayastor_v1_DestroySnapshotRequest,
  DestroySnapshotRequest__Output as _mayastor_v1_DestroySnapshotRequest__Output,
} from '../../mayastor/v1/DestroySnapshotRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../google/protobuf/Empty.js';
import type {
  ListSnapshotCloneRequest as _mayastor_v1_ListSnapshotCloneRequest,
  ListSnapshotCloneRequest__Output as _mayastor_v1_ListSnapshotCloneRequest__Output,
} from '../../mayastor/v1/ListSnapshotCloneRequest.js';
import type {
  ListSnapshotCloneResponse as _mayastor_v1_ListSnapshotCloneResponse,
  ListSnapshotCloneResponse__Output as _mayastor_v1_ListSnapshotCloneResponse__Output,
} from '../../mayastor/v1/ListSnapshotCloneResponse.js';
import type {
  ListSnapshotsRequest as _mayastor_v1_ListSnapshotsRequest,
  ListSnapshotsRequest__Output as _mayastor_v1_ListSnapshotsRequest__Output,
} from '../../mayastor/v1/ListSnapshotsRequest.js';
import type {
  ListSnapshotsResponse as _mayastor_v1_ListSnapshotsResponse,
  ListSnapshotsResponse__Output as _mayastor_v1_ListSnapshotsResponse__Output,
} from '../../mayastor/v1/ListSnapshotsResponse.js';
import type {
  NexusCreateSnapshotRequest as _mayastor_v1_NexusCreateSnapshotRequest,
  NexusCreateSnapshotRequest__Output as _mayastor_v1_NexusCreateSnapshotRequest__Output,
} from '../../mayastor/v1/NexusCreateSnapshotRequest.js';
import type {
  NexusCreateSnapshotResponse as _mayastor_v1_NexusCreateSnapshotResponse,
  NexusCreateSnapshotResponse__Output as _mayastor_v1_NexusCreateSnapshotResponse__Output,
} from '../../mayastor/v1/NexusCreateSnapshotResponse.js';
import type {
  Replica as _mayastor_v1_Replica,
  Replica__Output as _mayastor_v1_Replica__Output,
} from '../../mayastor/v1/Replica.js';

export interface SnapshotRpcClient extends grpc.Client {
  CreateNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createNexusSnapshot(
    argument: _mayastor_v1_NexusCreateSnapshotRequest,
    callback: grpc.requestCallback<_mayastor_v1_NexusCreateSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;

  CreateReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  CreateReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;
  createReplicaSnapshot(
    argument: _mayastor_v1_CreateReplicaSnapshotRequest,
    callback: grpc.requestCallback<_mayastor_v1_CreateReplicaSnapshotResponse__Output>,
  ): grpc.ClientUnaryCall;

  CreateSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  CreateSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;
  createSnapshotClone(
    argument: _mayastor_v1_CreateSnapshotCloneRequest,
    callback: grpc.requestCallback<_mayastor_v1_Replica__Output>,
  ): grpc.ClientUnaryCall;

  DestroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroySnapshot(
    argument: _mayastor_v1_DestroySnapshotRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  ListSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshot(
    argument: _mayastor_v1_ListSnapshotsRequest,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotsResponse__Output>,
  ): grpc.ClientUnaryCall;

  ListSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
  ListSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
  listSnapshotClone(
    argument: _mayastor_v1_ListSnapshotCloneRequest,
    callback: grpc.requestCallback<_mayastor_v1_ListSnapshotCloneResponse__Output>,
  ): grpc.ClientUnaryCall;
}

export interface SnapshotRpcHandlers extends grpc.UntypedServiceImplementation {
  CreateNexusSnapshot: grpc.handleUnaryCall<
    _mayastor_v1_NexusCreateSnapshotRequest__Output,
    _mayastor_v1_NexusCreateSnapshotResponse
  >;

  CreateReplicaSnapshot: grpc.handleUnaryCall<
    _mayastor_v1_CreateReplicaSnapshotRequest__Output,
    _mayastor_v1_CreateReplicaSnapshotResponse
  >;

  CreateSnapshotClone: grpc.handleUnaryCall<_mayastor_v1_CreateSnapshotCloneRequest__Output, _mayastor_v1_Replica>;

  DestroySnapshot: grpc.handleUnaryCall<_mayastor_v1_DestroySnapshotRequest__Output, _google_protobuf_Empty>;

  ListSnapshot: grpc.handleUnaryCall<_mayastor_v1_ListSnapshotsRequest__Output, _mayastor_v1_ListSnapshotsResponse>;

  ListSnapshotClone: grpc.handleUnaryCall<
    _mayastor_v1_ListSnapshotCloneRequest__Output,
    _mayastor_v1_ListSnapshotCloneResponse
  >;
}

export interface SnapshotRpcDefinition extends grpc.ServiceDefinition {
  CreateNexusSnapshot: MethodDefinition<
    _mayastor_v1_NexusCreateSnapshotRequest,
    _mayastor_v1_NexusCreateSnapshotResponse,
    _mayastor_v1_NexusCreateSnapshotRequest__Output,
    _mayastor_v1_NexusCreateSnapshotResponse__Output
  >;
  CreateReplicaSnapshot: MethodDefinition<
    _mayastor_v1_CreateReplicaSnapshotRequest,
    _mayastor_v1_CreateReplicaSnapshotResponse,
    _mayastor_v1_CreateReplicaSnapshotRequest__Output,
    _mayastor_v1_CreateReplicaSnapshotResponse__Output
  >;
  CreateSnapshotClone: MethodDefinition<
    _mayastor_v1_CreateSnapshotCloneRequest,
    _mayastor_v1_Replica,
    _mayastor_v1_CreateSnapshotCloneRequest__Output,
    _mayastor_v1_Replica__Output
  >;
  DestroySnapshot: MethodDefinition<
    _mayastor_v1_DestroySnapshotRequest,
    _google_protobuf_Empty,
    _mayastor_v1_DestroySnapshotRequest__Output,
    _google_protobuf_Empty__Output
  >;
  ListSnapshot: MethodDefinition<
    _mayastor_v1_ListSnapshotsRequest,
    _mayastor_v1_ListSnapshotsResponse,
    _mayastor_v1_ListSnapshotsRequest__Output,
    _mayastor_v1_ListSnapshotsResponse__Output
  >;
  ListSnapshotClone: MethodDefinition<
    _mayastor_v1_ListSnapshotCloneRequest,
    _mayastor_v1_ListSnapshotCloneResponse,
    _mayastor_v1_ListSnapshotCloneRequest__Output,
    _mayastor_v1_ListSnapshotCloneResponse__Output
  >;
}
