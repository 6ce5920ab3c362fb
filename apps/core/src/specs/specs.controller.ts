import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { GrpcController, Specs, SpecsServiceHandlers } from '@mayastor/core-api';
import { toNexusSpec, toPoolSpec, toReplicaSpec, toVolumeSpec } from '../grpc/mappers.js';
import { NexusesService } from '../nexuses/nexuses.service.js';
import { SpecStore } from './spec-store.service.js';

/** Every spec the core holds (nexuses, pools, replicas, volumes), each kind ordered by id. */
@Controller()
export class SpecsController implements GrpcController<SpecsServiceHandlers> {
  constructor(
    private readonly specs: SpecStore,
    private readonly nexuses: NexusesService,
  ) {}

  @GrpcMethod('SpecsService')
  async getSpecs(): Promise<Specs> {
    return {
      nexuses: this.specs.sorted('NexusSpec').map((s) => toNexusSpec(s, this.nexuses.childrenOf(s))),
      pools: this.specs.sorted('PoolSpec').map(toPoolSpec),
      replicas: this.specs.sorted('ReplicaSpec').map(toReplicaSpec),
      volumes: this.specs.sorted('VolumeSpec').map(toVolumeSpec),
    };
  }
}
