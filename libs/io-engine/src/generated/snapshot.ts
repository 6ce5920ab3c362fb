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
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from './google/protobuf/Timestamp.js';
import type {
  UInt32Value as _google_protobuf_UInt32Value,
  UInt32Value__Output as _google_protobuf_UInt32Value__Output,
} from './google/protobuf/UInt32Value.js';
import type {
  UInt64Value as _google_protobuf_UInt64Value,
  UInt64Value__Output as _google_protobuf_UInt64Value__Output,
} from './google/protobuf/UInt64Value.js';
import type {
  AddChildNexusRequest as _mayastor_v1_AddChildNexusRequest,
  AddChildNexusRequest__Output as _mayastor_v1_AddChildNexusRequest__Output,
} from './mayastor/v1/AddChildNexusRequest.js';
import type {
  AddChildNexusResponse as _mayastor_v1_AddChildNexusResponse,
  AddChildNexusResponse__Output as _mayastor_v1_AddChildNexusResponse__Output,
} from './mayastor/v1/AddChildNexusResponse.js';
import type { Child as _mayastor_v1_Child, Child__Output as _mayastor_v1_Child__Output } from './mayastor/v1/Child.js';
import type {
  ChildOperationRequest as _mayastor_v1_ChildOperationRequest,
  ChildOperationRequest__Output as _mayastor_v1_ChildOperationRequest__Output,
} from './mayastor/v1/ChildOperationRequest.js';
import type {
  ChildOperationResponse as _mayastor_v1_ChildOperationResponse,
  ChildOperationResponse__Output as _mayastor_v1_ChildOperationResponse__Output,
} from './mayastor/v1/ChildOperationResponse.js';
import type {
  CreateNexusRequest as _mayastor_v1_CreateNexusRequest,
  CreateNexusRequest__Output as _mayastor_v1_CreateNexusRequest__Output,
} from './mayastor/v1/CreateNexusRequest.js';
import type {
  CreateNexusResponse as _mayastor_v1_CreateNexusResponse,
  CreateNexusResponse__Output as _mayastor_v1_CreateNexusResponse__Output,
} from './mayastor/v1/CreateNexusResponse.js';
import type {
  CreatePoolRequest as _mayastor_v1_CreatePoolRequest,
  CreatePoolRequest__Output as _mayastor_v1_CreatePoolRequest__Output,
} from './mayastor/v1/CreatePoolRequest.js';
import type {
  CreateReplicaRequest as _mayastor_v1_CreateReplicaRequest,
  CreateReplicaRequest__Output as _mayastor_v1_CreateReplicaRequest__Output,
} from './mayastor/v1/CreateReplicaRequest.js';
import type {
  CreateReplicaSnapshotRequest as _mayastor_v1_CreateReplicaSnapshotRequest,
  CreateReplicaSnapshotRequest__Output as _mayastor_v1_CreateReplicaSnapshotRequest__Output,
} from './mayastor/v1/CreateReplicaSnapshotRequest.js';
import type {
  CreateReplicaSnapshotResponse as _mayastor_v1_CreateReplicaSnapshotResponse,
  CreateReplicaSnapshotResponse__Output as _mayastor_v1_CreateReplicaSnapshotResponse__Output,
} from './mayastor/v1/CreateReplicaSnapshotResponse.js';
import type {
  CreateSnapshotCloneRequest as _mayastor_v1_CreateSnapshotCloneRequest,
  CreateSnapshotCloneRequest__Output as _mayastor_v1_CreateSnapshotCloneRequest__Output,
} from './mayastor/v1/CreateSnapshotCloneRequest.js';
import type {
  DestroyNexusRequest as _mayastor_v1_DestroyNexusRequest,
  DestroyNexusRequest__Output as _mayastor_v1_DestroyNexusRequest__Output,
} from './mayastor/v1/DestroyNexusRequest.js';
import type {
  DestroyPoolRequest as _mayastor_v1_DestroyPoolRequest,
  DestroyPoolRequest__Output as _mayastor_v1_DestroyPoolRequest__Output,
} from './mayastor/v1/DestroyPoolRequest.js';
import type {
  DestroyReplicaRequest as _mayastor_v1_DestroyReplicaRequest,
  DestroyReplicaRequest__Output as _mayastor_v1_DestroyReplicaRequest__Output,
} from './mayastor/v1/DestroyReplicaRequest.js';
import type {
  DestroySnapshotRequest as _mayastor_v1_DestroySnapshotRequest,
  DestroySnapshotRequest__Output as _mayastor_v1_DestroySnapshotRequest__Output,
} from './mayastor/v1/DestroySnapshotRequest.js';
import type {
  ExportPoolRequest as _mayastor_v1_ExportPoolRequest,
  ExportPoolRequest__Output as _mayastor_v1_ExportPoolRequest__Output,
} from './mayastor/v1/ExportPoolRequest.js';
import type {
  FaultNexusChildRequest as _mayastor_v1_FaultNexusChildRequest,
  FaultNexusChildRequest__Output as _mayastor_v1_FaultNexusChildRequest__Output,
} from './mayastor/v1/FaultNexusChildRequest.js';
import type {
  FaultNexusChildResponse as _mayastor_v1_FaultNexusChildResponse,
  FaultNexusChildResponse__Output as _mayastor_v1_FaultNexusChildResponse__Output,
} from './mayastor/v1/FaultNexusChildResponse.js';
import type {
  GetNvmeAnaStateRequest as _mayastor_v1_GetNvmeAnaStateRequest,
  GetNvmeAnaStateRequest__Output as _mayastor_v1_GetNvmeAnaStateRequest__Output,
} from './mayastor/v1/GetNvmeAnaStateRequest.js';
import type {
  GetNvmeAnaStateResponse as _mayastor_v1_GetNvmeAnaStateResponse,
  GetNvmeAnaStateResponse__Output as _mayastor_v1_GetNvmeAnaStateResponse__Output,
} from './mayastor/v1/GetNvmeAnaStateResponse.js';
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
  ListNexusOptions as _mayastor_v1_ListNexusOptions,
  ListNexusOptions__Output as _mayastor_v1_ListNexusOptions__Output,
} from './mayastor/v1/ListNexusOptions.js';
import type {
  ListNexusResponse as _mayastor_v1_ListNexusResponse,
  ListNexusResponse__Output as _mayastor_v1_ListNexusResponse__Output,
} from './mayastor/v1/ListNexusResponse.js';
import type {
  ListPoolOptions as _mayastor_v1_ListPoolOptions,
  ListPoolOptions__Output as _mayastor_v1_ListPoolOptions__Output,
} from './mayastor/v1/ListPoolOptions.js';
import type {
  ListPoolsResponse as _mayastor_v1_ListPoolsResponse,
  ListPoolsResponse__Output as _mayastor_v1_ListPoolsResponse__Output,
} from './mayastor/v1/ListPoolsResponse.js';
import type {
  ListRebuildHistoryRequest as _mayastor_v1_ListRebuildHistoryRequest,
  ListRebuildHistoryRequest__Output as _mayastor_v1_ListRebuildHistoryRequest__Output,
} from './mayastor/v1/ListRebuildHistoryRequest.js';
import type {
  ListRebuildHistoryResponse as _mayastor_v1_ListRebuildHistoryResponse,
  ListRebuildHistoryResponse__Output as _mayastor_v1_ListRebuildHistoryResponse__Output,
} from './mayastor/v1/ListRebuildHistoryResponse.js';
import type {
  ListReplicaOptions as _mayastor_v1_ListReplicaOptions,
  ListReplicaOptions__Output as _mayastor_v1_ListReplicaOptions__Output,
} from './mayastor/v1/ListReplicaOptions.js';
import type {
  ListReplicasResponse as _mayastor_v1_ListReplicasResponse,
  ListReplicasResponse__Output as _mayastor_v1_ListReplicasResponse__Output,
} from './mayastor/v1/ListReplicasResponse.js';
import type {
  ListSnapshotCloneRequest as _mayastor_v1_ListSnapshotCloneRequest,
  ListSnapshotCloneRequest__Output as _mayastor_v1_ListSnapshotCloneRequest__Output,
} from './mayastor/v1/ListSnapshotCloneRequest.js';
import type {
  ListSnapshotCloneResponse as _mayastor_v1_ListSnapshotCloneResponse,
  ListSnapshotCloneResponse__Output as _mayastor_v1_ListSnapshotCloneResponse__Output,
} from './mayastor/v1/ListSnapshotCloneResponse.js';
import type {
  ListSnapshotsRequest as _mayastor_v1_ListSnapshotsRequest,
  ListSnapshotsRequest__Output as _mayastor_v1_ListSnapshotsRequest__Output,
} from './mayastor/v1/ListSnapshotsRequest.js';
import type {
  ListSnapshotsResponse as _mayastor_v1_ListSnapshotsResponse,
  ListSnapshotsResponse__Output as _mayastor_v1_ListSnapshotsResponse__Output,
} from './mayastor/v1/ListSnapshotsResponse.js';
import type {
  MayastorBugFixes as _mayastor_v1_MayastorBugFixes,
  MayastorBugFixes__Output as _mayastor_v1_MayastorBugFixes__Output,
} from './mayastor/v1/MayastorBugFixes.js';
import type {
  MayastorFeatures as _mayastor_v1_MayastorFeatures,
  MayastorFeatures__Output as _mayastor_v1_MayastorFeatures__Output,
} from './mayastor/v1/MayastorFeatures.js';
import type { Nexus as _mayastor_v1_Nexus, Nexus__Output as _mayastor_v1_Nexus__Output } from './mayastor/v1/Nexus.js';
import type {
  NexusCreateSnapshotReplicaDescriptor as _mayastor_v1_NexusCreateSnapshotReplicaDescriptor,
  NexusCreateSnapshotReplicaDescriptor__Output as _mayastor_v1_NexusCreateSnapshotReplicaDescriptor__Output,
} from './mayastor/v1/NexusCreateSnapshotReplicaDescriptor.js';
import type {
  NexusCreateSnapshotReplicaStatus as _mayastor_v1_NexusCreateSnapshotReplicaStatus,
  NexusCreateSnapshotReplicaStatus__Output as _mayastor_v1_NexusCreateSnapshotReplicaStatus__Output,
} from './mayastor/v1/NexusCreateSnapshotReplicaStatus.js';
import type {
  NexusCreateSnapshotRequest as _mayastor_v1_NexusCreateSnapshotRequest,
  NexusCreateSnapshotRequest__Output as _mayastor_v1_NexusCreateSnapshotRequest__Output,
} from './mayastor/v1/NexusCreateSnapshotRequest.js';
import type {
  NexusCreateSnapshotResponse as _mayastor_v1_NexusCreateSnapshotResponse,
  NexusCreateSnapshotResponse__Output as _mayastor_v1_NexusCreateSnapshotResponse__Output,
} from './mayastor/v1/NexusCreateSnapshotResponse.js';
import type {
  NexusRpcClient as _mayastor_v1_NexusRpcClient,
  NexusRpcDefinition as _mayastor_v1_NexusRpcDefinition,
} from './mayastor/v1/NexusRpc.js';
import type {
  PauseRebuildRequest as _mayastor_v1_PauseRebuildRequest,
  PauseRebuildRequest__Output as _mayastor_v1_PauseRebuildRequest__Output,
} from './mayastor/v1/PauseRebuildRequest.js';
import type {
  PauseRebuildResponse as _mayastor_v1_PauseRebuildResponse,
  PauseRebuildResponse__Output as _mayastor_v1_PauseRebuildResponse__Output,
} from './mayastor/v1/PauseRebuildResponse.js';
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
  PublishNexusRequest as _mayastor_v1_PublishNexusRequest,
  PublishNexusRequest__Output as _mayastor_v1_PublishNexusRequest__Output,
} from './mayastor/v1/PublishNexusRequest.js';
import type {
  PublishNexusResponse as _mayastor_v1_PublishNexusResponse,
  PublishNexusResponse__Output as _mayastor_v1_PublishNexusResponse__Output,
} from './mayastor/v1/PublishNexusResponse.js';
import type {
  RebuildHistoryRecord as _mayastor_v1_RebuildHistoryRecord,
  RebuildHistoryRecord__Output as _mayastor_v1_RebuildHistoryRecord__Output,
} from './mayastor/v1/RebuildHistoryRecord.js';
import type {
  RebuildHistoryRequest as _mayastor_v1_RebuildHistoryRequest,
  RebuildHistoryRequest__Output as _mayastor_v1_RebuildHistoryRequest__Output,
} from './mayastor/v1/RebuildHistoryRequest.js';
import type {
  RebuildHistoryResponse as _mayastor_v1_RebuildHistoryResponse,
  RebuildHistoryResponse__Output as _mayastor_v1_RebuildHistoryResponse__Output,
} from './mayastor/v1/RebuildHistoryResponse.js';
import type {
  RebuildStateRequest as _mayastor_v1_RebuildStateRequest,
  RebuildStateRequest__Output as _mayastor_v1_RebuildStateRequest__Output,
} from './mayastor/v1/RebuildStateRequest.js';
import type {
  RebuildStateResponse as _mayastor_v1_RebuildStateResponse,
  RebuildStateResponse__Output as _mayastor_v1_RebuildStateResponse__Output,
} from './mayastor/v1/RebuildStateResponse.js';
import type {
  RebuildStatsRequest as _mayastor_v1_RebuildStatsRequest,
  RebuildStatsRequest__Output as _mayastor_v1_RebuildStatsRequest__Output,
} from './mayastor/v1/RebuildStatsRequest.js';
import type {
  RebuildStatsResponse as _mayastor_v1_RebuildStatsResponse,
  RebuildStatsResponse__Output as _mayastor_v1_RebuildStatsResponse__Output,
} from './mayastor/v1/RebuildStatsResponse.js';
import type {
  RemoveChildNexusRequest as _mayastor_v1_RemoveChildNexusRequest,
  RemoveChildNexusRequest__Output as _mayastor_v1_RemoveChildNexusRequest__Output,
} from './mayastor/v1/RemoveChildNexusRequest.js';
import type {
  RemoveChildNexusResponse as _mayastor_v1_RemoveChildNexusResponse,
  RemoveChildNexusResponse__Output as _mayastor_v1_RemoveChildNexusResponse__Output,
} from './mayastor/v1/RemoveChildNexusResponse.js';
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
  ResizeNexusRequest as _mayastor_v1_ResizeNexusRequest,
  ResizeNexusRequest__Output as _mayastor_v1_ResizeNexusRequest__Output,
} from './mayastor/v1/ResizeNexusRequest.js';
import type {
  ResizeNexusResponse as _mayastor_v1_ResizeNexusResponse,
  ResizeNexusResponse__Output as _mayastor_v1_ResizeNexusResponse__Output,
} from './mayastor/v1/ResizeNexusResponse.js';
import type {
  ResizeReplicaRequest as _mayastor_v1_ResizeReplicaRequest,
  ResizeReplicaRequest__Output as _mayastor_v1_ResizeReplicaRequest__Output,
} from './mayastor/v1/ResizeReplicaRequest.js';
import type {
  ResumeRebuildRequest as _mayastor_v1_ResumeRebuildRequest,
  ResumeRebuildRequest__Output as _mayastor_v1_ResumeRebuildRequest__Output,
} from './mayastor/v1/ResumeRebuildRequest.js';
import type {
  ResumeRebuildResponse as _mayastor_v1_ResumeRebuildResponse,
  ResumeRebuildResponse__Output as _mayastor_v1_ResumeRebuildResponse__Output,
} from './mayastor/v1/ResumeRebuildResponse.js';
import type {
  SetNvmeAnaStateRequest as _mayastor_v1_SetNvmeAnaStateRequest,
  SetNvmeAnaStateRequest__Output as _mayastor_v1_SetNvmeAnaStateRequest__Output,
} from './mayastor/v1/SetNvmeAnaStateRequest.js';
import type {
  SetNvmeAnaStateResponse as _mayastor_v1_SetNvmeAnaStateResponse,
  SetNvmeAnaStateResponse__Output as _mayastor_v1_SetNvmeAnaStateResponse__Output,
} from './mayastor/v1/SetNvmeAnaStateResponse.js';
import type {
  SetReplicaEntityIdRequest as _mayastor_v1_SetReplicaEntityIdRequest,
  SetReplicaEntityIdRequest__Output as _mayastor_v1_SetReplicaEntityIdRequest__Output,
} from './mayastor/v1/SetReplicaEntityIdRequest.js';
import type {
  ShareReplicaRequest as _mayastor_v1_ShareReplicaRequest,
  ShareReplicaRequest__Output as _mayastor_v1_ShareReplicaRequest__Output,
} from './mayastor/v1/ShareReplicaRequest.js';
import type {
  ShutdownNexusRequest as _mayastor_v1_ShutdownNexusRequest,
  ShutdownNexusRequest__Output as _mayastor_v1_ShutdownNexusRequest__Output,
} from './mayastor/v1/ShutdownNexusRequest.js';
import type {
  ShutdownNexusResponse as _mayastor_v1_ShutdownNexusResponse,
  ShutdownNexusResponse__Output as _mayastor_v1_ShutdownNexusResponse__Output,
} from './mayastor/v1/ShutdownNexusResponse.js';
import type {
  SnapshotInfo as _mayastor_v1_SnapshotInfo,
  SnapshotInfo__Output as _mayastor_v1_SnapshotInfo__Output,
} from './mayastor/v1/SnapshotInfo.js';
import type {
  SnapshotRpcClient as _mayastor_v1_SnapshotRpcClient,
  SnapshotRpcDefinition as _mayastor_v1_SnapshotRpcDefinition,
} from './mayastor/v1/SnapshotRpc.js';
import type {
  StartRebuildRequest as _mayastor_v1_StartRebuildRequest,
  StartRebuildRequest__Output as _mayastor_v1_StartRebuildRequest__Output,
} from './mayastor/v1/StartRebuildRequest.js';
import type {
  StartRebuildResponse as _mayastor_v1_StartRebuildResponse,
  StartRebuildResponse__Output as _mayastor_v1_StartRebuildResponse__Output,
} from './mayastor/v1/StartRebuildResponse.js';
import type {
  StopRebuildRequest as _mayastor_v1_StopRebuildRequest,
  StopRebuildRequest__Output as _mayastor_v1_StopRebuildRequest__Output,
} from './mayastor/v1/StopRebuildRequest.js';
import type {
  StopRebuildResponse as _mayastor_v1_StopRebuildResponse,
  StopRebuildResponse__Output as _mayastor_v1_StopRebuildResponse__Output,
} from './mayastor/v1/StopRebuildResponse.js';
import type {
  UnpublishNexusRequest as _mayastor_v1_UnpublishNexusRequest,
  UnpublishNexusRequest__Output as _mayastor_v1_UnpublishNexusRequest__Output,
} from './mayastor/v1/UnpublishNexusRequest.js';
import type {
  UnpublishNexusResponse as _mayastor_v1_UnpublishNexusResponse,
  UnpublishNexusResponse__Output as _mayastor_v1_UnpublishNexusResponse__Output,
} from './mayastor/v1/UnpublishNexusResponse.js';
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
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>;
      UInt32Value: MessageTypeDefinition<_google_protobuf_UInt32Value, _google_protobuf_UInt32Value__Output>;
      UInt64Value: MessageTypeDefinition<_google_protobuf_UInt64Value, _google_protobuf_UInt64Value__Output>;
    };
  };
  mayastor: {
    v1: {
      AddChildNexusRequest: MessageTypeDefinition<
        _mayastor_v1_AddChildNexusRequest,
        _mayastor_v1_AddChildNexusRequest__Output
      >;
      AddChildNexusResponse: MessageTypeDefinition<
        _mayastor_v1_AddChildNexusResponse,
        _mayastor_v1_AddChildNexusResponse__Output
      >;
      Child: MessageTypeDefinition<_mayastor_v1_Child, _mayastor_v1_Child__Output>;
      ChildAction: EnumTypeDefinition;
      ChildOperationRequest: MessageTypeDefinition<
        _mayastor_v1_ChildOperationRequest,
        _mayastor_v1_ChildOperationRequest__Output
      >;
      ChildOperationResponse: MessageTypeDefinition<
        _mayastor_v1_ChildOperationResponse,
        _mayastor_v1_ChildOperationResponse__Output
      >;
      ChildState: EnumTypeDefinition;
      ChildStateReason: EnumTypeDefinition;
      CreateNexusRequest: MessageTypeDefinition<
        _mayastor_v1_CreateNexusRequest,
        _mayastor_v1_CreateNexusRequest__Output
      >;
      CreateNexusResponse: MessageTypeDefinition<
        _mayastor_v1_CreateNexusResponse,
        _mayastor_v1_CreateNexusResponse__Output
      >;
      CreatePoolRequest: MessageTypeDefinition<_mayastor_v1_CreatePoolRequest, _mayastor_v1_CreatePoolRequest__Output>;
      CreateReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_CreateReplicaRequest,
        _mayastor_v1_CreateReplicaRequest__Output
      >;
      CreateReplicaSnapshotRequest: MessageTypeDefinition<
        _mayastor_v1_CreateReplicaSnapshotRequest,
        _mayastor_v1_CreateReplicaSnapshotRequest__Output
      >;
      CreateReplicaSnapshotResponse: MessageTypeDefinition<
        _mayastor_v1_CreateReplicaSnapshotResponse,
        _mayastor_v1_CreateReplicaSnapshotResponse__Output
      >;
      CreateSnapshotCloneRequest: MessageTypeDefinition<
        _mayastor_v1_CreateSnapshotCloneRequest,
        _mayastor_v1_CreateSnapshotCloneRequest__Output
      >;
      DestroyNexusRequest: MessageTypeDefinition<
        _mayastor_v1_DestroyNexusRequest,
        _mayastor_v1_DestroyNexusRequest__Output
      >;
      DestroyPoolRequest: MessageTypeDefinition<
        _mayastor_v1_DestroyPoolRequest,
        _mayastor_v1_DestroyPoolRequest__Output
      >;
      DestroyReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_DestroyReplicaRequest,
        _mayastor_v1_DestroyReplicaRequest__Output
      >;
      DestroySnapshotRequest: MessageTypeDefinition<
        _mayastor_v1_DestroySnapshotRequest,
        _mayastor_v1_DestroySnapshotRequest__Output
      >;
      ExportPoolRequest: MessageTypeDefinition<_mayastor_v1_ExportPoolRequest, _mayastor_v1_ExportPoolRequest__Output>;
      FaultNexusChildRequest: MessageTypeDefinition<
        _mayastor_v1_FaultNexusChildRequest,
        _mayastor_v1_FaultNexusChildRequest__Output
      >;
      FaultNexusChildResponse: MessageTypeDefinition<
        _mayastor_v1_FaultNexusChildResponse,
        _mayastor_v1_FaultNexusChildResponse__Output
      >;
      GetNvmeAnaStateRequest: MessageTypeDefinition<
        _mayastor_v1_GetNvmeAnaStateRequest,
        _mayastor_v1_GetNvmeAnaStateRequest__Output
      >;
      GetNvmeAnaStateResponse: MessageTypeDefinition<
        _mayastor_v1_GetNvmeAnaStateResponse,
        _mayastor_v1_GetNvmeAnaStateResponse__Output
      >;
      GrowPoolRequest: MessageTypeDefinition<_mayastor_v1_GrowPoolRequest, _mayastor_v1_GrowPoolRequest__Output>;
      GrowPoolResponse: MessageTypeDefinition<_mayastor_v1_GrowPoolResponse, _mayastor_v1_GrowPoolResponse__Output>;
      ImportPoolRequest: MessageTypeDefinition<_mayastor_v1_ImportPoolRequest, _mayastor_v1_ImportPoolRequest__Output>;
      ListNexusOptions: MessageTypeDefinition<_mayastor_v1_ListNexusOptions, _mayastor_v1_ListNexusOptions__Output>;
      ListNexusResponse: MessageTypeDefinition<_mayastor_v1_ListNexusResponse, _mayastor_v1_ListNexusResponse__Output>;
      ListPoolOptions: MessageTypeDefinition<_mayastor_v1_ListPoolOptions, _mayastor_v1_ListPoolOptions__Output>;
      ListPoolsResponse: MessageTypeDefinition<_mayastor_v1_ListPoolsResponse, _mayastor_v1_ListPoolsResponse__Output>;
      ListRebuildHistoryRequest: MessageTypeDefinition<
        _mayastor_v1_ListRebuildHistoryRequest,
        _mayastor_v1_ListRebuildHistoryRequest__Output
      >;
      ListRebuildHistoryResponse: MessageTypeDefinition<
        _mayastor_v1_ListRebuildHistoryResponse,
        _mayastor_v1_ListRebuildHistoryResponse__Output
      >;
      ListReplicaOptions: MessageTypeDefinition<
        _mayastor_v1_ListReplicaOptions,
        _mayastor_v1_ListReplicaOptions__Output
      >;
      ListReplicasResponse: MessageTypeDefinition<
        _mayastor_v1_ListReplicasResponse,
        _mayastor_v1_ListReplicasResponse__Output
      >;
      ListSnapshotCloneRequest: MessageTypeDefinition<
        _mayastor_v1_ListSnapshotCloneRequest,
        _mayastor_v1_ListSnapshotCloneRequest__Output
      >;
      ListSnapshotCloneResponse: MessageTypeDefinition<
        _mayastor_v1_ListSnapshotCloneResponse,
        _mayastor_v1_ListSnapshotCloneResponse__Output
      >;
      ListSnapshotsRequest: MessageTypeDefinition<
        _mayastor_v1_ListSnapshotsRequest,
        _mayastor_v1_ListSnapshotsRequest__Output
      >;
      ListSnapshotsResponse: MessageTypeDefinition<
        _mayastor_v1_ListSnapshotsResponse,
        _mayastor_v1_ListSnapshotsResponse__Output
      >;
      MayastorBugFixes: MessageTypeDefinition<_mayastor_v1_MayastorBugFixes, _mayastor_v1_MayastorBugFixes__Output>;
      MayastorFeatures: MessageTypeDefinition<_mayastor_v1_MayastorFeatures, _mayastor_v1_MayastorFeatures__Output>;
      Nexus: MessageTypeDefinition<_mayastor_v1_Nexus, _mayastor_v1_Nexus__Output>;
      NexusCreateSnapshotReplicaDescriptor: MessageTypeDefinition<
        _mayastor_v1_NexusCreateSnapshotReplicaDescriptor,
        _mayastor_v1_NexusCreateSnapshotReplicaDescriptor__Output
      >;
      NexusCreateSnapshotReplicaStatus: MessageTypeDefinition<
        _mayastor_v1_NexusCreateSnapshotReplicaStatus,
        _mayastor_v1_NexusCreateSnapshotReplicaStatus__Output
      >;
      NexusCreateSnapshotRequest: MessageTypeDefinition<
        _mayastor_v1_NexusCreateSnapshotRequest,
        _mayastor_v1_NexusCreateSnapshotRequest__Output
      >;
      NexusCreateSnapshotResponse: MessageTypeDefinition<
        _mayastor_v1_NexusCreateSnapshotResponse,
        _mayastor_v1_NexusCreateSnapshotResponse__Output
      >;
      NexusNvmePreemption: EnumTypeDefinition;
      NexusRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_NexusRpcClient> & {
        service: _mayastor_v1_NexusRpcDefinition;
      };
      NexusState: EnumTypeDefinition;
      NvmeAnaState: EnumTypeDefinition;
      NvmeReservation: EnumTypeDefinition;
      PauseRebuildRequest: MessageTypeDefinition<
        _mayastor_v1_PauseRebuildRequest,
        _mayastor_v1_PauseRebuildRequest__Output
      >;
      PauseRebuildResponse: MessageTypeDefinition<
        _mayastor_v1_PauseRebuildResponse,
        _mayastor_v1_PauseRebuildResponse__Output
      >;
      Pool: MessageTypeDefinition<_mayastor_v1_Pool, _mayastor_v1_Pool__Output>;
      PoolMetadataArgs: MessageTypeDefinition<_mayastor_v1_PoolMetadataArgs, _mayastor_v1_PoolMetadataArgs__Output>;
      PoolMetadataInfo: MessageTypeDefinition<_mayastor_v1_PoolMetadataInfo, _mayastor_v1_PoolMetadataInfo__Output>;
      PoolRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_PoolRpcClient> & {
        service: _mayastor_v1_PoolRpcDefinition;
      };
      PoolState: EnumTypeDefinition;
      PoolType: EnumTypeDefinition;
      PoolTypeValue: MessageTypeDefinition<_mayastor_v1_PoolTypeValue, _mayastor_v1_PoolTypeValue__Output>;
      PublishNexusRequest: MessageTypeDefinition<
        _mayastor_v1_PublishNexusRequest,
        _mayastor_v1_PublishNexusRequest__Output
      >;
      PublishNexusResponse: MessageTypeDefinition<
        _mayastor_v1_PublishNexusResponse,
        _mayastor_v1_PublishNexusResponse__Output
      >;
      RebuildHistoryRecord: MessageTypeDefinition<
        _mayastor_v1_RebuildHistoryRecord,
        _mayastor_v1_RebuildHistoryRecord__Output
      >;
      RebuildHistoryRequest: MessageTypeDefinition<
        _mayastor_v1_RebuildHistoryRequest,
        _mayastor_v1_RebuildHistoryRequest__Output
      >;
      RebuildHistoryResponse: MessageTypeDefinition<
        _mayastor_v1_RebuildHistoryResponse,
        _mayastor_v1_RebuildHistoryResponse__Output
      >;
      RebuildJobState: EnumTypeDefinition;
      RebuildStateRequest: MessageTypeDefinition<
        _mayastor_v1_RebuildStateRequest,
        _mayastor_v1_RebuildStateRequest__Output
      >;
      RebuildStateResponse: MessageTypeDefinition<
        _mayastor_v1_RebuildStateResponse,
        _mayastor_v1_RebuildStateResponse__Output
      >;
      RebuildStatsRequest: MessageTypeDefinition<
        _mayastor_v1_RebuildStatsRequest,
        _mayastor_v1_RebuildStatsRequest__Output
      >;
      RebuildStatsResponse: MessageTypeDefinition<
        _mayastor_v1_RebuildStatsResponse,
        _mayastor_v1_RebuildStatsResponse__Output
      >;
      RemoveChildNexusRequest: MessageTypeDefinition<
        _mayastor_v1_RemoveChildNexusRequest,
        _mayastor_v1_RemoveChildNexusRequest__Output
      >;
      RemoveChildNexusResponse: MessageTypeDefinition<
        _mayastor_v1_RemoveChildNexusResponse,
        _mayastor_v1_RemoveChildNexusResponse__Output
      >;
      Replica: MessageTypeDefinition<_mayastor_v1_Replica, _mayastor_v1_Replica__Output>;
      ReplicaRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_ReplicaRpcClient> & {
        service: _mayastor_v1_ReplicaRpcDefinition;
      };
      ReplicaSpaceUsage: MessageTypeDefinition<_mayastor_v1_ReplicaSpaceUsage, _mayastor_v1_ReplicaSpaceUsage__Output>;
      ResizeNexusRequest: MessageTypeDefinition<
        _mayastor_v1_ResizeNexusRequest,
        _mayastor_v1_ResizeNexusRequest__Output
      >;
      ResizeNexusResponse: MessageTypeDefinition<
        _mayastor_v1_ResizeNexusResponse,
        _mayastor_v1_ResizeNexusResponse__Output
      >;
      ResizeReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_ResizeReplicaRequest,
        _mayastor_v1_ResizeReplicaRequest__Output
      >;
      ResumeRebuildRequest: MessageTypeDefinition<
        _mayastor_v1_ResumeRebuildRequest,
        _mayastor_v1_ResumeRebuildRequest__Output
      >;
      ResumeRebuildResponse: MessageTypeDefinition<
        _mayastor_v1_ResumeRebuildResponse,
        _mayastor_v1_ResumeRebuildResponse__Output
      >;
      SetNvmeAnaStateRequest: MessageTypeDefinition<
        _mayastor_v1_SetNvmeAnaStateRequest,
        _mayastor_v1_SetNvmeAnaStateRequest__Output
      >;
      SetNvmeAnaStateResponse: MessageTypeDefinition<
        _mayastor_v1_SetNvmeAnaStateResponse,
        _mayastor_v1_SetNvmeAnaStateResponse__Output
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
      ShutdownNexusRequest: MessageTypeDefinition<
        _mayastor_v1_ShutdownNexusRequest,
        _mayastor_v1_ShutdownNexusRequest__Output
      >;
      ShutdownNexusResponse: MessageTypeDefinition<
        _mayastor_v1_ShutdownNexusResponse,
        _mayastor_v1_ShutdownNexusResponse__Output
      >;
      SnapshotInfo: MessageTypeDefinition<_mayastor_v1_SnapshotInfo, _mayastor_v1_SnapshotInfo__Output>;
      SnapshotRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_SnapshotRpcClient> & {
        service: _mayastor_v1_SnapshotRpcDefinition;
      };
      StartRebuildRequest: MessageTypeDefinition<
        _mayastor_v1_StartRebuildRequest,
        _mayastor_v1_StartRebuildRequest__Output
      >;
      StartRebuildResponse: MessageTypeDefinition<
        _mayastor_v1_StartRebuildResponse,
        _mayastor_v1_StartRebuildResponse__Output
      >;
      StopRebuildRequest: MessageTypeDefinition<
        _mayastor_v1_StopRebuildRequest,
        _mayastor_v1_StopRebuildRequest__Output
      >;
      StopRebuildResponse: MessageTypeDefinition<
        _mayastor_v1_StopRebuildResponse,
        _mayastor_v1_StopRebuildResponse__Output
      >;
      UnpublishNexusRequest: MessageTypeDefinition<
        _mayastor_v1_UnpublishNexusRequest,
        _mayastor_v1_UnpublishNexusRequest__Output
      >;
      UnpublishNexusResponse: MessageTypeDefinition<
        _mayastor_v1_UnpublishNexusResponse,
        _mayastor_v1_UnpublishNexusResponse__Output
      >;
      UnshareReplicaRequest: MessageTypeDefinition<
        _mayastor_v1_UnshareReplicaRequest,
        _mayastor_v1_UnshareReplicaRequest__Output
      >;
    };
  };
}
