import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type {
  BoolValue as _google_protobuf_BoolValue,
  BoolValue__Output as _google_protobuf_BoolValue__Output,
} from './google/protobuf/BoolValue.js';
import type {
  BytesValue as _google_protobuf_BytesValue,
  BytesValue__Output as _google_protobuf_BytesValue__Output,
} from './google/protobuf/BytesValue.js';
import type {
  DoubleValue as _google_protobuf_DoubleValue,
  DoubleValue__Output as _google_protobuf_DoubleValue__Output,
} from './google/protobuf/DoubleValue.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from './google/protobuf/Empty.js';
import type {
  FloatValue as _google_protobuf_FloatValue,
  FloatValue__Output as _google_protobuf_FloatValue__Output,
} from './google/protobuf/FloatValue.js';
import type {
  Int32Value as _google_protobuf_Int32Value,
  Int32Value__Output as _google_protobuf_Int32Value__Output,
} from './google/protobuf/Int32Value.js';
import type {
  Int64Value as _google_protobuf_Int64Value,
  Int64Value__Output as _google_protobuf_Int64Value__Output,
} from './google/protobuf/Int64Value.js';
import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from './google/protobuf/StringValue.js';
import type {
  UInt32Value as _google_protobuf_UInt32Value,
  UInt32Value__Output as _google_protobuf_UInt32Value__Output,
} from './google/protobuf/UInt32Value.js';
import type {
  UInt64Value as _google_protobuf_UInt64Value,
  UInt64Value__Output as _google_protobuf_UInt64Value__Output,
} from './google/protobuf/UInt64Value.js';
import type {
  CreatePoolRequest as _mayastor_v1_CreatePoolRequest,
  CreatePoolRequest__Output as _mayastor_v1_CreatePoolRequest__Output,
} from './mayastor/v1/CreatePoolRequest.js';
import type {
  CreateReplicaRequest as _mayastor_v1_CreateReplicaRequest,
  CreateReplicaRequest__Output as _mayastor_v1_CreateReplicaRequest__Output,
} from './mayastor/v1/CreateReplicaRequest.js';
import type {
  DestroyPoolRequest as _mayastor_v1_DestroyPoolRequest,
  DestroyPoolRequest__Output as _mayastor_v1_DestroyPoolRequest__Output,
} from './mayastor/v1/DestroyPoolRequest.js';
import type {
  DestroyReplicaRequest as _mayastor_v1_DestroyReplicaRequest,
  DestroyReplicaRequest__Output as _mayastor_v1_DestroyReplicaRequest__Output,
} from './mayastor/v1/DestroyReplicaRequest.js';
import type {
  ExportPoolRequest as _mayastor_v1_ExportPoolRequest,
  ExportPoolRequest__Output as _mayastor_v1_ExportPoolRequest__Output,
} from './mayastor/v1/ExportPoolRequest.js';
import type {
  GrowPoolRequest as _mayastor_v1_GrowPoolRequest,
  GrowPoolRequest__Output as _mayastor_v1_GrowPoolRequest__Output,
} from './mayastor/v1/GrowPoolRequest.js';
import type {
  GrowPoolResponse as _mayastor_v1_GrowPoolResponse,
  GrowPoolResponse__Output as _mayastor_v1_GrowPoolResponse__Output,
} from './mayastor/v1/GrowPoolResponse.js';
import type {
  ImportPoolRequest as _mayastor_v1_ImportPoolRequest,
  ImportPoolRequest__Output as _mayastor_v1_ImportPoolRequest__Output,
} from './mayastor/v1/ImportPoolRequest.js';
import type {
  ListPoolOptions as _mayastor_v1_ListPoolOptions,
  ListPoolOptions__Output as _mayastor_v1_ListPoolOptions__Output,
} from './mayastor/v1/ListPoolOptions.js';
import type {
  ListPoolsResponse as _mayastor_v1_ListPoolsResponse,
  ListPoolsResponse__Output as _mayastor_v1_ListPoolsResponse__Output,
} from './mayastor/v1/ListPoolsResponse.js';
import type {
  ListReplicaOptions as _mayastor_v1_ListReplicaOptions,
  ListReplicaOptions__Output as _mayastor_v1_ListReplicaOptions__Output,
} from './mayastor/v1/ListReplicaOptions.js';
import type {
  ListReplicasResponse as _mayastor_v1_ListReplicasResponse,
  ListReplicasResponse__Output as _mayastor_v1_ListReplicasResponse__Output,
} from './mayastor/v1/ListReplicasResponse.js';
import type {
  MayastorBugFixes as _mayastor_v1_MayastorBugFixes,
  MayastorBugFixes__Output as _mayastor_v1_MayastorBugFixes__Output,
} from './mayastor/v1/MayastorBugFixes.js';
import type {
  MayastorFeatures as _mayastor_v1_MayastorFeatures,
  MayastorFeatures__Output as _mayastor_v1_MayastorFeatures__Output,
} from './mayastor/v1/MayastorFeatures.js';
import type { Pool as _mayastor_v1_Pool, Pool__Output as _mayastor_v1_Pool__Output } from './mayastor/v1/Pool.js';
import type {
  PoolMetadataArgs as _mayastor_v1_PoolMetadataArgs,
  PoolMetadataArgs__Output as _mayastor_v1_PoolMetadataArgs__Output,
} from './mayastor/v1/PoolMetadataArgs.js';
import type {
  PoolMetadataInfo as _mayastor_v1_PoolMetadataInfo,
  PoolMetadataInfo__Output as _mayastor_v1_PoolMetadataInfo__Output,
} from './mayastor/v1/PoolMetadataInfo.js';
import type {
  PoolRpcClient as _mayastor_v1_PoolRpcClient,
  PoolRpcDefinition as _mayastor_v1_PoolRpcDefinition,
} from './mayastor/v1/PoolRpc.js';
import type {
  PoolTypeValue as _mayastor_v1_PoolTypeValue,
  PoolTypeValue__Output as _mayastor_v1_PoolTypeValue__Output,
} from './mayastor/v1/PoolTypeValue.js';
import type {
  Replica as _mayastor_v1_Replica,
  Replica__Output as _mayastor_v1_Replica__Output,
} from './mayastor/v1/Replica.js';
import type {
  ReplicaRpcClient as _mayastor_v1_ReplicaRpcClient,
  ReplicaRpcDefinition as _mayastor_v1_ReplicaRpcDefinition,
} from './mayastor/v1/ReplicaRpc.js';
import type {
  ReplicaSpaceUsage as _mayastor_v1_ReplicaSpaceUsage,
  ReplicaSpaceUsage__Output as _mayastor_v1_ReplicaSpaceUsage__Output,
} from './mayastor/v1/ReplicaSpaceUsage.js';
import type {
  ResizeReplicaRequest as _mayastor_v1_ResizeReplicaRequest,
  ResizeReplicaRequest__Output as _mayastor_v1_ResizeReplicaRequest__Output,
} from './mayastor/v1/ResizeReplicaRequest.js';
import type {
  SetReplicaEntityIdRequest as _mayastor_v1_SetReplicaEntityIdRequest,
  SetReplicaEntityIdRequest__Output as _mayastor_v1_SetReplicaEntityIdRequest__Output,
} from './mayastor/v1/SetReplicaEntityIdRequest.js';
import type {
  ShareReplicaRequest as _mayastor_v1_ShareReplicaRequest,
  ShareReplicaRequest__Output as _mayastor_v1_ShareReplicaRequest__Output,
} from './mayastor/v1/ShareReplicaRequest.js';
import type {
  UnshareReplicaRequest as _mayastor_v1_UnshareReplicaRequest,
  UnshareReplicaRequest__Output as _mayastor_v1_UnshareReplicaRequest__Output,
} from './mayastor/v1/UnshareReplicaRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new (...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      BoolValue: MessageTypeDefinition<_google_protobuf_BoolValue, _google_protobuf_BoolValue__Output>;
      BytesValue: MessageTypeDefinition<_google_protobuf_BytesValue, _google_protobuf_BytesValue__Output>;
      DoubleValue: MessageTypeDefinition<_google_protobuf_DoubleValue, _google_protobuf_DoubleValue__Output>;
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>;
      FloatValue: MessageTypeDefinition<_google_protobuf_FloatValue, _google_protobuf_FloatValue__Output>;
      Int32Value: MessageTypeDefinition<_google_protobuf_Int32Value, _google_protobuf_Int32Value__Output>;
      Int64Value: MessageTypeDefinition<_google_protobuf_Int64Value, _google_protobuf_Int64Value__Output>;
      StringValue: MessageTypeDefinition<_google_protobuf_StringValue, _google_protobuf_StringValue__Output>;
      UInt32Value: MessageTypeDefinition<_google_protobuf_UInt32Value, _google_protobuf_UInt32Value__Output>;
      UInt64Value: MessageTypeDefinition<_google_protobuf_UInt64Value, _google_protobuf_UInt64Value__Output>;
    };
  };
  mayastor: {
    v1: {
      CreatePoolRequest: MessageTypeDefinition<_mayastor_v1_CreatePoolRequest, _mayastor_v1_CreatePoolRequest__Output>;
      CreateReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_CreateReplicaRequest,
        _mayastor_v1_CreateReplicaRequest__Output
      >;
      DestroyPoolRequest: MessageTypeDefinition<
        _mayastor_v1_DestroyPoolRequest,
        _mayastor_v1_DestroyPoolRequest__Output
      >;
      DestroyReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_DestroyReplicaRequest,
        _mayastor_v1_DestroyReplicaRequest__Output
      >;
      ExportPoolRequest: MessageTypeDefinition<_mayastor_v1_ExportPoolRequest, _mayastor_v1_ExportPoolRequest__Output>;
      GrowPoolRequest: MessageTypeDefinition<_mayastor_v1_GrowPoolRequest, _mayastor_v1_GrowPoolRequest__Output>;
      GrowPoolResponse: MessageTypeDefinition<_mayastor_v1_GrowPoolResponse, _mayastor_v1_GrowPoolResponse__Output>;
      ImportPoolRequest: MessageTypeDefinition<_mayastor_v1_ImportPoolRequest, _mayastor_v1_ImportPoolRequest__Output>;
      ListPoolOptions: MessageTypeDefinition<_mayastor_v1_ListPoolOptions, _mayastor_v1_ListPoolOptions__Output>;
      ListPoolsResponse: MessageTypeDefinition<_mayastor_v1_ListPoolsResponse, _mayastor_v1_ListPoolsResponse__Output>;
      ListReplicaOptions: MessageTypeDefinition<
        _mayastor_v1_ListReplicaOptions,
        _mayastor_v1_ListReplicaOptions__Output
      >;
      ListReplicasResponse: MessageTypeDefinition<
        _mayastor_v1_ListReplicasResponse,
        _mayastor_v1_ListReplicasResponse__Output
      >;
      MayastorBugFixes: MessageTypeDefinition<_mayastor_v1_MayastorBugFixes, _mayastor_v1_MayastorBugFixes__Output>;
      MayastorFeatures: MessageTypeDefinition<_mayastor_v1_MayastorFeatures, _mayastor_v1_MayastorFeatures__Output>;
      Pool: MessageTypeDefinition<_mayastor_v1_Pool, _mayastor_v1_Pool__Output>;
      PoolMetadataArgs: MessageTypeDefinition<_mayastor_v1_PoolMetadataArgs, _mayastor_v1_PoolMetadataArgs__Output>;
      PoolMetadataInfo: MessageTypeDefinition<_mayastor_v1_PoolMetadataInfo, _mayastor_v1_PoolMetadataInfo__Output>;
      PoolRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_PoolRpcClient> & {
        service: _mayastor_v1_PoolRpcDefinition;
      };
      PoolState: EnumTypeDefinition;
      PoolType: EnumTypeDefinition;
      PoolTypeValue: MessageTypeDefinition<_mayastor_v1_PoolTypeValue, _mayastor_v1_PoolTypeValue__Output>;
      Replica: MessageTypeDefinition<_mayastor_v1_Replica, _mayastor_v1_Replica__Output>;
      ReplicaRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_ReplicaRpcClient> & {
        service: _mayastor_v1_ReplicaRpcDefinition;
      };
      ReplicaSpaceUsage: MessageTypeDefinition<_mayastor_v1_ReplicaSpaceUsage, _mayastor_v1_ReplicaSpaceUsage__Output>;
      ResizeReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_ResizeReplicaRequest,
        _mayastor_v1_ResizeReplicaRequest__Output
      >;
      SetReplicaEntityIdRequest: MessageTypeDefinition<
        _mayastor_v1_SetReplicaEntityIdRequest,
        _mayastor_v1_SetReplicaEntityIdRequest__Output
      >;
      ShareProtocol: EnumTypeDefinition;
      ShareReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_ShareReplicaRequest,
        _mayastor_v1_ShareReplicaRequest__Output
      >;
      UnshareReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_UnshareReplicaRequest,
        _mayastor_v1_UnshareReplicaRequest__Output
      >;
    };
  };
}
