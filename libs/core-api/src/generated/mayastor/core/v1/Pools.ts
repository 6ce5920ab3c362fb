// Original file: proto/core/v1/core.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CreatePoolRequest as _mayastor_core_v1_CreatePoolRequest,
  CreatePoolRequest__Output as _mayastor_core_v1_CreatePoolRequest__Output,
} from '../../../mayastor/core/v1/CreatePoolRequest.js';
import type {
  DestroyPoolRequest as _mayastor_core_v1_DestroyPoolRequest,
  DestroyPoolRequest__Output as _mayastor_core_v1_DestroyPoolRequest__Output,
} from '../../../mayastor/core/v1/DestroyPoolRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../../google/protobuf/Empty.js';
import type {
  GetPoolRequest as _mayastor_core_v1_GetPoolRequest,
  GetPoolRequest__Output as _mayastor_core_v1_GetPoolRequest__Output,
} from '../../../mayastor/core/v1/GetPoolRequest.js';
import type {
  LabelPoolRequest as _mayastor_core_v1_LabelPoolRequest,
  LabelPoolRequest__Output as _mayastor_core_v1_LabelPoolRequest__Output,
} from '../../../mayastor/core/v1/LabelPoolRequest.js';
import type {
  ListPoolsRequest as _mayastor_core_v1_ListPoolsRequest,
  ListPoolsRequest__Output as _mayastor_core_v1_ListPoolsRequest__Output,
} from '../../../mayastor/core/v1/ListPoolsRequest.js';
import type {
  Pool as _mayastor_core_v1_Pool,
  Pool__Output as _mayastor_core_v1_Pool__Output,
} from '../../../mayastor/core/v1/Pool.js';
import type {
  PoolList as _mayastor_core_v1_PoolList,
  PoolList__Output as _mayastor_core_v1_PoolList__Output,
} from '../../../mayastor/core/v1/PoolList.js';
import type {
  UnlabelPoolRequest as _mayastor_core_v1_UnlabelPoolRequest,
  UnlabelPoolRequest__Output as _mayastor_core_v1_UnlabelPoolRequest__Output,
} from '../../../mayastor/core/v1/UnlabelPoolRequest.js';

export interface PoolsClient extends grpc.Client {
  CreatePool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  CreatePool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  CreatePool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  CreatePool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  createPool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  createPool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  createPool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  createPool(
    argument: _mayastor_core_v1_CreatePoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;

  DestroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyPool(
    argument: _mayastor_core_v1_DestroyPoolRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  GetPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  GetPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  GetPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  GetPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  getPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  getPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  getPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  getPool(
    argument: _mayastor_core_v1_GetPoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;

  LabelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  LabelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  LabelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  LabelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  labelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  labelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  labelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  labelPool(
    argument: _mayastor_core_v1_LabelPoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;

  ListPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;
  ListPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;
  ListPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;
  ListPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;
  listPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;
  listPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;
  listPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;
  listPools(
    argument: _mayastor_core_v1_ListPoolsRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_PoolList__Output>,
  ): grpc.ClientUnaryCall;

  UnlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  UnlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  UnlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  UnlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  unlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  unlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  unlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
  unlabelPool(
    argument: _mayastor_core_v1_UnlabelPoolRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Pool__Output>,
  ): grpc.ClientUnaryCall;
}

export interface PoolsHandlers extends grpc.UntypedServiceImplementation {
  CreatePool: grpc.handleUnaryCall<_mayastor_core_v1_CreatePoolRequest__Output, _mayastor_core_v1_Pool>;

  DestroyPool: grpc.handleUnaryCall<_mayastor_core_v1_DestroyPoolRequest__Output, _google_protobuf_Empty>;

  GetPool: grpc.handleUnaryCall<_mayastor_core_v1_GetPoolRequest__Output, _mayastor_core_v1_Pool>;

  LabelPool: grpc.handleUnaryCall<_mayastor_core_v1_LabelPoolRequest__Output, _mayastor_core_v1_Pool>;

  ListPools: grpc.handleUnaryCall<_mayastor_core_v1_ListPoolsRequest__Output, _mayastor_core_v1_PoolList>;

  UnlabelPool: grpc.handleUnaryCall<_mayastor_core_v1_UnlabelPoolRequest__Output, _mayastor_core_v1_Pool>;
}

export interface PoolsDefinition extends grpc.ServiceDefinition {
  CreatePool: MethodDefinition<
    _mayastor_core_v1_CreatePoolRequest,
    _mayastor_core_v1_Pool,
    _mayastor_core_v1_CreatePoolRequest__Output,
    _mayastor_core_v1_Pool__Output
  >;
  DestroyPool: MethodDefinition<
    _mayastor_core_v1_DestroyPoolRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_DestroyPoolRequest__Output,
    _google_protobuf_Empty__Output
  >;
  GetPool: MethodDefinition<
    _mayastor_core_v1_GetPoolRequest,
    _mayastor_core_v1_Pool,
    _mayastor_core_v1_GetPoolRequest__Output,
    _mayastor_core_v1_Pool__Output
  >;
  LabelPool: MethodDefinition<
    _mayastor_core_v1_LabelPoolRequest,
    _mayastor_core_v1_Pool,
    _mayastor_core_v1_LabelPoolRequest__Output,
    _mayastor_core_v1_Pool__Output
  >;
  ListPools: MethodDefinition<
    _mayastor_core_v1_ListPoolsRequest,
    _mayastor_core_v1_PoolList,
    _mayastor_core_v1_ListPoolsRequest__Output,
    _mayastor_core_v1_PoolList__Output
  >;
  UnlabelPool: MethodDefinition<
    _mayastor_core_v1_UnlabelPoolRequest,
    _mayastor_core_v1_Pool,
    _mayastor_core_v1_UnlabelPoolRequest__Output,
    _mayastor_core_v1_Pool__Output
  >;
}
