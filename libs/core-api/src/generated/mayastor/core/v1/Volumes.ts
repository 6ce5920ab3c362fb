// Original file: proto/core/v1/core.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  CreateVolumeRequest as _mayastor_core_v1_CreateVolumeRequest,
  CreateVolumeRequest__Output as _mayastor_core_v1_CreateVolumeRequest__Output,
} from '../../../mayastor/core/v1/CreateVolumeRequest.js';
import type {
  DestroyVolumeRequest as _mayastor_core_v1_DestroyVolumeRequest,
  DestroyVolumeRequest__Output as _mayastor_core_v1_DestroyVolumeRequest__Output,
} from '../../../mayastor/core/v1/DestroyVolumeRequest.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from '../../../google/protobuf/Empty.js';
import type {
  GetRebuildHistoryRequest as _mayastor_core_v1_GetRebuildHistoryRequest,
  GetRebuildHistoryRequest__Output as _mayastor_core_v1_GetRebuildHistoryRequest__Output,
} from '../../../mayastor/core/v1/GetRebuildHistoryRequest.js';
import type {
  GetVolumeRequest as _mayastor_core_v1_GetVolumeRequest,
  GetVolumeRequest__Output as _mayastor_core_v1_GetVolumeRequest__Output,
} from '../../../mayastor/core/v1/GetVolumeRequest.js';
import type {
  ListVolumesRequest as _mayastor_core_v1_ListVolumesRequest,
  ListVolumesRequest__Output as _mayastor_core_v1_ListVolumesRequest__Output,
} from '../../../mayastor/core/v1/ListVolumesRequest.js';
import type {
  PublishVolumeRequest as _mayastor_core_v1_PublishVolumeRequest,
  PublishVolumeRequest__Output as _mayastor_core_v1_PublishVolumeRequest__Output,
} from '../../../mayastor/core/v1/PublishVolumeRequest.js';
import type {
  RebuildHistory as _mayastor_core_v1_RebuildHistory,
  RebuildHistory__Output as _mayastor_core_v1_RebuildHistory__Output,
} from '../../../mayastor/core/v1/RebuildHistory.js';
import type {
  ResizeVolumeRequest as _mayastor_core_v1_ResizeVolumeRequest,
  ResizeVolumeRequest__Output as _mayastor_core_v1_ResizeVolumeRequest__Output,
} from '../../../mayastor/core/v1/ResizeVolumeRequest.js';
import type {
  SetVolumePropertyRequest as _mayastor_core_v1_SetVolumePropertyRequest,
  SetVolumePropertyRequest__Output as _mayastor_core_v1_SetVolumePropertyRequest__Output,
} from '../../../mayastor/core/v1/SetVolumePropertyRequest.js';
import type {
  SetVolumeReplicasRequest as _mayastor_core_v1_SetVolumeReplicasRequest,
  SetVolumeReplicasRequest__Output as _mayastor_core_v1_SetVolumeReplicasRequest__Output,
} from '../../../mayastor/core/v1/SetVolumeReplicasRequest.js';
import type {
  ShareVolumeRequest as _mayastor_core_v1_ShareVolumeRequest,
  ShareVolumeRequest__Output as _mayastor_core_v1_ShareVolumeRequest__Output,
} from '../../../mayastor/core/v1/ShareVolumeRequest.js';
import type {
  ShutdownTargetsRequest as _mayastor_core_v1_ShutdownTargetsRequest,
  ShutdownTargetsRequest__Output as _mayastor_core_v1_ShutdownTargetsRequest__Output,
} from '../../../mayastor/core/v1/ShutdownTargetsRequest.js';
import type {
  UnpublishVolumeRequest as _mayastor_core_v1_UnpublishVolumeRequest,
  UnpublishVolumeRequest__Output as _mayastor_core_v1_UnpublishVolumeRequest__Output,
} from '../../../mayastor/core/v1/UnpublishVolumeRequest.js';
import type {
  Volume as _mayastor_core_v1_Volume,
  Volume__Output as _mayastor_core_v1_Volume__Output,
} from '../../../mayastor/core/v1/Volume.js';
import type {
  VolumeList as _mayastor_core_v1_VolumeList,
  VolumeList__Output as _mayastor_core_v1_VolumeList__Output,
} from '../../../mayastor/core/v1/VolumeList.js';

