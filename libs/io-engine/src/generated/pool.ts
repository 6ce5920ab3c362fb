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
  DestroyPoolRequest as _mayastor_v1_DestroyPoolRequest,
  DestroyPoolRequest__Output as _mayastor_v1_DestroyPoolRequest__Output,
} from './mayastor/v1/DestroyPoolRequest.js';
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
      DestroyPoolRequest: MessageTypeDefinition<
        _mayastor_v1_DestroyPoolRequest,
        _mayastor_v1_DestroyPoolRequest__Output
      >;
      ExportPoolRequest: MessageTypeDefinition<_mayastor_v1_ExportPoolRequest, _mayastor_v1_ExportPoolRequest__Output>;
      GrowPoolRequest: MessageTypeDefinition<_mayastor_v1_GrowPoolRequest, _mayastor_v1_GrowPoolRequest__Output>;
      GrowPoolResponse: MessageTypeDefinition<_mayastor_v1_GrowPoolResponse, _mayastor_v1_GrowPoolResponse__Output>;
      ImportPoolRequest: MessageTypeDefinition<_mayastor_v1_ImportPoolRequest, _mayastor_v1_ImportPoolRequest__Output>;
      ListPoolOptions: MessageTypeDefinition<_mayastor_v1_ListPoolOptions, _mayastor_v1_ListPoolOptions__Output>;
      ListPoolsResponse: MessageTypeDefinition<_mayastor_v1_ListPoolsResponse, _mayastor_v1_ListPoolsResponse__Output>;
      Pool: MessageTypeDefinition<_mayastor_v1_Pool, _mayastor_v1_Pool__Output>;
      PoolMetadataArgs: MessageTypeDefinition<_mayastor_v1_PoolMetadataArgs, _mayastor_v1_PoolMetadataArgs__Output>;
      PoolMetadataInfo: MessageTypeDefinition<_mayastor_v1_PoolMetadataInfo, _mayastor_v1_PoolMetadataInfo__Output>;
      PoolRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_PoolRpcClient> & {
        service: _mayastor_v1_PoolRpcDefinition;
      };
      PoolState: EnumTypeDefinition;
      PoolType: EnumTypeDefinition;
      PoolTypeValue: MessageTypeDefinition<_mayastor_v1_PoolTypeValue, _mayastor_v1_PoolTypeValue__Output>;
    };
  };
}
