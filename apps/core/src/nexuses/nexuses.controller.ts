import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  CreateNexusRequest__Output,
  DestroyNexusRequest__Output,
  GetNexusRequest__Output,
  GrpcController,
  ListNexusesRequest__Output,
  Nexus,
  NexusChild,
  NexusChildRequest__Output,
  NexusesHandlers,
  NexusList,
  ShareNexusReply,
  ShareNexusRequest__Output,
  UnshareNexusRequest__Output,
} from '@mayastor/core-api';
import { toNexus, toNexusChild } from '../grpc/mappers.js';
import { NexusesService } from './nexuses.service.js';

@Controller()
export class NexusesController implements GrpcController<NexusesHandlers> {
  constructor(private readonly nexuses: NexusesService) {}

  @GrpcMethod('Nexuses')
  async listNexuses(request: ListNexusesRequest__Output): Promise<NexusList> {
    return { nexuses: this.nexuses.list(request.node).map(toNexus) };
  }

  @GrpcMethod('Nexuses')
  async getNexus(request: GetNexusRequest__Output): Promise<Nexus> {
    return toNexus(this.nexuses.get(request.uuid, request.node));
  }

  @GrpcMethod('Nexuses')
  async createNexus(request: CreateNexusRequest__Output): Promise<Nexus> {
    return toNexus(
      await this.nexuses.create({
        node: request.node,
        uuid: request.uuid,
        size: request.size,
        children: request.children,
      }),
    );
  }

  @GrpcMethod('Nexuses')
  async destroyNexus(request: DestroyNexusRequest__Output): Promise<object> {
    await this.nexuses.destroy(request.uuid, request.node);
    return {};
  }

  @GrpcMethod('Nexuses')
  async addNexusChild(request: NexusChildRequest__Output): Promise<NexusChild> {
    return toNexusChild(await this.nexuses.addChild(request.uuid, request.node, request.uri));
  }

  @GrpcMethod('Nexuses')
  async removeNexusChild(request: NexusChildRequest__Output): Promise<object> {
    await this.nexuses.removeChild(request.uuid, request.node, request.uri);
    return {};
  }

  @GrpcMethod('Nexuses')
  async shareNexus(request: ShareNexusRequest__Output): Promise<ShareNexusReply> {
    return { device_uri: await this.nexuses.share(request.uuid, request.node, request.allowed_hosts) };
  }

  @GrpcMethod('Nexuses')
  async unshareNexus(request: UnshareNexusRequest__Output): Promise<object> {
    await this.nexuses.unshare(request.uuid, request.node);
    return {};
  }
}
