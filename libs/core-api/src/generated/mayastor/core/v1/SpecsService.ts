// Original file: proto/core/v1/core.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  GetSpecsRequest as _mayastor_core_v1_GetSpecsRequest,
  GetSpecsRequest__Output as _mayastor_core_v1_GetSpecsRequest__Output,
} from '../../../mayastor/core/v1/GetSpecsRequest.js';
import type {
  Specs as _mayastor_core_v1_Specs,
  Specs__Output as _mayastor_core_v1_Specs__Output,
} from '../../../mayastor/core/v1/Specs.js';

export interface SpecsServiceClient extends grpc.Client {
  GetSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
  GetSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
  GetSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
  GetSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
  getSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
  getSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
  getSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
  getSpecs(
    argument: _mayastor_core_v1_GetSpecsRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Specs__Output>,
  ): grpc.ClientUnaryCall;
}

export interface SpecsServiceHandlers extends grpc.UntypedServiceImplementation {
  GetSpecs: grpc.handleUnaryCall<_mayastor_core_v1_GetSpecsRequest__Output, _mayastor_core_v1_Specs>;
}

export interface SpecsServiceDefinition extends grpc.ServiceDefinition {
  GetSpecs: MethodDefinition<
    _mayastor_core_v1_GetSpecsRequest,
    _mayastor_core_v1_Specs,
    _mayastor_core_v1_GetSpecsRequest__Output,
    _mayastor_core_v1_Specs__Output
  >;
}
