import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CoreClient } from '../core-client.js';
import { AllowedHostsQuery } from '../dto/queries.dto.js';
import { CreateReplicaBody, ReplicaDto } from '../dto/replicas.dto.js';
import { toReplica } from '../mappers.js';
import { poolOnNode, replicaOn } from './lookups.js';
import { RestOperation, UuidParam } from './decorators.js';

const UUID = { replica_id: 'uuid' };

@ApiTags('Replicas')
@Controller()
export class ReplicasController {
  constructor(private readonly core: CoreClient) {}

  @Get('replicas')
  @RestOperation({ id: 'get_replicas', ok: [ReplicaDto] })
  async getReplicas(): Promise<ReplicaDto[]> {
    const { replicas } = await this.core.replicas.listReplicas({});
    return replicas.map(toReplica);
  }

  @Get('replicas/:id')
  @RestOperation({ id: 'get_replica', ok: ReplicaDto, params: { id: 'uuid' } })
  async getReplica(@UuidParam('id') uuid: string): Promise<ReplicaDto> {
    return toReplica(await this.core.replicas.getReplica({ uuid }));
  }

  @Get('nodes/:node_id/pools/:pool_id/replicas')
  @RestOperation({ id: 'get_node_pool_replicas', ok: [ReplicaDto] })
  async getNodePoolReplicas(@Param('node_id') node: string, @Param('pool_id') pool: string): Promise<ReplicaDto[]> {
    await poolOnNode(this.core, pool, node);
    const { replicas } = await this.core.replicas.listReplicas({ node, pool });
    return replicas.map(toReplica);
  }

  @Get('nodes/:node_id/pools/:pool_id/replicas/:replica_id')
  @RestOperation({ id: 'get_node_pool_replica', ok: ReplicaDto, params: UUID })
  async getNodePoolReplica(
    @Param('node_id') node: string,
    @Param('pool_id') pool: string,
    @UuidParam('replica_id') uuid: string,
  ): Promise<ReplicaDto> {
    return toReplica(await replicaOn(this.core, uuid, pool, node));
  }

  @Put('nodes/:node_id/pools/:pool_id/replicas/:replica_id')
  @RestOperation({ id: 'put_node_pool_replica', ok: ReplicaDto, params: UUID })
  async putNodePoolReplica(
    @Param('node_id') node: string,
    @Param('pool_id') pool: string,
    @UuidParam('replica_id') uuid: string,
    @Body() body: CreateReplicaBody,
  ): Promise<ReplicaDto> {
    return this.create(uuid, pool, body, node);
  }

  @Put('pools/:pool_id/replicas/:replica_id')
  @RestOperation({ id: 'put_pool_replica', ok: ReplicaDto, params: UUID })
  async putPoolReplica(
    @Param('pool_id') pool: string,
    @UuidParam('replica_id') uuid: string,
    @Body() body: CreateReplicaBody,
  ): Promise<ReplicaDto> {
    return this.create(uuid, pool, body);
  }

  @Delete('nodes/:node_id/pools/:pool_id/replicas/:replica_id')
  @RestOperation({ id: 'del_node_pool_replica', params: UUID })
  async delNodePoolReplica(
    @Param('node_id') node: string,
    @Param('pool_id') pool: string,
    @UuidParam('replica_id') uuid: string,
  ): Promise<void> {
    await replicaOn(this.core, uuid, pool, node);
    await this.core.replicas.destroyReplica({ uuid, pool });
  }

  @Delete('pools/:pool_id/replicas/:replica_id')
  @RestOperation({ id: 'del_pool_replica', params: UUID })
  async delPoolReplica(@Param('pool_id') pool: string, @UuidParam('replica_id') uuid: string): Promise<void> {
    await this.core.replicas.destroyReplica({ uuid, pool });
  }

  @Put('nodes/:node_id/pools/:pool_id/replicas/:replica_id/share/nvmf')
  @RestOperation({ id: 'put_node_pool_replica_share', ok: String, params: UUID })
  async shareOnNode(
    @Param('node_id') node: string,
    @Param('pool_id') pool: string,
    @UuidParam('replica_id') uuid: string,
    @Query() query: AllowedHostsQuery,
  ): Promise<string> {
    await replicaOn(this.core, uuid, pool, node);
    return this.share(uuid, query);
  }

  @Put('pools/:pool_id/replicas/:replica_id/share/nvmf')
  @RestOperation({ id: 'put_pool_replica_share', ok: String, params: UUID })
  async shareOnPool(
    @Param('pool_id') pool: string,
    @UuidParam('replica_id') uuid: string,
    @Query() query: AllowedHostsQuery,
  ): Promise<string> {
    await replicaOn(this.core, uuid, pool);
    return this.share(uuid, query);
  }

  @Delete('nodes/:node_id/pools/:pool_id/replicas/:replica_id/share')
  @RestOperation({ id: 'del_node_pool_replica_share', params: UUID })
  async unshareOnNode(
    @Param('node_id') node: string,
    @Param('pool_id') pool: string,
    @UuidParam('replica_id') uuid: string,
  ): Promise<void> {
    await replicaOn(this.core, uuid, pool, node);
    await this.core.replicas.unshareReplica({ uuid });
  }

  @Delete('pools/:pool_id/replicas/:replica_id/share')
  @RestOperation({ id: 'del_pool_replica_share', params: UUID })
  async unshareOnPool(@Param('pool_id') pool: string, @UuidParam('replica_id') uuid: string): Promise<void> {
    await replicaOn(this.core, uuid, pool);
    await this.core.replicas.unshareReplica({ uuid });
  }

  private async create(uuid: string, pool: string, body: CreateReplicaBody, node?: string): Promise<ReplicaDto> {
    const replica = await this.core.replicas.createReplica({
      uuid,
      pool,
      ...(node !== undefined ? { node } : {}),
      size: body.size,
      thin: body.thin,
      share: body.share === 'nvmf' ? 'PROTOCOL_NVMF' : 'PROTOCOL_NONE',
      allowed_hosts: body['allowed-hosts'] ?? [],
    });
    return toReplica(replica);
  }

  private async share(uuid: string, query: AllowedHostsQuery): Promise<string> {
    const replica = await this.core.replicas.shareReplica({ uuid, allowed_hosts: query['allowed-hosts'] ?? [] });
    return JSON.stringify(replica.state?.uri ?? '');
  }
}
