/**
 * Friendly names for the generated io-engine v1 types (libs/io-engine/src/generated,
 * produced by `npm run proto:gen`; never edit those by hand).
 *
 * A message's plain name is the form the control plane handles:
 * - what it sends to an io-engine (requests, e.g. `CreatePoolRequest`) is the
 *   permissive input type: every field optional, 64-bit fields `number | string | Long`,
 *   enums as name or number;
 * - what it receives (resources and responses, e.g. `Pool`, and the Registration
 *   requests it serves) is the decoded `__Output` type: under the loader options
 *   (`defaults: true`) every scalar, enum and repeated field is present, 64-bit
 *   integers are decimal strings, enums are their names, message fields are
 *   `T | null`, and `optional` fields may be absent.
 * The other side (what a server such as the simulator receives or may send) keeps
 * the generated suffixes: `CreatePoolRequest__Output`, `Pool__Input`.
 *
 * Enums are exported as a const object of their names plus a type of the same name
 * (the string union a decoded message carries).
 */
import {
  APIVersion as APIVersionValues,
  type APIVersion as APIVersionInput,
  type APIVersion__Output,
} from './generated/mayastor/v1/APIVersion.js';
import {
  ChildAction as ChildActionValues,
  type ChildAction as ChildActionInput,
  type ChildAction__Output,
} from './generated/mayastor/v1/ChildAction.js';
import {
  ChildState as ChildStateValues,
  type ChildState as ChildStateInput,
  type ChildState__Output,
} from './generated/mayastor/v1/ChildState.js';
import {
  ChildStateReason as ChildStateReasonValues,
  type ChildStateReason as ChildStateReasonInput,
  type ChildStateReason__Output,
} from './generated/mayastor/v1/ChildStateReason.js';
import {
  NexusNvmePreemption as NexusNvmePreemptionValues,
  type NexusNvmePreemption as NexusNvmePreemptionInput,
  type NexusNvmePreemption__Output,
} from './generated/mayastor/v1/NexusNvmePreemption.js';
import {
  NexusState as NexusStateValues,
  type NexusState as NexusStateInput,
  type NexusState__Output,
} from './generated/mayastor/v1/NexusState.js';
import {
  NvmeAnaState as NvmeAnaStateValues,
  type NvmeAnaState as NvmeAnaStateInput,
  type NvmeAnaState__Output,
} from './generated/mayastor/v1/NvmeAnaState.js';
import {
  NvmeControllerState as NvmeControllerStateValues,
  type NvmeControllerState as NvmeControllerStateInput,
  type NvmeControllerState__Output,
} from './generated/mayastor/v1/NvmeControllerState.js';
import {
  NvmeReservation as NvmeReservationValues,
  type NvmeReservation as NvmeReservationInput,
  type NvmeReservation__Output,
} from './generated/mayastor/v1/NvmeReservation.js';
import {
  PoolState as PoolStateValues,
  type PoolState as PoolStateInput,
  type PoolState__Output,
} from './generated/mayastor/v1/PoolState.js';
import {
  PoolType as PoolTypeValues,
  type PoolType as PoolTypeInput,
  type PoolType__Output,
} from './generated/mayastor/v1/PoolType.js';
import {
  RebuildJobState as RebuildJobStateValues,
  type RebuildJobState as RebuildJobStateInput,
  type RebuildJobState__Output,
} from './generated/mayastor/v1/RebuildJobState.js';
import {
  ShareProtocol as ShareProtocolValues,
  type ShareProtocol as ShareProtocolInput,
  type ShareProtocol__Output,
} from './generated/mayastor/v1/ShareProtocol.js';

