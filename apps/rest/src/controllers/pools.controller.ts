import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CoreClient } from '../core-client.js';
import { CreatePoolBody, PoolDto } from '../dto/pools.dto.js';
import { OverwriteQuery, PoolsQuery } from '../dto/queries.dto.js';
import { toPool } from '../mappers.js';
import { poolOnNode } from './lookups.js';
import { RestOperation } from './decorators.js';

@ApiTags('Pools')
@Controller()
export class PoolsController {
  constructor(private readonly core: CoreClient) {}

  @Get('pools')
  @RestOperation({ id: 'get_pools', ok: [PoolDto] })
  async getPools(@Query() query: PoolsQuery): Promise<PoolDto[]> {
    const { pools } = await this.core.pools.listPools({});
    if (query.volume_id === undefined) return pools.map(toPool);
    const volume = await this.core.volumes.getVolume({ uuid: query.volume_id });
    const used = new Set((volume.state?.replicas ?? []).map((r) => r.pool));
    return pools.filter((p) => used.has(p.id)).map(toPool);
  }

  @Get('pools/:pool_id')
  @RestOperation({ id: 'get_pool', ok: PoolDto })
  async getPool(@Param('pool_id') id: string): Promise<PoolDto> {
    return toPool(await this.core.pools.getPool({ id }));
  }

  @Delete('pools/:pool_id')
  @RestOperation({ id: 'del_pool' })
  async delPool(@Param('pool_id') id: string): Promise<void> {
    await this.core.pools.destroyPool({ id });
  }

  @Get('nodes/:node_id/pools/:pool_id')
  @RestOperation({ id: 'get_node_pool', ok: PoolDto })
  async getNodePool(@Param('node_id') node: string, @Param('pool_id') id: string): Promise<PoolDto> {
    return toPool(await poolOnNode(this.core, id, node));
  }

  @Put('nodes/:node_id/pools/:pool_id')
  @RestOperation({ id: 'put_node_pool', ok: PoolDto })
  async putNodePool(
    @Param('node_id') node: string,
    @Param('pool_id') id: string,
    @Body() body: CreatePoolBody,
  ): Promise<PoolDto> {
    return toPool(await this.core.pools.createPool({ node, id, disks: body.disks, labels: body.labels ?? {} }));
  }

  @Delete('nodes/:node_id/pools/:pool_id')
  @RestOperation({ id: 'del_node_pool' })
  async delNodePool(@Param('node_id') node: string, @Param('pool_id') id: string): Promise<void> {
    await this.core.pools.destroyPool({ id, node });
  }

  @Put('pools/:pool_id/label/:key=:value')
  @RestOperation({ id: 'put_pool_label', ok: PoolDto })
  async label(
    @Param('pool_id') id: string,
    @Param('key') key: string,
    @Param('value') value: string,
    @Query() query: OverwriteQuery,
  ): Promise<PoolDto> {
    return toPool(
      await this.core.pools.labelPool({ id, labels: { [key]: value }, overwrite: query.overwrite ?? false }),
    );
  }

  @Delete('pools/:id/label/:key')
  @RestOperation({ id: 'del_pool_label', ok: PoolDto })
  async unlabel(@Param('id') id: string, @Param('key') key: string): Promise<PoolDto> {
    return toPool(await this.core.pools.unlabelPool({ id, key }));
  }
}
