// Original file: proto/core/v1/core.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CreateNexusRequest as _mayastor_core_v1_CreateNexusRequest,
  CreateNexusRequest__Output as _mayastor_core_v1_CreateNexusRequest__Output,
} from '../../../mayastor/core/v1/CreateNexusRequest.js';
import type {
  DestroyNexusRequest as _mayastor_core_v1_DestroyNexusRequest,
  DestroyNexusRequest__Output as _mayastor_core_v1_DestroyNexusRequest__Output,
} from '../../../mayastor/core/v1/DestroyNexusRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../../google/protobuf/Empty.js';
import type {
  GetNexusRequest as _mayastor_core_v1_GetNexusRequest,
  GetNexusRequest__Output as _mayastor_core_v1_GetNexusRequest__Output,
} from '../../../mayastor/core/v1/GetNexusRequest.js';
import type {
  ListNexusesRequest as _mayastor_core_v1_ListNexusesRequest,
  ListNexusesRequest__Output as _mayastor_core_v1_ListNexusesRequest__Output,
} from '../../../mayastor/core/v1/ListNexusesRequest.js';
import type {
  Nexus as _mayastor_core_v1_Nexus,
  Nexus__Output as _mayastor_core_v1_Nexus__Output,
} from '../../../mayastor/core/v1/Nexus.js';
import type {
  NexusChild as _mayastor_core_v1_NexusChild,
  NexusChild__Output as _mayastor_core_v1_NexusChild__Output,
} from '../../../mayastor/core/v1/NexusChild.js';
import type {
  NexusChildRequest as _mayastor_core_v1_NexusChildRequest,
  NexusChildRequest__Output as _mayastor_core_v1_NexusChildRequest__Output,
} from '../../../mayastor/core/v1/NexusChildRequest.js';
import type {
  NexusList as _mayastor_core_v1_NexusList,
  NexusList__Output as _mayastor_core_v1_NexusList__Output,
} from '../../../mayastor/core/v1/NexusList.js';
import type {
  ShareNexusReply as _mayastor_core_v1_ShareNexusReply,
  ShareNexusReply__Output as _mayastor_core_v1_ShareNexusReply__Output,
} from '../../../mayastor/core/v1/ShareNexusReply.js';
import type {
  ShareNexusRequest as _mayastor_core_v1_ShareNexusRequest,
  ShareNexusRequest__Output as _mayastor_core_v1_ShareNexusRequest__Output,
} from '../../../mayastor/core/v1/ShareNexusRequest.js';
import type {
  UnshareNexusRequest as _mayastor_core_v1_UnshareNexusRequest,
  UnshareNexusRequest__Output as _mayastor_core_v1_UnshareNexusRequest__Output,
} from '../../../mayastor/core/v1/UnshareNexusRequest.js';