export type {
  AddChildNexusRequest as AddChildNexusRequest,
  AddChildNexusRequest__Output as AddChildNexusRequest__Output,
} from './generated/mayastor/v1/AddChildNexusRequest.js';
export type {
  AddChildNexusResponse__Output as AddChildNexusResponse,
  AddChildNexusResponse as AddChildNexusResponse__Input,
} from './generated/mayastor/v1/AddChildNexusResponse.js';
export type {
  BackCompatMayastorFeatures__Output as BackCompatMayastorFeatures,
  BackCompatMayastorFeatures as BackCompatMayastorFeatures__Input,
} from './generated/mayastor/v1/BackCompatMayastorFeatures.js';
export type {
  BlockDevice__Output as BlockDevice,
  BlockDevice as BlockDevice__Input,
  _mayastor_v1_BlockDevice_Partition__Output as BlockDevicePartition,
  _mayastor_v1_BlockDevice_Partition as BlockDevicePartition__Input,
  _mayastor_v1_BlockDevice_Filesystem__Output as BlockDeviceFilesystem,
  _mayastor_v1_BlockDevice_Filesystem as BlockDeviceFilesystem__Input,
} from './generated/mayastor/v1/BlockDevice.js';
export type { Child__Output as Child, Child as Child__Input } from './generated/mayastor/v1/Child.js';
export type {
  ChildOperationRequest as ChildOperationRequest,
  ChildOperationRequest__Output as ChildOperationRequest__Output,
} from './generated/mayastor/v1/ChildOperationRequest.js';
export type {
  ChildOperationResponse__Output as ChildOperationResponse,
  ChildOperationResponse as ChildOperationResponse__Input,
} from './generated/mayastor/v1/ChildOperationResponse.js';
export type {
  CreateNexusRequest as CreateNexusRequest,
  CreateNexusRequest__Output as CreateNexusRequest__Output,
} from './generated/mayastor/v1/CreateNexusRequest.js';
export type {
  CreateNexusResponse__Output as CreateNexusResponse,
  CreateNexusResponse as CreateNexusResponse__Input,
} from './generated/mayastor/v1/CreateNexusResponse.js';
export type {
  CreatePoolRequest as CreatePoolRequest,
  CreatePoolRequest__Output as CreatePoolRequest__Output,
} from './generated/mayastor/v1/CreatePoolRequest.js';
export type {
  CreateReplicaRequest as CreateReplicaRequest,
  CreateReplicaRequest__Output as CreateReplicaRequest__Output,
} from './generated/mayastor/v1/CreateReplicaRequest.js';
export type {
  CreateReplicaSnapshotRequest as CreateReplicaSnapshotRequest,
  CreateReplicaSnapshotRequest__Output as CreateReplicaSnapshotRequest__Output,
} from './generated/mayastor/v1/CreateReplicaSnapshotRequest.js';
export type {
  CreateReplicaSnapshotResponse__Output as CreateReplicaSnapshotResponse,
  CreateReplicaSnapshotResponse as CreateReplicaSnapshotResponse__Input,
} from './generated/mayastor/v1/CreateReplicaSnapshotResponse.js';
export type {
  CreateSnapshotCloneRequest as CreateSnapshotCloneRequest,
  CreateSnapshotCloneRequest__Output as CreateSnapshotCloneRequest__Output,
} from './generated/mayastor/v1/CreateSnapshotCloneRequest.js';
export type {
  DeregisterRequest__Output as DeregisterRequest,
  DeregisterRequest as DeregisterRequest__Input,
} from './generated/mayastor/v1/DeregisterRequest.js';
export type {
  DestroyNexusRequest as DestroyNexusRequest,
  DestroyNexusRequest__Output as DestroyNexusRequest__Output,
} from './generated/mayastor/v1/DestroyNexusRequest.js';
export type {
  DestroyPoolRequest as DestroyPoolRequest,
  DestroyPoolRequest__Output as DestroyPoolRequest__Output,
} from './generated/mayastor/v1/DestroyPoolRequest.js';
export type {
  DestroyReplicaRequest as DestroyReplicaRequest,
  DestroyReplicaRequest__Output as DestroyReplicaRequest__Output,
} from './generated/mayastor/v1/DestroyReplicaRequest.js';
export type {
  DestroySnapshotRequest as DestroySnapshotRequest,
  DestroySnapshotRequest__Output as DestroySnapshotRequest__Output,
} from './generated/mayastor/v1/DestroySnapshotRequest.js';
export type {
  ExportPoolRequest as ExportPoolRequest,
  ExportPoolRequest__Output as ExportPoolRequest__Output,
} from './generated/mayastor/v1/ExportPoolRequest.js';
export type {
  FaultNexusChildRequest as FaultNexusChildRequest,
  FaultNexusChildRequest__Output as FaultNexusChildRequest__Output,
} from './generated/mayastor/v1/FaultNexusChildRequest.js';
export type {
  FaultNexusChildResponse__Output as FaultNexusChildResponse,
  FaultNexusChildResponse as FaultNexusChildResponse__Input,
} from './generated/mayastor/v1/FaultNexusChildResponse.js';
export type {
  GetMayastorResourceUsageResponse__Output as GetMayastorResourceUsageResponse,
  GetMayastorResourceUsageResponse as GetMayastorResourceUsageResponse__Input,
} from './generated/mayastor/v1/GetMayastorResourceUsageResponse.js';
export type {
  GetNvmeAnaStateRequest as GetNvmeAnaStateRequest,
  GetNvmeAnaStateRequest__Output as GetNvmeAnaStateRequest__Output,
} from './generated/mayastor/v1/GetNvmeAnaStateRequest.js';
export type {
  GetNvmeAnaStateResponse__Output as GetNvmeAnaStateResponse,
  GetNvmeAnaStateResponse as GetNvmeAnaStateResponse__Input,
} from './generated/mayastor/v1/GetNvmeAnaStateResponse.js';
export type {
  GrowPoolRequest as GrowPoolRequest,
  GrowPoolRequest__Output as GrowPoolRequest__Output,
} from './generated/mayastor/v1/GrowPoolRequest.js';
export type {
  GrowPoolResponse__Output as GrowPoolResponse,
  GrowPoolResponse as GrowPoolResponse__Input,
} from './generated/mayastor/v1/GrowPoolResponse.js';
export type {
  ImportPoolRequest as ImportPoolRequest,
  ImportPoolRequest__Output as ImportPoolRequest__Output,
} from './generated/mayastor/v1/ImportPoolRequest.js';
export type { IoStats__Output as IoStats, IoStats as IoStats__Input } from './generated/mayastor/v1/IoStats.js';
export type {
  ListBlockDevicesRequest as ListBlockDevicesRequest,
  ListBlockDevicesRequest__Output as ListBlockDevicesRequest__Output,
} from './generated/mayastor/v1/ListBlockDevicesRequest.js';
export type {
  ListBlockDevicesResponse__Output as ListBlockDevicesResponse,
  ListBlockDevicesResponse as ListBlockDevicesResponse__Input,
} from './generated/mayastor/v1/ListBlockDevicesResponse.js';
export type {
  ListNexusOptions as ListNexusOptions,
  ListNexusOptions__Output as ListNexusOptions__Output,
} from './generated/mayastor/v1/ListNexusOptions.js';
export type {
  ListNexusResponse__Output as ListNexusResponse,
  ListNexusResponse as ListNexusResponse__Input,
} from './generated/mayastor/v1/ListNexusResponse.js';
export type {
  ListNvmeControllersResponse__Output as ListNvmeControllersResponse,
  ListNvmeControllersResponse as ListNvmeControllersResponse__Input,
} from './generated/mayastor/v1/ListNvmeControllersResponse.js';
export type {
  ListPoolOptions as ListPoolOptions,
  ListPoolOptions__Output as ListPoolOptions__Output,
} from './generated/mayastor/v1/ListPoolOptions.js';
export type {
  ListPoolsResponse__Output as ListPoolsResponse,
  ListPoolsResponse as ListPoolsResponse__Input,
} from './generated/mayastor/v1/ListPoolsResponse.js';
export type {
  ListRebuildHistoryRequest as ListRebuildHistoryRequest,
  ListRebuildHistoryRequest__Output as ListRebuildHistoryRequest__Output,
} from './generated/mayastor/v1/ListRebuildHistoryRequest.js';
export type {
  ListRebuildHistoryResponse__Output as ListRebuildHistoryResponse,
  ListRebuildHistoryResponse as ListRebuildHistoryResponse__Input,
} from './generated/mayastor/v1/ListRebuildHistoryResponse.js';
export type {
  ListReplicaOptions as ListReplicaOptions,
  ListReplicaOptions__Output as ListReplicaOptions__Output,
  _mayastor_v1_ListReplicaOptions_Query as ListReplicaOptionsQuery,
  _mayastor_v1_ListReplicaOptions_Query__Output as ListReplicaOptionsQuery__Output,
} from './generated/mayastor/v1/ListReplicaOptions.js';
export type {
  ListReplicasResponse__Output as ListReplicasResponse,
  ListReplicasResponse as ListReplicasResponse__Input,
} from './generated/mayastor/v1/ListReplicasResponse.js';
export type {
  ListSnapshotCloneRequest as ListSnapshotCloneRequest,
  ListSnapshotCloneRequest__Output as ListSnapshotCloneRequest__Output,
} from './generated/mayastor/v1/ListSnapshotCloneRequest.js';
export type {
  ListSnapshotCloneResponse__Output as ListSnapshotCloneResponse,
  ListSnapshotCloneResponse as ListSnapshotCloneResponse__Input,
} from './generated/mayastor/v1/ListSnapshotCloneResponse.js';
export type {
  ListSnapshotsRequest as ListSnapshotsRequest,
  ListSnapshotsRequest__Output as ListSnapshotsRequest__Output,
  _mayastor_v1_ListSnapshotsRequest_Query as ListSnapshotsRequestQuery,
  _mayastor_v1_ListSnapshotsRequest_Query__Output as ListSnapshotsRequestQuery__Output,
} from './generated/mayastor/v1/ListSnapshotsRequest.js';
export type {
  ListSnapshotsResponse__Output as ListSnapshotsResponse,
  ListSnapshotsResponse as ListSnapshotsResponse__Input,
} from './generated/mayastor/v1/ListSnapshotsResponse.js';
export type {
  ListStatsOption as ListStatsOption,
  ListStatsOption__Output as ListStatsOption__Output,
} from './generated/mayastor/v1/ListStatsOption.js';
export type {
  MayastorBugFixes__Output as MayastorBugFixes,
  MayastorBugFixes as MayastorBugFixes__Input,
} from './generated/mayastor/v1/MayastorBugFixes.js';
export type {
  MayastorFeatures__Output as MayastorFeatures,
  MayastorFeatures as MayastorFeatures__Input,
} from './generated/mayastor/v1/MayastorFeatures.js';
export type {
  MayastorInfoResponse__Output as MayastorInfoResponse,
  MayastorInfoResponse as MayastorInfoResponse__Input,
} from './generated/mayastor/v1/MayastorInfoResponse.js';
export type { Nexus__Output as Nexus, Nexus as Nexus__Input } from './generated/mayastor/v1/Nexus.js';
export type {
  NexusCreateSnapshotReplicaDescriptor as NexusCreateSnapshotReplicaDescriptor,
  NexusCreateSnapshotReplicaDescriptor__Output as NexusCreateSnapshotReplicaDescriptor__Output,
} from './generated/mayastor/v1/NexusCreateSnapshotReplicaDescriptor.js';
export type {
  NexusCreateSnapshotReplicaStatus__Output as NexusCreateSnapshotReplicaStatus,
  NexusCreateSnapshotReplicaStatus as NexusCreateSnapshotReplicaStatus__Input,
} from './generated/mayastor/v1/NexusCreateSnapshotReplicaStatus.js';
export type {
  NexusCreateSnapshotRequest as NexusCreateSnapshotRequest,
  NexusCreateSnapshotRequest__Output as NexusCreateSnapshotRequest__Output,
} from './generated/mayastor/v1/NexusCreateSnapshotRequest.js';
export type {
  NexusCreateSnapshotResponse__Output as NexusCreateSnapshotResponse,
  NexusCreateSnapshotResponse as NexusCreateSnapshotResponse__Input,
} from './generated/mayastor/v1/NexusCreateSnapshotResponse.js';
export type {
  NexusIoStatsResponse__Output as NexusIoStatsResponse,
  NexusIoStatsResponse as NexusIoStatsResponse__Input,
} from './generated/mayastor/v1/NexusIoStatsResponse.js';
export type {
  NvmeController__Output as NvmeController,
  NvmeController as NvmeController__Input,
} from './generated/mayastor/v1/NvmeController.js';
export type {
  NvmeControllerIoStats__Output as NvmeControllerIoStats,
  NvmeControllerIoStats as NvmeControllerIoStats__Input,
} from './generated/mayastor/v1/NvmeControllerIoStats.js';
export type {
  PauseRebuildRequest as PauseRebuildRequest,
  PauseRebuildRequest__Output as PauseRebuildRequest__Output,
} from './generated/mayastor/v1/PauseRebuildRequest.js';
export type {
  PauseRebuildResponse__Output as PauseRebuildResponse,
  PauseRebuildResponse as PauseRebuildResponse__Input,
} from './generated/mayastor/v1/PauseRebuildResponse.js';
export type { Pool__Output as Pool, Pool as Pool__Input } from './generated/mayastor/v1/Pool.js';
export type {
  PoolIoStatsResponse__Output as PoolIoStatsResponse,
  PoolIoStatsResponse as PoolIoStatsResponse__Input,
} from './generated/mayastor/v1/PoolIoStatsResponse.js';
export type {
  PoolMetadataArgs as PoolMetadataArgs,
  PoolMetadataArgs__Output as PoolMetadataArgs__Output,
} from './generated/mayastor/v1/PoolMetadataArgs.js';
export type {
  PoolMetadataInfo__Output as PoolMetadataInfo,
  PoolMetadataInfo as PoolMetadataInfo__Input,
} from './generated/mayastor/v1/PoolMetadataInfo.js';
export type {
  PoolTypeValue as PoolTypeValue,
  PoolTypeValue__Output as PoolTypeValue__Output,
} from './generated/mayastor/v1/PoolTypeValue.js';
export type {
  PublishNexusRequest as PublishNexusRequest,
  PublishNexusRequest__Output as PublishNexusRequest__Output,
} from './generated/mayastor/v1/PublishNexusRequest.js';
export type {
  PublishNexusResponse__Output as PublishNexusResponse,
  PublishNexusResponse as PublishNexusResponse__Input,
} from './generated/mayastor/v1/PublishNexusResponse.js';
export type {
  RebuildHistoryRecord__Output as RebuildHistoryRecord,
  RebuildHistoryRecord as RebuildHistoryRecord__Input,
} from './generated/mayastor/v1/RebuildHistoryRecord.js';
export type {
  RebuildHistoryRequest as RebuildHistoryRequest,
  RebuildHistoryRequest__Output as RebuildHistoryRequest__Output,
} from './generated/mayastor/v1/RebuildHistoryRequest.js';
export type {
  RebuildHistoryResponse__Output as RebuildHistoryResponse,
  RebuildHistoryResponse as RebuildHistoryResponse__Input,
} from './generated/mayastor/v1/RebuildHistoryResponse.js';
export type {
  RebuildStateRequest as RebuildStateRequest,
  RebuildStateRequest__Output as RebuildStateRequest__Output,
} from './generated/mayastor/v1/RebuildStateRequest.js';
export type {
  RebuildStateResponse__Output as RebuildStateResponse,
  RebuildStateResponse as RebuildStateResponse__Input,
} from './generated/mayastor/v1/RebuildStateResponse.js';
export type {
  RebuildStatsRequest as RebuildStatsRequest,
  RebuildStatsRequest__Output as RebuildStatsRequest__Output,
} from './generated/mayastor/v1/RebuildStatsRequest.js';
export type {
  RebuildStatsResponse__Output as RebuildStatsResponse,
  RebuildStatsResponse as RebuildStatsResponse__Input,
} from './generated/mayastor/v1/RebuildStatsResponse.js';
export type {
  RegisterRequest__Output as RegisterRequest,
  RegisterRequest as RegisterRequest__Input,
} from './generated/mayastor/v1/RegisterRequest.js';
export type {
  RemoveChildNexusRequest as RemoveChildNexusRequest,
  RemoveChildNexusRequest__Output as RemoveChildNexusRequest__Output,
} from './generated/mayastor/v1/RemoveChildNexusRequest.js';
export type {
  RemoveChildNexusResponse__Output as RemoveChildNexusResponse,
  RemoveChildNexusResponse as RemoveChildNexusResponse__Input,
} from './generated/mayastor/v1/RemoveChildNexusResponse.js';
export type { Replica__Output as Replica, Replica as Replica__Input } from './generated/mayastor/v1/Replica.js';
export type {
  ReplicaIoStats__Output as ReplicaIoStats,
  ReplicaIoStats as ReplicaIoStats__Input,
} from './generated/mayastor/v1/ReplicaIoStats.js';
export type {
  ReplicaIoStatsResponse__Output as ReplicaIoStatsResponse,
  ReplicaIoStatsResponse as ReplicaIoStatsResponse__Input,
} from './generated/mayastor/v1/ReplicaIoStatsResponse.js';
export type {
  ReplicaSpaceUsage__Output as ReplicaSpaceUsage,
  ReplicaSpaceUsage as ReplicaSpaceUsage__Input,
} from './generated/mayastor/v1/ReplicaSpaceUsage.js';
export type {
  ResizeNexusRequest as ResizeNexusRequest,
  ResizeNexusRequest__Output as ResizeNexusRequest__Output,
} from './generated/mayastor/v1/ResizeNexusRequest.js';
export type {
  ResizeNexusResponse__Output as ResizeNexusResponse,
  ResizeNexusResponse as ResizeNexusResponse__Input,
} from './generated/mayastor/v1/ResizeNexusResponse.js';
export type {
  ResizeReplicaRequest as ResizeReplicaRequest,
  ResizeReplicaRequest__Output as ResizeReplicaRequest__Output,
} from './generated/mayastor/v1/ResizeReplicaRequest.js';
export type {
  ResourceUsage__Output as ResourceUsage,
  ResourceUsage as ResourceUsage__Input,
} from './generated/mayastor/v1/ResourceUsage.js';
export type {
  ResumeRebuildRequest as ResumeRebuildRequest,
  ResumeRebuildRequest__Output as ResumeRebuildRequest__Output,
} from './generated/mayastor/v1/ResumeRebuildRequest.js';
export type {
  ResumeRebuildResponse__Output as ResumeRebuildResponse,
  ResumeRebuildResponse as ResumeRebuildResponse__Input,
} from './generated/mayastor/v1/ResumeRebuildResponse.js';
export type {
  SetNvmeAnaStateRequest as SetNvmeAnaStateRequest,
  SetNvmeAnaStateRequest__Output as SetNvmeAnaStateRequest__Output,
} from './generated/mayastor/v1/SetNvmeAnaStateRequest.js';
export type {
  SetNvmeAnaStateResponse__Output as SetNvmeAnaStateResponse,
  SetNvmeAnaStateResponse as SetNvmeAnaStateResponse__Input,
} from './generated/mayastor/v1/SetNvmeAnaStateResponse.js';
export type {
  SetReplicaEntityIdRequest as SetReplicaEntityIdRequest,
  SetReplicaEntityIdRequest__Output as SetReplicaEntityIdRequest__Output,
} from './generated/mayastor/v1/SetReplicaEntityIdRequest.js';
export type {
  ShareReplicaRequest as ShareReplicaRequest,
  ShareReplicaRequest__Output as ShareReplicaRequest__Output,
} from './generated/mayastor/v1/ShareReplicaRequest.js';
export type {
  ShutdownNexusRequest as ShutdownNexusRequest,
  ShutdownNexusRequest__Output as ShutdownNexusRequest__Output,
} from './generated/mayastor/v1/ShutdownNexusRequest.js';
export type {
  ShutdownNexusResponse__Output as ShutdownNexusResponse,
  ShutdownNexusResponse as ShutdownNexusResponse__Input,
} from './generated/mayastor/v1/ShutdownNexusResponse.js';
export type {
  SnapshotInfo__Output as SnapshotInfo,
  SnapshotInfo as SnapshotInfo__Input,
} from './generated/mayastor/v1/SnapshotInfo.js';
export type {
  StartRebuildRequest as StartRebuildRequest,
  StartRebuildRequest__Output as StartRebuildRequest__Output,
} from './generated/mayastor/v1/StartRebuildRequest.js';
export type {
  StartRebuildResponse__Output as StartRebuildResponse,
  StartRebuildResponse as StartRebuildResponse__Input,
} from './generated/mayastor/v1/StartRebuildResponse.js';
export type {
  StatNvmeControllerRequest as StatNvmeControllerRequest,
  StatNvmeControllerRequest__Output as StatNvmeControllerRequest__Output,
} from './generated/mayastor/v1/StatNvmeControllerRequest.js';
export type {
  StatNvmeControllerResponse__Output as StatNvmeControllerResponse,
  StatNvmeControllerResponse as StatNvmeControllerResponse__Input,
} from './generated/mayastor/v1/StatNvmeControllerResponse.js';
export type {
  StopRebuildRequest as StopRebuildRequest,
  StopRebuildRequest__Output as StopRebuildRequest__Output,
} from './generated/mayastor/v1/StopRebuildRequest.js';
export type {
  StopRebuildResponse__Output as StopRebuildResponse,
  StopRebuildResponse as StopRebuildResponse__Input,
} from './generated/mayastor/v1/StopRebuildResponse.js';
export type {
  UnpublishNexusRequest as UnpublishNexusRequest,
  UnpublishNexusRequest__Output as UnpublishNexusRequest__Output,
} from './generated/mayastor/v1/UnpublishNexusRequest.js';
export type {
  UnpublishNexusResponse__Output as UnpublishNexusResponse,
  UnpublishNexusResponse as UnpublishNexusResponse__Input,
} from './generated/mayastor/v1/UnpublishNexusResponse.js';
export type {
  UnshareReplicaRequest as UnshareReplicaRequest,
  UnshareReplicaRequest__Output as UnshareReplicaRequest__Output,
} from './generated/mayastor/v1/UnshareReplicaRequest.js';
export type { PoolRpcClient, PoolRpcDefinition, PoolRpcHandlers } from './generated/mayastor/v1/PoolRpc.js';
export type { ReplicaRpcClient, ReplicaRpcDefinition, ReplicaRpcHandlers } from './generated/mayastor/v1/ReplicaRpc.js';
export type { NexusRpcClient, NexusRpcDefinition, NexusRpcHandlers } from './generated/mayastor/v1/NexusRpc.js';
export type { HostRpcClient, HostRpcDefinition, HostRpcHandlers } from './generated/mayastor/v1/HostRpc.js';
export type {
  SnapshotRpcClient,
  SnapshotRpcDefinition,
  SnapshotRpcHandlers,
} from './generated/mayastor/v1/SnapshotRpc.js';
export type { StatsRpcClient, StatsRpcDefinition, StatsRpcHandlers } from './generated/mayastor/v1/StatsRpc.js';
export type {
  RegistrationClient,
  RegistrationDefinition,
  RegistrationHandlers,
} from './generated/mayastor/v1/Registration.js';
export type { Empty } from './generated/google/protobuf/Empty.js';
export type { StringValue, StringValue__Output } from './generated/google/protobuf/StringValue.js';
export type {
  Timestamp__Output as Timestamp,
  Timestamp as Timestamp__Input,
} from './generated/google/protobuf/Timestamp.js';

