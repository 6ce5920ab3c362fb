import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { GrpcController, Specs, SpecsServiceHandlers } from '@mayastor/core-api';
import { toNexusSpec, toPoolSpec, toReplicaSpec, toVolumeSpec } from '../grpc/mappers.js';
import { NexusesService } from '../nexuses/nexuses.service.js';
import { SpecStore } from './spec-store.service.js';

const byKey =
  <T>(key: (spec: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

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
      nexuses: this.specs
        .list('NexusSpec')
        .sort(byKey((s) => s.uuid))
        .map((s) => toNexusSpec(s, this.nexuses.childrenOf(s))),
      pools: this.specs
        .list('PoolSpec')
        .sort(byKey((s) => s.id))
        .map(toPoolSpec),
      replicas: this.specs
        .list('ReplicaSpec')
        .sort(byKey((s) => s.uuid))
        .map(toReplicaSpec),
      volumes: this.specs
        .list('VolumeSpec')
        .sort(byKey((s) => s.uuid))
        .map(toVolumeSpec),
    };
  }
}
