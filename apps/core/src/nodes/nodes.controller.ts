import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  BlockDeviceList,
  CordonNodeRequest__Output,
  GetNodeRequest__Output,
  GrpcController,
  LabelNodeRequest__Output,
  ListBlockDevicesRequest__Output,
  Node,
  NodeList,
  NodesHandlers,
  UnlabelNodeRequest__Output,
} from '@mayastor/core-api';
import { toBlockDevice, toNode } from '../grpc/mappers.js';
import { NodesService } from './nodes.service.js';

@Controller()
export class NodesController implements GrpcController<NodesHandlers> {
  constructor(private readonly nodes: NodesService) {}

  @GrpcMethod('Nodes')
  async listNodes(): Promise<NodeList> {
    return { nodes: this.nodes.list().map(toNode) };
  }

  @GrpcMethod('Nodes')
  async getNode(request: GetNodeRequest__Output): Promise<Node> {
    return toNode(this.nodes.get(request.id));
  }

  @GrpcMethod('Nodes')
  async cordonNode(request: CordonNodeRequest__Output): Promise<Node> {
    return toNode(await this.nodes.cordon(request.id, request.label));
  }

  @GrpcMethod('Nodes')
  async uncordonNode(request: CordonNodeRequest__Output): Promise<Node> {
    return toNode(await this.nodes.uncordon(request.id, request.label));
  }

  @GrpcMethod('Nodes')
  async labelNode(request: LabelNodeRequest__Output): Promise<Node> {
    return toNode(await this.nodes.label(request.id, request.labels, request.overwrite));
  }

  @GrpcMethod('Nodes')
  async unlabelNode(request: UnlabelNodeRequest__Output): Promise<Node> {
    return toNode(await this.nodes.unlabel(request.id, request.key));
  }

  @GrpcMethod('Nodes')
  async drainNode(request: CordonNodeRequest__Output): Promise<Node> {
    return toNode(await this.nodes.drain(request.id, request.label));
  }

  @GrpcMethod('Nodes')
  async listBlockDevices(request: ListBlockDevicesRequest__Output): Promise<BlockDeviceList> {
    return { devices: (await this.nodes.blockDevices(request.node, request.all)).map(toBlockDevice) };
  }
}
