// Original file: proto/io-engine/v1/registration.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  DeregisterRequest as _mayastor_v1_DeregisterRequest,
  DeregisterRequest__Output as _mayastor_v1_DeregisterRequest__Output,
} from '../../mayastor/v1/DeregisterRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../google/protobuf/Empty.js';
import type {
  RegisterRequest as _mayastor_v1_RegisterRequest,
  RegisterRequest__Output as _mayastor_v1_RegisterRequest__Output,
} from '../../mayastor/v1/RegisterRequest.js';

export interface RegistrationClient extends grpc.Client {
  Deregister(
    argument: _mayastor_v1_DeregisterRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  Deregister(
    argument: _mayastor_v1_DeregisterRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  Deregister(
    argument: _mayastor_v1_DeregisterRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  Deregister(
    argument: _mayastor_v1_DeregisterRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregister(
    argument: _mayastor_v1_DeregisterRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregister(
    argument: _mayastor_v1_DeregisterRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregister(
    argument: _mayastor_v1_DeregisterRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  deregister(
    argument: _mayastor_v1_DeregisterRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  Register(
    argument: _mayastor_v1_RegisterRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  Register(
    argument: _mayastor_v1_RegisterRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  Register(
    argument: _mayastor_v1_RegisterRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  Register(
    argument: _mayastor_v1_RegisterRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  register(
    argument: _mayastor_v1_RegisterRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  register(
    argument: _mayastor_v1_RegisterRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  register(
    argument: _mayastor_v1_RegisterRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  register(
    argument: _mayastor_v1_RegisterRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
}

export interface RegistrationHandlers extends grpc.UntypedServiceImplementation {
  Deregister: grpc.handleUnaryCall<_mayastor_v1_DeregisterRequest__Output, _google_protobuf_Empty>;

  Register: grpc.handleUnaryCall<_mayastor_v1_RegisterRequest__Output, _google_protobuf_Empty>;
}

export interface RegistrationDefinition extends grpc.ServiceDefinition {
  Deregister: MethodDefinition<
    _mayastor_v1_DeregisterRequest,
    _google_protobuf_Empty,
    _mayastor_v1_DeregisterRequest__Output,
    _google_protobuf_Empty__Output
  >;
  Register: MethodDefinition<
    _mayastor_v1_RegisterRequest,
    _google_protobuf_Empty,
    _mayastor_v1_RegisterRequest__Output,
    _google_protobuf_Empty__Output
  >;
}
