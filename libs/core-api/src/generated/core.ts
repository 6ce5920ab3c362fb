import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from './google/protobuf/Empty.js';
import type {
  AppNode as _mayastor_core_v1_AppNode,
  AppNode__Output as _mayastor_core_v1_AppNode__Output,
} from './mayastor/core/v1/AppNode.js';
import type {
  AppNodeList as _mayastor_core_v1_AppNodeList,
  AppNodeList__Output as _mayastor_core_v1_AppNodeList__Output,
} from './mayastor/core/v1/AppNodeList.js';
import type {
  AppNodeRequest as _mayastor_core_v1_AppNodeRequest,
  AppNodeRequest__Output as _mayastor_core_v1_AppNodeRequest__Output,
} from './mayastor/core/v1/AppNodeRequest.js';
import type {
  AppNodeSpec as _mayastor_core_v1_AppNodeSpec,
  AppNodeSpec__Output as _mayastor_core_v1_AppNodeSpec__Output,
} from './mayastor/core/v1/AppNodeSpec.js';
import type {
  AppNodeState as _mayastor_core_v1_AppNodeState,
  AppNodeState__Output as _mayastor_core_v1_AppNodeState__Output,
} from './mayastor/core/v1/AppNodeState.js';
import type {
  AppNodesClient as _mayastor_core_v1_AppNodesClient,
  AppNodesDefinition as _mayastor_core_v1_AppNodesDefinition,
} from './mayastor/core/v1/AppNodes.js';
import type {
  BlockDevice as _mayastor_core_v1_BlockDevice,
  BlockDevice__Output as _mayastor_core_v1_BlockDevice__Output,
} from './mayastor/core/v1/BlockDevice.js';
import type {
  BlockDeviceFilesystem as _mayastor_core_v1_BlockDeviceFilesystem,
  BlockDeviceFilesystem__Output as _mayastor_core_v1_BlockDeviceFilesystem__Output,
} from './mayastor/core/v1/BlockDeviceFilesystem.js';
import type {
  BlockDeviceList as _mayastor_core_v1_BlockDeviceList,
  BlockDeviceList__Output as _mayastor_core_v1_BlockDeviceList__Output,
} from './mayastor/core/v1/BlockDeviceList.js';
import type {
  CordonNodeRequest as _mayastor_core_v1_CordonNodeRequest,
  CordonNodeRequest__Output as _mayastor_core_v1_CordonNodeRequest__Output,
} from './mayastor/core/v1/CordonNodeRequest.js';
import type {
  CreateNexusRequest as _mayastor_core_v1_CreateNexusRequest,
  CreateNexusRequest__Output as _mayastor_core_v1_CreateNexusRequest__Output,
} from './mayastor/core/v1/CreateNexusRequest.js';
import type {
  CreatePoolRequest as _mayastor_core_v1_CreatePoolRequest,
  CreatePoolRequest__Output as _mayastor_core_v1_CreatePoolRequest__Output,
} from './mayastor/core/v1/CreatePoolRequest.js';
import type {
  CreateReplicaRequest as _mayastor_core_v1_CreateReplicaRequest,
  CreateReplicaRequest__Output as _mayastor_core_v1_CreateReplicaRequest__Output,
} from './mayastor/core/v1/CreateReplicaRequest.js';
import type {
  CreateVolumeRequest as _mayastor_core_v1_CreateVolumeRequest,
  CreateVolumeRequest__Output as _mayastor_core_v1_CreateVolumeRequest__Output,
} from './mayastor/core/v1/CreateVolumeRequest.js';
import type {
  DestroyNexusRequest as _mayastor_core_v1_DestroyNexusRequest,
  DestroyNexusRequest__Output as _mayastor_core_v1_DestroyNexusRequest__Output,
} from './mayastor/core/v1/DestroyNexusRequest.js';
import type {
  DestroyPoolRequest as _mayastor_core_v1_DestroyPoolRequest,
  DestroyPoolRequest__Output as _mayastor_core_v1_DestroyPoolRequest__Output,
} from './mayastor/core/v1/DestroyPoolRequest.js';
import type {
  DestroyReplicaRequest as _mayastor_core_v1_DestroyReplicaRequest,
  DestroyReplicaRequest__Output as _mayastor_core_v1_DestroyReplicaRequest__Output,
} from './mayastor/core/v1/DestroyReplicaRequest.js';
import type {
  DestroyVolumeRequest as _mayastor_core_v1_DestroyVolumeRequest,
  DestroyVolumeRequest__Output as _mayastor_core_v1_DestroyVolumeRequest__Output,
} from './mayastor/core/v1/DestroyVolumeRequest.js';
import type {
  GetNexusRequest as _mayastor_core_v1_GetNexusRequest,
  GetNexusRequest__Output as _mayastor_core_v1_GetNexusRequest__Output,
} from './mayastor/core/v1/GetNexusRequest.js';
import type {
  GetNodeRequest as _mayastor_core_v1_GetNodeRequest,
  GetNodeRequest__Output as _mayastor_core_v1_GetNodeRequest__Output,
} from './mayastor/core/v1/GetNodeRequest.js';
import type {
  GetPoolRequest as _mayastor_core_v1_GetPoolRequest,
  GetPoolRequest__Output as _mayastor_core_v1_GetPoolRequest__Output,
} from './mayastor/core/v1/GetPoolRequest.js';
import type {
  GetRebuildHistoryRequest as _mayastor_core_v1_GetRebuildHistoryRequest,
  GetRebuildHistoryRequest__Output as _mayastor_core_v1_GetRebuildHistoryRequest__Output,
} from './mayastor/core/v1/GetRebuildHistoryRequest.js';
import type {
  GetReplicaRequest as _mayastor_core_v1_GetReplicaRequest,
  GetReplicaRequest__Output as _mayastor_core_v1_GetReplicaRequest__Output,
} from './mayastor/core/v1/GetReplicaRequest.js';
import type {
  GetSpecsRequest as _mayastor_core_v1_GetSpecsRequest,
  GetSpecsRequest__Output as _mayastor_core_v1_GetSpecsRequest__Output,
} from './mayastor/core/v1/GetSpecsRequest.js';
import type {
  GetVolumeRequest as _mayastor_core_v1_GetVolumeRequest,
  GetVolumeRequest__Output as _mayastor_core_v1_GetVolumeRequest__Output,
} from './mayastor/core/v1/GetVolumeRequest.js';
import type {
  LabelNodeRequest as _mayastor_core_v1_LabelNodeRequest,
  LabelNodeRequest__Output as _mayastor_core_v1_LabelNodeRequest__Output,
} from './mayastor/core/v1/LabelNodeRequest.js';
import type {
  LabelPoolRequest as _mayastor_core_v1_LabelPoolRequest,
  LabelPoolRequest__Output as _mayastor_core_v1_LabelPoolRequest__Output,
} from './mayastor/core/v1/LabelPoolRequest.js';
import type {
  ListAppNodesRequest as _mayastor_core_v1_ListAppNodesRequest,
  ListAppNodesRequest__Output as _mayastor_core_v1_ListAppNodesRequest__Output,
} from './mayastor/core/v1/ListAppNodesRequest.js';
import type {
  ListBlockDevicesRequest as _mayastor_core_v1_ListBlockDevicesRequest,
  ListBlockDevicesRequest__Output as _mayastor_core_v1_ListBlockDevicesRequest__Output,
} from './mayastor/core/v1/ListBlockDevicesRequest.js';
import type {
  ListNexusesRequest as _mayastor_core_v1_ListNexusesRequest,
  ListNexusesRequest__Output as _mayastor_core_v1_ListNexusesRequest__Output,
} from './mayastor/core/v1/ListNexusesRequest.js';
import type {
  ListNodesRequest as _mayastor_core_v1_ListNodesRequest,
  ListNodesRequest__Output as _mayastor_core_v1_ListNodesRequest__Output,
} from './mayastor/core/v1/ListNodesRequest.js';
import type {
  ListPoolsRequest as _mayastor_core_v1_ListPoolsRequest,
  ListPoolsRequest__Output as _mayastor_core_v1_ListPoolsRequest__Output,
} from './mayastor/core/v1/ListPoolsRequest.js';
import type {
  ListReplicasRequest as _mayastor_core_v1_ListReplicasRequest,
  ListReplicasRequest__Output as _mayastor_core_v1_ListReplicasRequest__Output,
} from './mayastor/core/v1/ListReplicasRequest.js';
import type {
  ListVolumesRequest as _mayastor_core_v1_ListVolumesRequest,
  ListVolumesRequest__Output as _mayastor_core_v1_ListVolumesRequest__Output,
} from './mayastor/core/v1/ListVolumesRequest.js';
import type {
  Nexus as _mayastor_core_v1_Nexus,
  Nexus__Output as _mayastor_core_v1_Nexus__Output,
} from './mayastor/core/v1/Nexus.js';
import type {
  NexusChild as _mayastor_core_v1_NexusChild,
  NexusChild__Output as _mayastor_core_v1_NexusChild__Output,
} from './mayastor/core/v1/NexusChild.js';
import type {
  NexusChildRequest as _mayastor_core_v1_NexusChildRequest,
  NexusChildRequest__Output as _mayastor_core_v1_NexusChildRequest__Output,
} from './mayastor/core/v1/NexusChildRequest.js';
import type {
  NexusList as _mayastor_core_v1_NexusList,
  NexusList__Output as _mayastor_core_v1_NexusList__Output,
} from './mayastor/core/v1/NexusList.js';
import type {
  NexusSpec as _mayastor_core_v1_NexusSpec,
  NexusSpec__Output as _mayastor_core_v1_NexusSpec__Output,
} from './mayastor/core/v1/NexusSpec.js';
import type {
  NexusState as _mayastor_core_v1_NexusState,
  NexusState__Output as _mayastor_core_v1_NexusState__Output,
} from './mayastor/core/v1/NexusState.js';
import type {
  NexusesClient as _mayastor_core_v1_NexusesClient,
  NexusesDefinition as _mayastor_core_v1_NexusesDefinition,
} from './mayastor/core/v1/Nexuses.js';
import type {
  Node as _mayastor_core_v1_Node,
  Node__Output as _mayastor_core_v1_Node__Output,
} from './mayastor/core/v1/Node.js';
import type {
  NodeList as _mayastor_core_v1_NodeList,
  NodeList__Output as _mayastor_core_v1_NodeList__Output,
} from './mayastor/core/v1/NodeList.js';
import type {
  NodeSpec as _mayastor_core_v1_NodeSpec,
  NodeSpec__Output as _mayastor_core_v1_NodeSpec__Output,
} from './mayastor/core/v1/NodeSpec.js';
import type {
  NodeState as _mayastor_core_v1_NodeState,
  NodeState__Output as _mayastor_core_v1_NodeState__Output,
} from './mayastor/core/v1/NodeState.js';
import type {
  NodesClient as _mayastor_core_v1_NodesClient,
  NodesDefinition as _mayastor_core_v1_NodesDefinition,
} from './mayastor/core/v1/Nodes.js';
import type {
  Pool as _mayastor_core_v1_Pool,
  Pool__Output as _mayastor_core_v1_Pool__Output,
} from './mayastor/core/v1/Pool.js';
import type {
  PoolList as _mayastor_core_v1_PoolList,
  PoolList__Output as _mayastor_core_v1_PoolList__Output,
} from './mayastor/core/v1/PoolList.js';
import type {
  PoolSpec as _mayastor_core_v1_PoolSpec,
  PoolSpec__Output as _mayastor_core_v1_PoolSpec__Output,
} from './mayastor/core/v1/PoolSpec.js';
import type {
  PoolState as _mayastor_core_v1_PoolState,
  PoolState__Output as _mayastor_core_v1_PoolState__Output,
} from './mayastor/core/v1/PoolState.js';
import type {
  PoolsClient as _mayastor_core_v1_PoolsClient,
  PoolsDefinition as _mayastor_core_v1_PoolsDefinition,
} from './mayastor/core/v1/Pools.js';
import type {
  PublishVolumeRequest as _mayastor_core_v1_PublishVolumeRequest,
  PublishVolumeRequest__Output as _mayastor_core_v1_PublishVolumeRequest__Output,
} from './mayastor/core/v1/PublishVolumeRequest.js';
import type {
  RebuildHistory as _mayastor_core_v1_RebuildHistory,
  RebuildHistory__Output as _mayastor_core_v1_RebuildHistory__Output,
} from './mayastor/core/v1/RebuildHistory.js';
import type {
  RebuildRecord as _mayastor_core_v1_RebuildRecord,
  RebuildRecord__Output as _mayastor_core_v1_RebuildRecord__Output,
} from './mayastor/core/v1/RebuildRecord.js';
import type {
  RegisterAppNodeRequest as _mayastor_core_v1_RegisterAppNodeRequest,
  RegisterAppNodeRequest__Output as _mayastor_core_v1_RegisterAppNodeRequest__Output,
} from './mayastor/core/v1/RegisterAppNodeRequest.js';
import type {
  Replica as _mayastor_core_v1_Replica,
  Replica__Output as _mayastor_core_v1_Replica__Output,
} from './mayastor/core/v1/Replica.js';
import type {
  ReplicaList as _mayastor_core_v1_ReplicaList,
  ReplicaList__Output as _mayastor_core_v1_ReplicaList__Output,
} from './mayastor/core/v1/ReplicaList.js';
import type {
  ReplicaOwners as _mayastor_core_v1_ReplicaOwners,
  ReplicaOwners__Output as _mayastor_core_v1_ReplicaOwners__Output,
} from './mayastor/core/v1/ReplicaOwners.js';
import type {
  ReplicaSpaceUsage as _mayastor_core_v1_ReplicaSpaceUsage,
  ReplicaSpaceUsage__Output as _mayastor_core_v1_ReplicaSpaceUsage__Output,
} from './mayastor/core/v1/ReplicaSpaceUsage.js';
import type {
  ReplicaSpec as _mayastor_core_v1_ReplicaSpec,
  ReplicaSpec__Output as _mayastor_core_v1_ReplicaSpec__Output,
} from './mayastor/core/v1/ReplicaSpec.js';
import type {
  ReplicaState as _mayastor_core_v1_ReplicaState,
  ReplicaState__Output as _mayastor_core_v1_ReplicaState__Output,
} from './mayastor/core/v1/ReplicaState.js';
import type {
  ReplicaTopology as _mayastor_core_v1_ReplicaTopology,
  ReplicaTopology__Output as _mayastor_core_v1_ReplicaTopology__Output,
} from './mayastor/core/v1/ReplicaTopology.js';
import type {
  ReplicasClient as _mayastor_core_v1_ReplicasClient,
  ReplicasDefinition as _mayastor_core_v1_ReplicasDefinition,
} from './mayastor/core/v1/Replicas.js';
import type {
  ResizeVolumeRequest as _mayastor_core_v1_ResizeVolumeRequest,
  ResizeVolumeRequest__Output as _mayastor_core_v1_ResizeVolumeRequest__Output,
} from './mayastor/core/v1/ResizeVolumeRequest.js';
import type {
  SetVolumePropertyRequest as _mayastor_core_v1_SetVolumePropertyRequest,
  SetVolumePropertyRequest__Output as _mayastor_core_v1_SetVolumePropertyRequest__Output,
} from './mayastor/core/v1/SetVolumePropertyRequest.js';
import type {
  SetVolumeReplicasRequest as _mayastor_core_v1_SetVolumeReplicasRequest,
  SetVolumeReplicasRequest__Output as _mayastor_core_v1_SetVolumeReplicasRequest__Output,
} from './mayastor/core/v1/SetVolumeReplicasRequest.js';
import type {
  ShareNexusReply as _mayastor_core_v1_ShareNexusReply,
  ShareNexusReply__Output as _mayastor_core_v1_ShareNexusReply__Output,
} from './mayastor/core/v1/ShareNexusReply.js';
import type {
  ShareNexusRequest as _mayastor_core_v1_ShareNexusRequest,
  ShareNexusRequest__Output as _mayastor_core_v1_ShareNexusRequest__Output,
} from './mayastor/core/v1/ShareNexusRequest.js';
import type {
  ShareReplicaRequest as _mayastor_core_v1_ShareReplicaRequest,
  ShareReplicaRequest__Output as _mayastor_core_v1_ShareReplicaRequest__Output,
} from './mayastor/core/v1/ShareReplicaRequest.js';
import type {
  ShareVolumeRequest as _mayastor_core_v1_ShareVolumeRequest,
  ShareVolumeRequest__Output as _mayastor_core_v1_ShareVolumeRequest__Output,
} from './mayastor/core/v1/ShareVolumeRequest.js';
import type {
  ShutdownTargetsRequest as _mayastor_core_v1_ShutdownTargetsRequest,
  ShutdownTargetsRequest__Output as _mayastor_core_v1_ShutdownTargetsRequest__Output,
} from './mayastor/core/v1/ShutdownTargetsRequest.js';
import type {
  SpecOperation as _mayastor_core_v1_SpecOperation,
  SpecOperation__Output as _mayastor_core_v1_SpecOperation__Output,
} from './mayastor/core/v1/SpecOperation.js';
import type {
  Specs as _mayastor_core_v1_Specs,
  Specs__Output as _mayastor_core_v1_Specs__Output,
} from './mayastor/core/v1/Specs.js';
import type {
  SpecsServiceClient as _mayastor_core_v1_SpecsServiceClient,
  SpecsServiceDefinition as _mayastor_core_v1_SpecsServiceDefinition,
} from './mayastor/core/v1/SpecsService.js';
import type {
  UnlabelNodeRequest as _mayastor_core_v1_UnlabelNodeRequest,
  UnlabelNodeRequest__Output as _mayastor_core_v1_UnlabelNodeRequest__Output,
} from './mayastor/core/v1/UnlabelNodeRequest.js';
import type {
  UnlabelPoolRequest as _mayastor_core_v1_UnlabelPoolRequest,
  UnlabelPoolRequest__Output as _mayastor_core_v1_UnlabelPoolRequest__Output,
} from './mayastor/core/v1/UnlabelPoolRequest.js';
import type {
  UnpublishVolumeRequest as _mayastor_core_v1_UnpublishVolumeRequest,
  UnpublishVolumeRequest__Output as _mayastor_core_v1_UnpublishVolumeRequest__Output,
} from './mayastor/core/v1/UnpublishVolumeRequest.js';
import type {
  UnshareNexusRequest as _mayastor_core_v1_UnshareNexusRequest,
  UnshareNexusRequest__Output as _mayastor_core_v1_UnshareNexusRequest__Output,
} from './mayastor/core/v1/UnshareNexusRequest.js';
import type {
  UnshareReplicaRequest as _mayastor_core_v1_UnshareReplicaRequest,
  UnshareReplicaRequest__Output as _mayastor_core_v1_UnshareReplicaRequest__Output,
} from './mayastor/core/v1/UnshareReplicaRequest.js';
import type {
  Volume as _mayastor_core_v1_Volume,
  Volume__Output as _mayastor_core_v1_Volume__Output,
} from './mayastor/core/v1/Volume.js';
import type {
  VolumeList as _mayastor_core_v1_VolumeList,
  VolumeList__Output as _mayastor_core_v1_VolumeList__Output,
} from './mayastor/core/v1/VolumeList.js';
import type {
  VolumeSpec as _mayastor_core_v1_VolumeSpec,
  VolumeSpec__Output as _mayastor_core_v1_VolumeSpec__Output,
} from './mayastor/core/v1/VolumeSpec.js';
import type {
  VolumeState as _mayastor_core_v1_VolumeState,
  VolumeState__Output as _mayastor_core_v1_VolumeState__Output,
} from './mayastor/core/v1/VolumeState.js';
import type {
  VolumeTarget as _mayastor_core_v1_VolumeTarget,
  VolumeTarget__Output as _mayastor_core_v1_VolumeTarget__Output,
} from './mayastor/core/v1/VolumeTarget.js';
import type {
  VolumeTopology as _mayastor_core_v1_VolumeTopology,
  VolumeTopology__Output as _mayastor_core_v1_VolumeTopology__Output,
} from './mayastor/core/v1/VolumeTopology.js';
import type {
  VolumesClient as _mayastor_core_v1_VolumesClient,
  VolumesDefinition as _mayastor_core_v1_VolumesDefinition,
} from './mayastor/core/v1/Volumes.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new (...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>;
    };
  };
  mayastor: {
    core: {
      v1: {
        AppNode: MessageTypeDefinition<_mayastor_core_v1_AppNode, _mayastor_core_v1_AppNode__Output>;
        AppNodeList: MessageTypeDefinition<_mayastor_core_v1_AppNodeList, _mayastor_core_v1_AppNodeList__Output>;
        AppNodeRequest: MessageTypeDefinition<
          _mayastor_core_v1_AppNodeRequest,
          _mayastor_core_v1_AppNodeRequest__Output
        >;
        AppNodeSpec: MessageTypeDefinition<_mayastor_core_v1_AppNodeSpec, _mayastor_core_v1_AppNodeSpec__Output>;
        AppNodeState: MessageTypeDefinition<_mayastor_core_v1_AppNodeState, _mayastor_core_v1_AppNodeState__Output>;
        AppNodes: SubtypeConstructor<typeof grpc.Client, _mayastor_core_v1_AppNodesClient> & {
          service: _mayastor_core_v1_AppNodesDefinition;
        };
        BlockDevice: MessageTypeDefinition<_mayastor_core_v1_BlockDevice, _mayastor_core_v1_BlockDevice__Output>;
        BlockDeviceFilesystem: MessageTypeDefinition<
          _mayastor_core_v1_BlockDeviceFilesystem,
          _mayastor_core_v1_BlockDeviceFilesystem__Output
        >;
        BlockDeviceList: MessageTypeDefinition<
          _mayastor_core_v1_BlockDeviceList,
          _mayastor_core_v1_BlockDeviceList__Output
        >;
        CordonNodeRequest: MessageTypeDefinition<
          _mayastor_core_v1_CordonNodeRequest,
          _mayastor_core_v1_CordonNodeRequest__Output
        >;
        CreateNexusRequest: MessageTypeDefinition<
          _mayastor_core_v1_CreateNexusRequest,
          _mayastor_core_v1_CreateNexusRequest__Output
        >;
        CreatePoolRequest: MessageTypeDefinition<
          _mayastor_core_v1_CreatePoolRequest,
          _mayastor_core_v1_CreatePoolRequest__Output
        >;
        CreateReplicaRequest: MessageTypeDefinition<
          _mayastor_core_v1_CreateReplicaRequest,
          _mayastor_core_v1_CreateReplicaRequest__Output
        >;
        CreateVolumeRequest: MessageTypeDefinition<
          _mayastor_core_v1_CreateVolumeRequest,
          _mayastor_core_v1_CreateVolumeRequest__Output
        >;
        DestroyNexusRequest: MessageTypeDefinition<
          _mayastor_core_v1_DestroyNexusRequest,
          _mayastor_core_v1_DestroyNexusRequest__Output
        >;
        DestroyPoolRequest: MessageTypeDefinition<
          _mayastor_core_v1_DestroyPoolRequest,
          _mayastor_core_v1_DestroyPoolRequest__Output
        >;
        DestroyReplicaRequest: MessageTypeDefinition<
          _mayastor_core_v1_DestroyReplicaRequest,
          _mayastor_core_v1_DestroyReplicaRequest__Output
        >;
        DestroyVolumeRequest: MessageTypeDefinition<
          _mayastor_core_v1_DestroyVolumeRequest,
          _mayastor_core_v1_DestroyVolumeRequest__Output
        >;
        GetNexusRequest: MessageTypeDefinition<
          _mayastor_core_v1_GetNexusRequest,
          _mayastor_core_v1_GetNexusRequest__Output
        >;
        GetNodeRequest: MessageTypeDefinition<
          _mayastor_core_v1_GetNodeRequest,
          _mayastor_core_v1_GetNodeRequest__Output
        >;
        GetPoolRequest: MessageTypeDefinition<
          _mayastor_core_v1_GetPoolRequest,
          _mayastor_core_v1_GetPoolRequest__Output
        >;
        GetRebuildHistoryRequest: MessageTypeDefinition<
          _mayastor_core_v1_GetRebuildHistoryRequest,
          _mayastor_core_v1_GetRebuildHistoryRequest__Output
        >;
        GetReplicaRequest: MessageTypeDefinition<
          _mayastor_core_v1_GetReplicaRequest,
          _mayastor_core_v1_GetReplicaRequest__Output
        >;
        GetSpecsRequest: MessageTypeDefinition<
          _mayastor_core_v1_GetSpecsRequest,
          _mayastor_core_v1_GetSpecsRequest__Output
        >;
        GetVolumeRequest: MessageTypeDefinition<
          _mayastor_core_v1_GetVolumeRequest,
          _mayastor_core_v1_GetVolumeRequest__Output
        >;
        LabelNodeRequest: MessageTypeDefinition<
          _mayastor_core_v1_LabelNodeRequest,
          _mayastor_core_v1_LabelNodeRequest__Output
        >;
        LabelPoolRequest: MessageTypeDefinition<
          _mayastor_core_v1_LabelPoolRequest,
          _mayastor_core_v1_LabelPoolRequest__Output
        >;
        ListAppNodesRequest: MessageTypeDefinition<
          _mayastor_core_v1_ListAppNodesRequest,
          _mayastor_core_v1_ListAppNodesRequest__Output
        >;
        ListBlockDevicesRequest: MessageTypeDefinition<
          _mayastor_core_v1_ListBlockDevicesRequest,
          _mayastor_core_v1_ListBlockDevicesRequest__Output
        >;
        ListNexusesRequest: MessageTypeDefinition<
          _mayastor_core_v1_ListNexusesRequest,
          _mayastor_core_v1_ListNexusesRequest__Output
        >;
        ListNodesRequest: MessageTypeDefinition<
          _mayastor_core_v1_ListNodesRequest,
          _mayastor_core_v1_ListNodesRequest__Output
        >;
        ListPoolsRequest: MessageTypeDefinition<
          _mayastor_core_v1_ListPoolsRequest,
          _mayastor_core_v1_ListPoolsRequest__Output
        >;
        ListReplicasRequest: MessageTypeDefinition<
          _mayastor_core_v1_ListReplicasRequest,
          _mayastor_core_v1_ListReplicasRequest__Output
        >;
        ListVolumesRequest: MessageTypeDefinition<
          _mayastor_core_v1_ListVolumesRequest,
          _mayastor_core_v1_ListVolumesRequest__Output
        >;
        Nexus: MessageTypeDefinition<_mayastor_core_v1_Nexus, _mayastor_core_v1_Nexus__Output>;
        NexusChild: MessageTypeDefinition<_mayastor_core_v1_NexusChild, _mayastor_core_v1_NexusChild__Output>;
        NexusChildRequest: MessageTypeDefinition<
          _mayastor_core_v1_NexusChildRequest,
          _mayastor_core_v1_NexusChildRequest__Output
        >;
        NexusList: MessageTypeDefinition<_mayastor_core_v1_NexusList, _mayastor_core_v1_NexusList__Output>;
        NexusSpec: MessageTypeDefinition<_mayastor_core_v1_NexusSpec, _mayastor_core_v1_NexusSpec__Output>;
        NexusState: MessageTypeDefinition<_mayastor_core_v1_NexusState, _mayastor_core_v1_NexusState__Output>;
        NexusStatus: EnumTypeDefinition;
        Nexuses: SubtypeConstructor<typeof grpc.Client, _mayastor_core_v1_NexusesClient> & {
          service: _mayastor_core_v1_NexusesDefinition;
        };
        Node: MessageTypeDefinition<_mayastor_core_v1_Node, _mayastor_core_v1_Node__Output>;
        NodeList: MessageTypeDefinition<_mayastor_core_v1_NodeList, _mayastor_core_v1_NodeList__Output>;
        NodeSpec: MessageTypeDefinition<_mayastor_core_v1_NodeSpec, _mayastor_core_v1_NodeSpec__Output>;
        NodeState: MessageTypeDefinition<_mayastor_core_v1_NodeState, _mayastor_core_v1_NodeState__Output>;
        NodeStatus: EnumTypeDefinition;
        Nodes: SubtypeConstructor<typeof grpc.Client, _mayastor_core_v1_NodesClient> & {
          service: _mayastor_core_v1_NodesDefinition;
        };
        Pool: MessageTypeDefinition<_mayastor_core_v1_Pool, _mayastor_core_v1_Pool__Output>;
        PoolList: MessageTypeDefinition<_mayastor_core_v1_PoolList, _mayastor_core_v1_PoolList__Output>;
        PoolSpec: MessageTypeDefinition<_mayastor_core_v1_PoolSpec, _mayastor_core_v1_PoolSpec__Output>;
        PoolState: MessageTypeDefinition<_mayastor_core_v1_PoolState, _mayastor_core_v1_PoolState__Output>;
        PoolStatus: EnumTypeDefinition;
        Pools: SubtypeConstructor<typeof grpc.Client, _mayastor_core_v1_PoolsClient> & {
          service: _mayastor_core_v1_PoolsDefinition;
        };
        Protocol: EnumTypeDefinition;
        PublishVolumeRequest: MessageTypeDefinition<
          _mayastor_core_v1_PublishVolumeRequest,
          _mayastor_core_v1_PublishVolumeRequest__Output
        >;
        RebuildHistory: MessageTypeDefinition<
          _mayastor_core_v1_RebuildHistory,
          _mayastor_core_v1_RebuildHistory__Output
        >;
        RebuildRecord: MessageTypeDefinition<_mayastor_core_v1_RebuildRecord, _mayastor_core_v1_RebuildRecord__Output>;
        RegisterAppNodeRequest: MessageTypeDefinition<
          _mayastor_core_v1_RegisterAppNodeRequest,
          _mayastor_core_v1_RegisterAppNodeRequest__Output
        >;
        Replica: MessageTypeDefinition<_mayastor_core_v1_Replica, _mayastor_core_v1_Replica__Output>;
        ReplicaList: MessageTypeDefinition<_mayastor_core_v1_ReplicaList, _mayastor_core_v1_ReplicaList__Output>;
        ReplicaOwners: MessageTypeDefinition<_mayastor_core_v1_ReplicaOwners, _mayastor_core_v1_ReplicaOwners__Output>;
        ReplicaSpaceUsage: MessageTypeDefinition<
          _mayastor_core_v1_ReplicaSpaceUsage,
          _mayastor_core_v1_ReplicaSpaceUsage__Output
        >;
        ReplicaSpec: MessageTypeDefinition<_mayastor_core_v1_ReplicaSpec, _mayastor_core_v1_ReplicaSpec__Output>;
        ReplicaState: MessageTypeDefinition<_mayastor_core_v1_ReplicaState, _mayastor_core_v1_ReplicaState__Output>;
        ReplicaStatus: EnumTypeDefinition;
        ReplicaTopology: MessageTypeDefinition<
          _mayastor_core_v1_ReplicaTopology,
          _mayastor_core_v1_ReplicaTopology__Output
        >;
        Replicas: SubtypeConstructor<typeof grpc.Client, _mayastor_core_v1_ReplicasClient> & {
          service: _mayastor_core_v1_ReplicasDefinition;
        };
        ResizeVolumeRequest: MessageTypeDefinition<
          _mayastor_core_v1_ResizeVolumeRequest,
          _mayastor_core_v1_ResizeVolumeRequest__Output
        >;
        SetVolumePropertyRequest: MessageTypeDefinition<
          _mayastor_core_v1_SetVolumePropertyRequest,
          _mayastor_core_v1_SetVolumePropertyRequest__Output
        >;
        SetVolumeReplicasRequest: MessageTypeDefinition<
          _mayastor_core_v1_SetVolumeReplicasRequest,
          _mayastor_core_v1_SetVolumeReplicasRequest__Output
        >;
        ShareNexusReply: MessageTypeDefinition<
          _mayastor_core_v1_ShareNexusReply,
          _mayastor_core_v1_ShareNexusReply__Output
        >;
        ShareNexusRequest: MessageTypeDefinition<
          _mayastor_core_v1_ShareNexusRequest,
          _mayastor_core_v1_ShareNexusRequest__Output
        >;
        ShareReplicaRequest: MessageTypeDefinition<
          _mayastor_core_v1_ShareReplicaRequest,
          _mayastor_core_v1_ShareReplicaRequest__Output
        >;
        ShareVolumeRequest: MessageTypeDefinition<
          _mayastor_core_v1_ShareVolumeRequest,
          _mayastor_core_v1_ShareVolumeRequest__Output
        >;
        ShutdownTargetsRequest: MessageTypeDefinition<
          _mayastor_core_v1_ShutdownTargetsRequest,
          _mayastor_core_v1_ShutdownTargetsRequest__Output
        >;
        SpecOperation: MessageTypeDefinition<_mayastor_core_v1_SpecOperation, _mayastor_core_v1_SpecOperation__Output>;
        SpecStatus: EnumTypeDefinition;
        Specs: MessageTypeDefinition<_mayastor_core_v1_Specs, _mayastor_core_v1_Specs__Output>;
        SpecsService: SubtypeConstructor<typeof grpc.Client, _mayastor_core_v1_SpecsServiceClient> & {
          service: _mayastor_core_v1_SpecsServiceDefinition;
        };
        UnlabelNodeRequest: MessageTypeDefinition<
          _mayastor_core_v1_UnlabelNodeRequest,
          _mayastor_core_v1_UnlabelNodeRequest__Output
        >;
        UnlabelPoolRequest: MessageTypeDefinition<
          _mayastor_core_v1_UnlabelPoolRequest,
          _mayastor_core_v1_UnlabelPoolRequest__Output
        >;
        UnpublishVolumeRequest: MessageTypeDefinition<
          _mayastor_core_v1_UnpublishVolumeRequest,
          _mayastor_core_v1_UnpublishVolumeRequest__Output
        >;
        UnshareNexusRequest: MessageTypeDefinition<
          _mayastor_core_v1_UnshareNexusRequest,
          _mayastor_core_v1_UnshareNexusRequest__Output
        >;
        UnshareReplicaRequest: MessageTypeDefinition<
          _mayastor_core_v1_UnshareReplicaRequest,
          _mayastor_core_v1_UnshareReplicaRequest__Output
        >;
        Volume: MessageTypeDefinition<_mayastor_core_v1_Volume, _mayastor_core_v1_Volume__Output>;
        VolumeList: MessageTypeDefinition<_mayastor_core_v1_VolumeList, _mayastor_core_v1_VolumeList__Output>;
        VolumeSpec: MessageTypeDefinition<_mayastor_core_v1_VolumeSpec, _mayastor_core_v1_VolumeSpec__Output>;
        VolumeState: MessageTypeDefinition<_mayastor_core_v1_VolumeState, _mayastor_core_v1_VolumeState__Output>;
        VolumeStatus: EnumTypeDefinition;
        VolumeTarget: MessageTypeDefinition<_mayastor_core_v1_VolumeTarget, _mayastor_core_v1_VolumeTarget__Output>;
        VolumeTopology: MessageTypeDefinition<
          _mayastor_core_v1_VolumeTopology,
          _mayastor_core_v1_VolumeTopology__Output
        >;
        Volumes: SubtypeConstructor<typeof grpc.Client, _mayastor_core_v1_VolumesClient> & {
          service: _mayastor_core_v1_VolumesDefinition;
        };
      };
    };
  };
}
