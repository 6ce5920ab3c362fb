import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  AppNode,
  AppNodeList,
  AppNodeRequest__Output,
  AppNodesHandlers,
  GrpcController,
  ListAppNodesRequest__Output,
  RegisterAppNodeRequest__Output,
} from '@mayastor/core-api';
import { toAppNode } from '../grpc/mappers.js';
import { AppNodesService } from './app-nodes.service.js';

@Controller()
export class AppNodesController implements GrpcController<AppNodesHandlers> {
  constructor(private readonly appNodes: AppNodesService) {}

  @GrpcMethod('AppNodes')
  async registerAppNode(request: RegisterAppNodeRequest__Output): Promise<object> {
    await this.appNodes.register(request.id, request.endpoint, request.labels);
    return {};
  }

  @GrpcMethod('AppNodes')
  async deregisterAppNode(request: AppNodeRequest__Output): Promise<object> {
    await this.appNodes.deregister(request.id);
    return {};
  }

  @GrpcMethod('AppNodes')
  async getAppNode(request: AppNodeRequest__Output): Promise<AppNode> {
    return toAppNode(this.appNodes.get(request.id));
  }

  @GrpcMethod('AppNodes')
  async listAppNodes(request: ListAppNodesRequest__Output): Promise<AppNodeList> {
    const { entries, nextToken } = this.appNodes.list({
      maxEntries: request.max_entries,
      startingToken: request.starting_token,
    });
    return { app_nodes: entries.map(toAppNode), ...(nextToken !== null ? { next_token: nextToken } : {}) };
  }
}
