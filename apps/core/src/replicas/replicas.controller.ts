import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  CreateReplicaRequest__Output,
  DestroyReplicaRequest__Output,
  GetReplicaRequest__Output,
  GrpcController,
  ListReplicasRequest__Output,
  Replica,
  ReplicaList,
  ReplicasHandlers,
  ShareReplicaRequest__Output,
  UnshareReplicaRequest__Output,
} from '@mayastor/core-api';
import { toReplica } from '../grpc/mappers.js';
import { ReplicasService } from './replicas.service.js';

@Controller()
export class ReplicasController implements GrpcController<ReplicasHandlers> {
  constructor(private readonly replicas: ReplicasService) {}

  @GrpcMethod('Replicas')
  async createReplica(request: CreateReplicaRequest__Output): Promise<Replica> {
    return toReplica(
      await this.replicas.create({
        uuid: request.uuid,
        pool: request.pool,
        ...(request.node !== undefined ? { node: request.node } : {}),
        ...(request.name !== undefined ? { name: request.name } : {}),
        size: request.size,
        thin: request.thin,
        share: request.share === 'PROTOCOL_NVMF' ? 'nvmf' : 'none',
        allowedHosts: request.allowed_hosts,
        owners: { volume: request.owners?.volume ?? null, nexuses: request.owners?.nexuses ?? [] },
      }),
    );
  }

  @GrpcMethod('Replicas')
  async destroyReplica(request: DestroyReplicaRequest__Output): Promise<object> {
    await this.replicas.destroy(request.uuid, {
      ...(request.pool !== undefined ? { pool: request.pool } : {}),
      disownAll: request.disown_all,
    });
    return {};
  }

  @GrpcMethod('Replicas')
  async shareReplica(request: ShareReplicaRequest__Output): Promise<Replica> {
    return toReplica(await this.replicas.share(request.uuid, request.allowed_hosts));
  }

  @GrpcMethod('Replicas')
  async unshareReplica(request: UnshareReplicaRequest__Output): Promise<Replica> {
    return toReplica(await this.replicas.unshare(request.uuid));
  }

  @GrpcMethod('Replicas')
  async getReplica(request: GetReplicaRequest__Output): Promise<Replica> {
    return toReplica(this.replicas.get(request.uuid));
  }

  @GrpcMethod('Replicas')
  async listReplicas(request: ListReplicasRequest__Output): Promise<ReplicaList> {
    return {
      replicas: this.replicas
        .list({
          ...(request.node !== undefined ? { node: request.node } : {}),
          ...(request.pool !== undefined ? { pool: request.pool } : {}),
        })
        .map(toReplica),
    };
  }
}
