/**
 * Names for the generated core API types (libs/core-api/src/generated, produced by
 * `npm run proto:gen`; never edit those by hand), as gen-types names them:
 * `X` is what a sender builds (every field optional), `X__Output` what a receiver
 * decodes (under CORE_API_LOADER_OPTIONS every scalar, enum and repeated field is
 * present, 64-bit integers are numbers, enums their names, message fields
 * `T | null`, `optional` fields possibly absent).
 */

export { NexusStatus } from './generated/mayastor/core/v1/NexusStatus.js';
export type { NexusStatus__Output } from './generated/mayastor/core/v1/NexusStatus.js';
export { NodeStatus } from './generated/mayastor/core/v1/NodeStatus.js';
export type { NodeStatus__Output } from './generated/mayastor/core/v1/NodeStatus.js';
export { PoolStatus } from './generated/mayastor/core/v1/PoolStatus.js';
export type { PoolStatus__Output } from './generated/mayastor/core/v1/PoolStatus.js';
export { Protocol } from './generated/mayastor/core/v1/Protocol.js';
export type { Protocol__Output } from './generated/mayastor/core/v1/Protocol.js';
export { ReplicaStatus } from './generated/mayastor/core/v1/ReplicaStatus.js';
export type { ReplicaStatus__Output } from './generated/mayastor/core/v1/ReplicaStatus.js';
export { SpecStatus } from './generated/mayastor/core/v1/SpecStatus.js';
export type { SpecStatus__Output } from './generated/mayastor/core/v1/SpecStatus.js';
export { VolumeStatus } from './generated/mayastor/core/v1/VolumeStatus.js';
export type { VolumeStatus__Output } from './generated/mayastor/core/v1/VolumeStatus.js';
export type { AppNode, AppNode__Output } from './generated/mayastor/core/v1/AppNode.js';
export type { AppNodeList, AppNodeList__Output } from './generated/mayastor/core/v1/AppNodeList.js';
export type { AppNodeRequest, AppNodeRequest__Output } from './generated/mayastor/core/v1/AppNodeRequest.js';
export type { AppNodeSpec, AppNodeSpec__Output } from './generated/mayastor/core/v1/AppNodeSpec.js';
export type { AppNodeState, AppNodeState__Output } from './generated/mayastor/core/v1/AppNodeState.js';
export type { BlockDevice, BlockDevice__Output } from './generated/mayastor/core/v1/BlockDevice.js';
export type {
  BlockDeviceFilesystem,
  BlockDeviceFilesystem__Output,
} from './generated/mayastor/core/v1/BlockDeviceFilesystem.js';
export type { BlockDeviceList, BlockDeviceList__Output } from './generated/mayastor/core/v1/BlockDeviceList.js';
export type { CordonNodeRequest, CordonNodeRequest__Output } from './generated/mayastor/core/v1/CordonNodeRequest.js';
export type {
  CreateNexusRequest,
  CreateNexusRequest__Output,
} from './generated/mayastor/core/v1/CreateNexusRequest.js';
export type { CreatePoolRequest, CreatePoolRequest__Output } from './generated/mayastor/core/v1/CreatePoolRequest.js';
export type {
  CreateReplicaRequest,
  CreateReplicaRequest__Output,
} from './generated/mayastor/core/v1/CreateReplicaRequest.js';
export type {
  CreateVolumeRequest,
  CreateVolumeRequest__Output,
} from './generated/mayastor/core/v1/CreateVolumeRequest.js';
export type {
  DestroyNexusRequest,
  DestroyNexusRequest__Output,
} from './generated/mayastor/core/v1/DestroyNexusRequest.js';
export type {
  DestroyPoolRequest,
  DestroyPoolRequest__Output,
} from './generated/mayastor/core/v1/DestroyPoolRequest.js';
export type {
  DestroyReplicaRequest,
  DestroyReplicaRequest__Output,
} from './generated/mayastor/core/v1/DestroyReplicaRequest.js';
export type {
  DestroyVolumeRequest,
  DestroyVolumeRequest__Output,
} from './generated/mayastor/core/v1/DestroyVolumeRequest.js';
export type { GetNexusRequest, GetNexusRequest__Output } from './generated/mayastor/core/v1/GetNexusRequest.js';
export type { GetNodeRequest, GetNodeRequest__Output } from './generated/mayastor/core/v1/GetNodeRequest.js';
export type { GetPoolRequest, GetPoolRequest__Output } from './generated/mayastor/core/v1/GetPoolRequest.js';
export type {
  GetRebuildHistoryRequest,
  GetRebuildHistoryRequest__Output,
} from './generated/mayastor/core/v1/GetRebuildHistoryRequest.js';
export type { GetReplicaRequest, GetReplicaRequest__Output } from './generated/mayastor/core/v1/GetReplicaRequest.js';
export type { GetSpecsRequest, GetSpecsRequest__Output } from './generated/mayastor/core/v1/GetSpecsRequest.js';
export type { GetVolumeRequest, GetVolumeRequest__Output } from './generated/mayastor/core/v1/GetVolumeRequest.js';
export type { LabelNodeRequest, LabelNodeRequest__Output } from './generated/mayastor/core/v1/LabelNodeRequest.js';
export type { LabelPoolRequest, LabelPoolRequest__Output } from './generated/mayastor/core/v1/LabelPoolRequest.js';
export type {
  ListAppNodesRequest,
  ListAppNodesRequest__Output,
} from './generated/mayastor/core/v1/ListAppNodesRequest.js';
export type {
  ListBlockDevicesRequest,
  ListBlockDevicesRequest__Output,
} from './generated/mayastor/core/v1/ListBlockDevicesRequest.js';
export type {
  ListNexusesRequest,
  ListNexusesRequest__Output,
} from './generated/mayastor/core/v1/ListNexusesRequest.js';
export type { ListNodesRequest, ListNodesRequest__Output } from './generated/mayastor/core/v1/ListNodesRequest.js';
export type { ListPoolsRequest, ListPoolsRequest__Output } from './generated/mayastor/core/v1/ListPoolsRequest.js';
export type {
  ListReplicasRequest,
  ListReplicasRequest__Output,
} from './generated/mayastor/core/v1/ListReplicasRequest.js';
export type {
  ListVolumesRequest,
  ListVolumesRequest__Output,
} from './generated/mayastor/core/v1/ListVolumesRequest.js';
export type { Nexus, Nexus__Output } from './generated/mayastor/core/v1/Nexus.js';
export type { NexusChild, NexusChild__Output } from './generated/mayastor/core/v1/NexusChild.js';
export type { NexusChildRequest, NexusChildRequest__Output } from './generated/mayastor/core/v1/NexusChildRequest.js';
export type { NexusList, NexusList__Output } from './generated/mayastor/core/v1/NexusList.js';
export type { NexusSpec, NexusSpec__Output } from './generated/mayastor/core/v1/NexusSpec.js';
export type { NexusState, NexusState__Output } from './generated/mayastor/core/v1/NexusState.js';
export type { Node, Node__Output } from './generated/mayastor/core/v1/Node.js';
export type { NodeList, NodeList__Output } from './generated/mayastor/core/v1/NodeList.js';
export type { NodeSpec, NodeSpec__Output } from './generated/mayastor/core/v1/NodeSpec.js';
export type { NodeState, NodeState__Output } from './generated/mayastor/core/v1/NodeState.js';
export type { Pool, Pool__Output } from './generated/mayastor/core/v1/Pool.js';
export type { PoolList, PoolList__Output } from './generated/mayastor/core/v1/PoolList.js';
export type { PoolSpec, PoolSpec__Output } from './generated/mayastor/core/v1/PoolSpec.js';
export type { PoolState, PoolState__Output } from './generated/mayastor/core/v1/PoolState.js';
export type {
  PublishVolumeRequest,
  PublishVolumeRequest__Output,
} from './generated/mayastor/core/v1/PublishVolumeRequest.js';
export type { RebuildHistory, RebuildHistory__Output } from './generated/mayastor/core/v1/RebuildHistory.js';
export type { RebuildRecord, RebuildRecord__Output } from './generated/mayastor/core/v1/RebuildRecord.js';
export type {
  RegisterAppNodeRequest,
  RegisterAppNodeRequest__Output,
} from './generated/mayastor/core/v1/RegisterAppNodeRequest.js';
export type { Replica, Replica__Output } from './generated/mayastor/core/v1/Replica.js';
export type { ReplicaList, ReplicaList__Output } from './generated/mayastor/core/v1/ReplicaList.js';
export type { ReplicaOwners, ReplicaOwners__Output } from './generated/mayastor/core/v1/ReplicaOwners.js';
export type { ReplicaSpaceUsage, ReplicaSpaceUsage__Output } from './generated/mayastor/core/v1/ReplicaSpaceUsage.js';
export type { ReplicaSpec, ReplicaSpec__Output } from './generated/mayastor/core/v1/ReplicaSpec.js';
export type { ReplicaState, ReplicaState__Output } from './generated/mayastor/core/v1/ReplicaState.js';
export type { ReplicaTopology, ReplicaTopology__Output } from './generated/mayastor/core/v1/ReplicaTopology.js';
export type {
  ResizeVolumeRequest,
  ResizeVolumeRequest__Output,
} from './generated/mayastor/core/v1/ResizeVolumeRequest.js';
export type {
  SetVolumePropertyRequest,
  SetVolumePropertyRequest__Output,
} from './generated/mayastor/core/v1/SetVolumePropertyRequest.js';
export type {
  SetVolumeReplicasRequest,
  SetVolumeReplicasRequest__Output,
} from './generated/mayastor/core/v1/SetVolumeReplicasRequest.js';
export type { ShareNexusReply, ShareNexusReply__Output } from './generated/mayastor/core/v1/ShareNexusReply.js';
export type { ShareNexusRequest, ShareNexusRequest__Output } from './generated/mayastor/core/v1/ShareNexusRequest.js';
export type {
  ShareReplicaRequest,
  ShareReplicaRequest__Output,
} from './generated/mayastor/core/v1/ShareReplicaRequest.js';
export type {
  ShareVolumeRequest,
  ShareVolumeRequest__Output,
} from './generated/mayastor/core/v1/ShareVolumeRequest.js';
export type {
  ShutdownTargetsRequest,
  ShutdownTargetsRequest__Output,
} from './generated/mayastor/core/v1/ShutdownTargetsRequest.js';
export type { SpecOperation, SpecOperation__Output } from './generated/mayastor/core/v1/SpecOperation.js';
export type { Specs, Specs__Output } from './generated/mayastor/core/v1/Specs.js';
export type {
  UnlabelNodeRequest,
  UnlabelNodeRequest__Output,
} from './generated/mayastor/core/v1/UnlabelNodeRequest.js';
export type {
  UnlabelPoolRequest,
  UnlabelPoolRequest__Output,
} from './generated/mayastor/core/v1/UnlabelPoolRequest.js';
export type {
  UnpublishVolumeRequest,
  UnpublishVolumeRequest__Output,
} from './generated/mayastor/core/v1/UnpublishVolumeRequest.js';
export type {
  UnshareNexusRequest,
  UnshareNexusRequest__Output,
} from './generated/mayastor/core/v1/UnshareNexusRequest.js';
export type {
  UnshareReplicaRequest,
  UnshareReplicaRequest__Output,
} from './generated/mayastor/core/v1/UnshareReplicaRequest.js';
export type { Volume, Volume__Output } from './generated/mayastor/core/v1/Volume.js';
export type { VolumeList, VolumeList__Output } from './generated/mayastor/core/v1/VolumeList.js';
export type { VolumeSpec, VolumeSpec__Output } from './generated/mayastor/core/v1/VolumeSpec.js';
export type { VolumeState, VolumeState__Output } from './generated/mayastor/core/v1/VolumeState.js';
export type { VolumeTarget, VolumeTarget__Output } from './generated/mayastor/core/v1/VolumeTarget.js';
export type { VolumeTopology, VolumeTopology__Output } from './generated/mayastor/core/v1/VolumeTopology.js';
export type { AppNodesClient, AppNodesHandlers, AppNodesDefinition } from './generated/mayastor/core/v1/AppNodes.js';
export type { NexusesClient, NexusesHandlers, NexusesDefinition } from './generated/mayastor/core/v1/Nexuses.js';
export type { NodesClient, NodesHandlers, NodesDefinition } from './generated/mayastor/core/v1/Nodes.js';
export type { PoolsClient, PoolsHandlers, PoolsDefinition } from './generated/mayastor/core/v1/Pools.js';
export type { ReplicasClient, ReplicasHandlers, ReplicasDefinition } from './generated/mayastor/core/v1/Replicas.js';
export type {
  SpecsServiceClient,
  SpecsServiceHandlers,
  SpecsServiceDefinition,
} from './generated/mayastor/core/v1/SpecsService.js';
export type { VolumesClient, VolumesHandlers, VolumesDefinition } from './generated/mayastor/core/v1/Volumes.js';
export type { ProtoGrpcType as CoreApiProto } from './generated/core.js';