export const APIVersion = APIVersionValues;
export type APIVersion = APIVersion__Output;
/** Also accepts the enum's number, as requests may. */
export type APIVersion__Input = APIVersionInput;

export const ChildAction = ChildActionValues;
export type ChildAction = ChildAction__Output;
/** Also accepts the enum's number, as requests may. */
export type ChildAction__Input = ChildActionInput;

export const ChildState = ChildStateValues;
export type ChildState = ChildState__Output;
/** Also accepts the enum's number, as requests may. */
export type ChildState__Input = ChildStateInput;

export const ChildStateReason = ChildStateReasonValues;
export type ChildStateReason = ChildStateReason__Output;
/** Also accepts the enum's number, as requests may. */
export type ChildStateReason__Input = ChildStateReasonInput;

export const NexusNvmePreemption = NexusNvmePreemptionValues;
export type NexusNvmePreemption = NexusNvmePreemption__Output;
/** Also accepts the enum's number, as requests may. */
export type NexusNvmePreemption__Input = NexusNvmePreemptionInput;

export const NexusState = NexusStateValues;
export type NexusState = NexusState__Output;
/** Also accepts the enum's number, as requests may. */
export type NexusState__Input = NexusStateInput;

export const NvmeAnaState = NvmeAnaStateValues;
export type NvmeAnaState = NvmeAnaState__Output;
/** Also accepts the enum's number, as requests may. */
export type NvmeAnaState__Input = NvmeAnaStateInput;

export const NvmeControllerState = NvmeControllerStateValues;
export type NvmeControllerState = NvmeControllerState__Output;
/** Also accepts the enum's number, as requests may. */
export type NvmeControllerState__Input = NvmeControllerStateInput;

export const NvmeReservation = NvmeReservationValues;
export type NvmeReservation = NvmeReservation__Output;
/** Also accepts the enum's number, as requests may. */
export type NvmeReservation__Input = NvmeReservationInput;

export const PoolState = PoolStateValues;
export type PoolState = PoolState__Output;
/** Also accepts the enum's number, as requests may. */
export type PoolState__Input = PoolStateInput;

export const PoolType = PoolTypeValues;
export type PoolType = PoolType__Output;
/** Also accepts the enum's number, as requests may. */
export type PoolType__Input = PoolTypeInput;

export const RebuildJobState = RebuildJobStateValues;
export type RebuildJobState = RebuildJobState__Output;
/** Also accepts the enum's number, as requests may. */
export type RebuildJobState__Input = RebuildJobStateInput;

export const ShareProtocol = ShareProtocolValues;
export type ShareProtocol = ShareProtocol__Output;
/** Also accepts the enum's number, as requests may. */
export type ShareProtocol__Input = ShareProtocolInput;