export interface VolumesClient extends grpc.Client {
  CreateVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  CreateVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  CreateVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  CreateVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  createVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  createVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  createVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  createVolume(
    argument: _mayastor_core_v1_CreateVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  DestroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  DestroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  destroyVolume(
    argument: _mayastor_core_v1_DestroyVolumeRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  GetRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;
  GetRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;
  GetRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;
  GetRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;
  getRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;
  getRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;
  getRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;
  getRebuildHistory(
    argument: _mayastor_core_v1_GetRebuildHistoryRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_RebuildHistory__Output>,
  ): grpc.ClientUnaryCall;

  GetVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  GetVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  GetVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  GetVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  getVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  getVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  getVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  getVolume(
    argument: _mayastor_core_v1_GetVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  ListVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;
  ListVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;
  ListVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;
  ListVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;
  listVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;
  listVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;
  listVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;
  listVolumes(
    argument: _mayastor_core_v1_ListVolumesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_VolumeList__Output>,
  ): grpc.ClientUnaryCall;

  PublishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  PublishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  PublishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  PublishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  publishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  publishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  publishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  publishVolume(
    argument: _mayastor_core_v1_PublishVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  ResizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  ResizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  ResizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  ResizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  resizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  resizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  resizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  resizeVolume(
    argument: _mayastor_core_v1_ResizeVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  SetVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  SetVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  SetVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  SetVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeProperty(
    argument: _mayastor_core_v1_SetVolumePropertyRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  SetVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  SetVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  SetVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  SetVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  setVolumeReplicas(
    argument: _mayastor_core_v1_SetVolumeReplicasRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  ShareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  ShareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  ShareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  ShareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  shareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  shareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  shareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  shareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  ShutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  ShutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  ShutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  ShutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  shutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  shutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  shutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;
  shutdownTargets(
    argument: _mayastor_core_v1_ShutdownTargetsRequest,
    callback: grpc.requestCallback<_google_protobuf_Empty__Output>,
  ): grpc.ClientUnaryCall;

  UnpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  UnpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  UnpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  UnpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unpublishVolume(
    argument: _mayastor_core_v1_UnpublishVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;

  UnshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  UnshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  UnshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  UnshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
  unshareVolume(
    argument: _mayastor_core_v1_ShareVolumeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Volume__Output>,
  ): grpc.ClientUnaryCall;
}

export interface VolumesHandlers extends grpc.UntypedServiceImplementation {
  CreateVolume: grpc.handleUnaryCall<_mayastor_core_v1_CreateVolumeRequest__Output, _mayastor_core_v1_Volume>;

  DestroyVolume: grpc.handleUnaryCall<_mayastor_core_v1_DestroyVolumeRequest__Output, _google_protobuf_Empty>;

  GetRebuildHistory: grpc.handleUnaryCall<
    _mayastor_core_v1_GetRebuildHistoryRequest__Output,
    _mayastor_core_v1_RebuildHistory
  >;

  GetVolume: grpc.handleUnaryCall<_mayastor_core_v1_GetVolumeRequest__Output, _mayastor_core_v1_Volume>;

  ListVolumes: grpc.handleUnaryCall<_mayastor_core_v1_ListVolumesRequest__Output, _mayastor_core_v1_VolumeList>;

  PublishVolume: grpc.handleUnaryCall<_mayastor_core_v1_PublishVolumeRequest__Output, _mayastor_core_v1_Volume>;

  ResizeVolume: grpc.handleUnaryCall<_mayastor_core_v1_ResizeVolumeRequest__Output, _mayastor_core_v1_Volume>;

  SetVolumeProperty: grpc.handleUnaryCall<_mayastor_core_v1_SetVolumePropertyRequest__Output, _mayastor_core_v1_Volume>;

  SetVolumeReplicas: grpc.handleUnaryCall<_mayastor_core_v1_SetVolumeReplicasRequest__Output, _mayastor_core_v1_Volume>;

  ShareVolume: grpc.handleUnaryCall<_mayastor_core_v1_ShareVolumeRequest__Output, _mayastor_core_v1_Volume>;

  ShutdownTargets: grpc.handleUnaryCall<_mayastor_core_v1_ShutdownTargetsRequest__Output, _google_protobuf_Empty>;

  UnpublishVolume: grpc.handleUnaryCall<_mayastor_core_v1_UnpublishVolumeRequest__Output, _mayastor_core_v1_Volume>;

  UnshareVolume: grpc.handleUnaryCall<_mayastor_core_v1_ShareVolumeRequest__Output, _mayastor_core_v1_Volume>;
}

export interface VolumesDefinition extends grpc.ServiceDefinition {
  CreateVolume: MethodDefinition<
    _mayastor_core_v1_CreateVolumeRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_CreateVolumeRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  DestroyVolume: MethodDefinition<
    _mayastor_core_v1_DestroyVolumeRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_DestroyVolumeRequest__Output,
    _google_protobuf_Empty__Output
  >;
  GetRebuildHistory: MethodDefinition<
    _mayastor_core_v1_GetRebuildHistoryRequest,
    _mayastor_core_v1_RebuildHistory,
    _mayastor_core_v1_GetRebuildHistoryRequest__Output,
    _mayastor_core_v1_RebuildHistory__Output
  >;
  GetVolume: MethodDefinition<
    _mayastor_core_v1_GetVolumeRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_GetVolumeRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  ListVolumes: MethodDefinition<
    _mayastor_core_v1_ListVolumesRequest,
    _mayastor_core_v1_VolumeList,
    _mayastor_core_v1_ListVolumesRequest__Output,
    _mayastor_core_v1_VolumeList__Output
  >;
  PublishVolume: MethodDefinition<
    _mayastor_core_v1_PublishVolumeRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_PublishVolumeRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  ResizeVolume: MethodDefinition<
    _mayastor_core_v1_ResizeVolumeRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_ResizeVolumeRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  SetVolumeProperty: MethodDefinition<
    _mayastor_core_v1_SetVolumePropertyRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_SetVolumePropertyRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  SetVolumeReplicas: MethodDefinition<
    _mayastor_core_v1_SetVolumeReplicasRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_SetVolumeReplicasRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  ShareVolume: MethodDefinition<
    _mayastor_core_v1_ShareVolumeRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_ShareVolumeRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  ShutdownTargets: MethodDefinition<
    _mayastor_core_v1_ShutdownTargetsRequest,
    _google_protobuf_Empty,
    _mayastor_core_v1_ShutdownTargetsRequest__Output,
    _google_protobuf_Empty__Output
  >;
  UnpublishVolume: MethodDefinition<
    _mayastor_core_v1_UnpublishVolumeRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_UnpublishVolumeRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
  UnshareVolume: MethodDefinition<
    _mayastor_core_v1_ShareVolumeRequest,
    _mayastor_core_v1_Volume,
    _mayastor_core_v1_ShareVolumeRequest__Output,
    _mayastor_core_v1_Volume__Output
  >;
}
