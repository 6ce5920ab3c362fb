import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  CreatePoolRequest__Output,
  DestroyPoolRequest__Output,
  GetPoolRequest__Output,
  GrpcController,
  LabelPoolRequest__Output,
  ListPoolsRequest__Output,
  Pool,
  PoolList,
  PoolsHandlers,
  UnlabelPoolRequest__Output,
} from '@mayastor/core-api';
import { toPool } from '../grpc/mappers.js';
import { PoolsService } from './pools.service.js';

@Controller()
export class PoolsController implements GrpcController<PoolsHandlers> {
  constructor(private readonly pools: PoolsService) {}

  @GrpcMethod('Pools')
  async createPool(request: CreatePoolRequest__Output): Promise<Pool> {
    return toPool(
      await this.pools.create({ node: request.node, id: request.id, disks: request.disks, labels: request.labels }),
    );
  }

  @GrpcMethod('Pools')
  async destroyPool(request: DestroyPoolRequest__Output): Promise<object> {
    await this.pools.destroy(request.id, request.node);
    return {};
  }

  @GrpcMethod('Pools')
  async getPool(request: GetPoolRequest__Output): Promise<Pool> {
    return toPool(this.pools.get(request.id));
  }

  @GrpcMethod('Pools')
  async listPools(request: ListPoolsRequest__Output): Promise<PoolList> {
    return { pools: this.pools.list(request.node).map(toPool) };
  }

  @GrpcMethod('Pools')
  async labelPool(request: LabelPoolRequest__Output): Promise<Pool> {
    return toPool(await this.pools.label(request.id, request.labels, request.overwrite));
  }

  @GrpcMethod('Pools')
  async unlabelPool(request: UnlabelPoolRequest__Output): Promise<Pool> {
    return toPool(await this.pools.unlabel(request.id, request.key));
  }
}