export interface NexusesClient extends grpc.Client {
  AddNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;
  AddNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;
  AddNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;
  AddNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;
  addNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;
  addNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;
  addNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;
  addNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusChild__Output>,
  ): grpc.ClientUnaryCall;

  CreateNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  CreateNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  CreateNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  CreateNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  createNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  createNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  createNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  createNexus(
    argument: _mayastor_core_v1_CreateNexusRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;

  DestroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyNexus(
    argument: _mayastor_core_v1_DestroyNexusRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  GetNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  GetNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  GetNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  GetNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  getNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  getNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  getNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;
  getNexus(
    argument: _mayastor_core_v1_GetNexusRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Nexus__Output>,
  ): grpc.ClientUnaryCall;

  ListNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;
  ListNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;
  ListNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;
  ListNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;
  listNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;
  listNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;
  listNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;
  listNexuses(
    argument: _mayastor_core_v1_ListNexusesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_NexusList__Output>,
  ): grpc.ClientUnaryCall;

  RemoveNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  RemoveNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  RemoveNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  RemoveNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  removeNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  removeNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  removeNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  removeNexusChild(
    argument: _mayastor_core_v1_NexusChildRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  ShareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;
  ShareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;
  ShareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;
  ShareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;
  shareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;
  shareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;
  shareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;
  shareNexus(
    argument: _mayastor_core_v1_ShareNexusRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_ShareNexusReply__Output>,
  ): grpc.ClientUnaryCall;

  UnshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  UnshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  UnshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  UnshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  unshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  unshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  unshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  unshareNexus(
    argument: _mayastor_core_v1_UnshareNexusRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
}

export interface NexusesHandlers extends grpc.UntypedServiceImplementation {
  AddNexusChild: grpc.handleUnaryCall<_mayastor_core_v1_NexusChildRequest__Output, _mayastor_core_v1_NexusChild>;

  CreateNexus: grpc.handleUnaryCall<_mayastor_core_v1_CreateNexusRequest__Output, _mayastor_core_v1_Nexus>;

  DestroyNexus: grpc.handleUnaryCall<_mayastor_core_v1_DestroyNexusRequest__Output, _google_protobuf_Empty>;

  GetNexus: grpc.handleUnaryCall<_mayastor_core_v1_GetNexusRequest__Output, _mayastor_core_v1_Nexus>;

  ListNexuses: grpc.handleUnaryCall<_mayastor_core_v1_ListNexusesRequest__Output, _mayastor_core_v1_NexusList>;

  RemoveNexusChild: grpc.handleUnaryCall<_mayastor_core_v1_NexusChildRequest__Output, _google_protobuf_Empty>;

  ShareNexus: grpc.handleUnaryCall<_mayastor_core_v1_ShareNexusRequest__Output, _mayastor_core_v1_ShareNexusReply>;

  UnshareNexus: grpc.handleUnaryCall<_mayastor_core_v1_UnshareNexusRequest__Output, _google_protobuf_Empty>;
}

export interface NexusesDefinition extends grpc.ServiceDefinition {
  AddNexusChild: MethodDefinition<
    _mayastor_core_v1_NexusChildRequest,
    _mayastor_core_v1_NexusChild,
    _mayastor_core_v1_NexusChildRequest__Output,
    _mayastor_core_v1_NexusChild__Output
  >;
  CreateNexus: MethodDefinition<
    _mayastor_core_v1_CreateNexusRequest,
    _mayastor_core_v1_Nexus,
    _mayastor_core_v1_CreateNexusRequest__Output,
    _mayastor_core_v1_Nexus__Output
  >;
  DestroyNexus: MethodDefinition<
    _mayastor_core_v1_DestroyNexusRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_DestroyNexusRequest__Output,
    _google_protobuf_Empty__Output
  >;
  GetNexus: MethodDefinition<
    _mayastor_core_v1_GetNexusRequest,
    _mayastor_core_v1_Nexus,
    _mayastor_core_v1_GetNexusRequest__Output,
    _mayastor_core_v1_Nexus__Output
  >;
  ListNexuses: MethodDefinition<
    _mayastor_core_v1_ListNexusesRequest,
    _mayastor_core_v1_NexusList,
    _mayastor_core_v1_ListNexusesRequest__Output,
    _mayastor_core_v1_NexusList__Output
  >;
  RemoveNexusChild: MethodDefinition<
    _mayastor_core_v1_NexusChildRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_NexusChildRequest__Output,
    _google_protobuf_Empty__Output
  >;
  ShareNexus: MethodDefinition<
    _mayastor_core_v1_ShareNexusRequest,
    _mayastor_core_v1_ShareNexusReply,
    _mayastor_core_v1_ShareNexusRequest__Output,
    _mayastor_core_v1_ShareNexusReply__Output
  >;
  UnshareNexus: MethodDefinition<
    _mayastor_core_v1_UnshareNexusRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_UnshareNexusRequest__Output,
    _google_protobuf_Empty__Output
  >;
}
