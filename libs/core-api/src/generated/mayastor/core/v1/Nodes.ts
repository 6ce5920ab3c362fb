// Original file: proto/core/v1/core.proto

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type {
  BlockDeviceList as _mayastor_core_v1_BlockDeviceList,
  BlockDeviceList__Output as _mayastor_core_v1_BlockDeviceList__Output,
} from '../../../mayastor/core/v1/BlockDeviceList.js';
import type {
  CordonNodeRequest as _mayastor_core_v1_CordonNodeRequest,
  CordonNodeRequest__Output as _mayastor_core_v1_CordonNodeRequest__Output,
} from '../../../mayastor/core/v1/CordonNodeRequest.js';
import type {
  GetNodeRequest as _mayastor_core_v1_GetNodeRequest,
  GetNodeRequest__Output as _mayastor_core_v1_GetNodeRequest__Output,
} from '../../../mayastor/core/v1/GetNodeRequest.js';
import type {
  LabelNodeRequest as _mayastor_core_v1_LabelNodeRequest,
  LabelNodeRequest__Output as _mayastor_core_v1_LabelNodeRequest__Output,
} from '../../../mayastor/core/v1/LabelNodeRequest.js';
import type {
  ListBlockDevicesRequest as _mayastor_core_v1_ListBlockDevicesRequest,
  ListBlockDevicesRequest__Output as _mayastor_core_v1_ListBlockDevicesRequest__Output,
} from '../../../mayastor/core/v1/ListBlockDevicesRequest.js';
import type {
  ListNodesRequest as _mayastor_core_v1_ListNodesRequest,
  ListNodesRequest__Output as _mayastor_core_v1_ListNodesRequest__Output,
} from '../../../mayastor/core/v1/ListNodesRequest.js';
import type {
  Node as _mayastor_core_v1_Node,
  Node__Output as _mayastor_core_v1_Node__Output,
} from '../../../mayastor/core/v1/Node.js';
import type {
  NodeList as _mayastor_core_v1_NodeList,
  NodeList__Output as _mayastor_core_v1_NodeList__Output,
} from '../../../mayastor/core/v1/NodeList.js';
import type {
  UnlabelNodeRequest as _mayastor_core_v1_UnlabelNodeRequest,
  UnlabelNodeRequest__Output as _mayastor_core_v1_UnlabelNodeRequest__Output,
} from '../../../mayastor/core/v1/UnlabelNodeRequest.js';

export interface NodesClient extends grpc.Client {
  CordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  CordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  CordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  CordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  cordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  cordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  cordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  cordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;

  DrainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  DrainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  DrainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  DrainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  drainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  drainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  drainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  drainNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;

  GetNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  GetNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  GetNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  GetNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  getNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  getNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  getNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  getNode(
    argument: _mayastor_core_v1_GetNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;

  LabelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  LabelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  LabelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  LabelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  labelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  labelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  labelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  labelNode(
    argument: _mayastor_core_v1_LabelNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;

  ListBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;
  ListBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;
  ListBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;
  ListBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;
  listBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;
  listBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;
  listBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;
  listBlockDevices(
    argument: _mayastor_core_v1_ListBlockDevicesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_BlockDeviceList__Output>,
  ): grpc.ClientUnaryCall;

  ListNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;
  ListNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;
  ListNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;
  ListNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;
  listNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;
  listNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;
  listNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;
  listNodes(
    argument: _mayastor_core_v1_ListNodesRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_NodeList__Output>,
  ): grpc.ClientUnaryCall;

  UncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  UncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  UncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  UncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  uncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  uncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  uncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  uncordonNode(
    argument: _mayastor_core_v1_CordonNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;

  UnlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  UnlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  UnlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  UnlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  unlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  unlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    metadata: grpc.Metadata,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  unlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
  unlabelNode(
    argument: _mayastor_core_v1_UnlabelNodeRequest,
    callback: grpc.requestCallback<_mayastor_core_v1_Node__Output>,
  ): grpc.ClientUnaryCall;
}

export interface NodesHandlers extends grpc.UntypedServiceImplementation {
  CordonNode: grpc.handleUnaryCall<_mayastor_core_v1_CordonNodeRequest__Output, _mayastor_core_v1_Node>;

  DrainNode: grpc.handleUnaryCall<_mayastor_core_v1_CordonNodeRequest__Output, _mayastor_core_v1_Node>;

  GetNode: grpc.handleUnaryCall<_mayastor_core_v1_GetNodeRequest__Output, _mayastor_core_v1_Node>;

  LabelNode: grpc.handleUnaryCall<_mayastor_core_v1_LabelNodeRequest__Output, _mayastor_core_v1_Node>;

  ListBlockDevices: grpc.handleUnaryCall<
    _mayastor_core_v1_ListBlockDevicesRequest__Output,
    _mayastor_core_v1_BlockDeviceList
  >;

  ListNodes: grpc.handleUnaryCall<_mayastor_core_v1_ListNodesRequest__Output, _mayastor_core_v1_NodeList>;

  UncordonNode: grpc.handleUnaryCall<_mayastor_core_v1_CordonNodeRequest__Output, _mayastor_core_v1_Node>;

  UnlabelNode: grpc.handleUnaryCall<_mayastor_core_v1_UnlabelNodeRequest__Output, _mayastor_core_v1_Node>;
}

export interface NodesDefinition extends grpc.ServiceDefinition {
  CordonNode: MethodDefinition<
    _mayastor_core_v1_CordonNodeRequest,
    _mayastor_core_v1_Node,
    _mayastor_core_v1_CordonNodeRequest__Output,
    _mayastor_core_v1_Node__Output
  >;
  DrainNode: MethodDefinition<
    _mayastor_core_v1_CordonNodeRequest,
    _mayastor_core_v1_Node,
    _mayastor_core_v1_CordonNodeRequest__Output,
    _mayastor_core_v1_Node__Output
  >;
  GetNode: MethodDefinition<
    _mayastor_core_v1_GetNodeRequest,
    _mayastor_core_v1_Node,
    _mayastor_core_v1_GetNodeRequest__Output,
    _mayastor_core_v1_Node__Output
  >;
  LabelNode: MethodDefinition<
    _mayastor_core_v1_LabelNodeRequest,
    _mayastor_core_v1_Node,
    _mayastor_core_v1_LabelNodeRequest__Output,
    _mayastor_core_v1_Node__Output
  >;
  ListBlockDevices: MethodDefinition<
    _mayastor_core_v1_ListBlockDevicesRequest,
    _mayastor_core_v1_BlockDeviceList,
    _mayastor_core_v1_ListBlockDevicesRequest__Output,
    _mayastor_core_v1_BlockDeviceList__Output
  >;
  ListNodes: MethodDefinition<
    _mayastor_core_v1_ListNodesRequest,
    _mayastor_core_v1_NodeList,
    _mayastor_core_v1_ListNodesRequest__Output,
    _mayastor_core_v1_NodeList__Output
  >;
  UncordonNode: MethodDefinition<
    _mayastor_core_v1_CordonNodeRequest,
    _mayastor_core_v1_Node,
    _mayastor_core_v1_CordonNodeRequest__Output,
    _mayastor_core_v1_Node__Output
  >;
  UnlabelNode: MethodDefinition<
    _mayastor_core_v1_UnlabelNodeRequest,
    _mayastor_core_v1_Node,
    _mayastor_core_v1_UnlabelNodeRequest__Output,
    _mayastor_core_v1_Node__Output
  >;
}
