import { Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '@mayastor/common';
import { CoreClient } from '../core-client.js';
import { BlockDeviceDto, NodeDto } from '../dto/nodes.dto.js';
import { NexusDto } from '../dto/nexuses.dto.js';
import { PoolDto } from '../dto/pools.dto.js';
import { ReplicaDto } from '../dto/replicas.dto.js';
import { BlockDevicesQuery, NodesQuery, OverwriteQuery } from '../dto/queries.dto.js';
import { toBlockDevice, toNexus, toNode, toPool, toReplica } from '../mappers.js';
import { RestOperation } from './decorators.js';

@ApiTags('Nodes')
@Controller()
export class NodesController {
  constructor(private readonly core: CoreClient) {}

  @Get('nodes')
  @RestOperation({ id: 'get_nodes', ok: [NodeDto] })
  async getNodes(@Query() query: NodesQuery): Promise<NodeDto[]> {
    if (query.node_id !== undefined) {
      try {
        return [toNode(await this.core.nodes.getNode({ id: query.node_id }))];
      } catch (error) {
        if (DomainError.is(error, 'NotFound')) return [];
        throw error;
      }
    }
    const { nodes } = await this.core.nodes.listNodes({});
    return nodes.map(toNode);
  }

  @Get('nodes/:id')
  @RestOperation({ id: 'get_node', ok: NodeDto })
  async getNode(@Param('id') id: string): Promise<NodeDto> {
    return toNode(await this.core.nodes.getNode({ id }));
  }

  @Put('nodes/:id/cordon/:label')
  @RestOperation({ id: 'put_node_cordon', ok: NodeDto })
  async cordon(@Param('id') id: string, @Param('label') label: string): Promise<NodeDto> {
    return toNode(await this.core.nodes.cordonNode({ id, label }));
  }

  @Delete('nodes/:id/cordon/:label')
  @RestOperation({ id: 'delete_node_cordon', ok: NodeDto })
  async uncordon(@Param('id') id: string, @Param('label') label: string): Promise<NodeDto> {
    return toNode(await this.core.nodes.uncordonNode({ id, label }));
  }

  @Put('nodes/:id/drain/:label')
  @RestOperation({ id: 'put_node_drain', ok: NodeDto })
  async drain(@Param('id') id: string, @Param('label') label: string): Promise<NodeDto> {
    return toNode(await this.core.nodes.drainNode({ id, label }));
  }

  @Put('nodes/:id/label/:key=:value')
  @RestOperation({ id: 'put_node_label', ok: NodeDto })
  async label(
    @Param('id') id: string,
    @Param('key') key: string,
    @Param('value') value: string,
    @Query() query: OverwriteQuery,
  ): Promise<NodeDto> {
    return toNode(
      await this.core.nodes.labelNode({ id, labels: { [key]: value }, overwrite: query.overwrite ?? false }),
    );
  }

  @Delete('nodes/:id/label/:key')
  @RestOperation({ id: 'delete_node_label', ok: NodeDto })
  async unlabel(@Param('id') id: string, @Param('key') key: string): Promise<NodeDto> {
    return toNode(await this.core.nodes.unlabelNode({ id, key }));
  }

  @Get('nodes/:id/nexuses')
  @RestOperation({ id: 'get_node_nexuses', ok: [NexusDto] })
  async nexuses(@Param('id') id: string): Promise<NexusDto[]> {
    await this.core.nodes.getNode({ id });
    const { nexuses } = await this.core.nexuses.listNexuses({ node: id });
    return nexuses.map(toNexus);
  }

  @Get('nodes/:id/pools')
  @RestOperation({ id: 'get_node_pools', ok: [PoolDto] })
  async pools(@Param('id') id: string): Promise<PoolDto[]> {
    await this.core.nodes.getNode({ id });
    const { pools } = await this.core.pools.listPools({ node: id });
    return pools.map(toPool);
  }

  @Get('nodes/:id/replicas')
  @RestOperation({ id: 'get_node_replicas', ok: [ReplicaDto] })
  async replicas(@Param('id') id: string): Promise<ReplicaDto[]> {
    await this.core.nodes.getNode({ id });
    const { replicas } = await this.core.replicas.listReplicas({ node: id });
    return replicas.map(toReplica);
  }

  @Get('nodes/:node/block_devices')
  @RestOperation({ id: 'get_node_block_devices', ok: [BlockDeviceDto] })
  async blockDevices(@Param('node') node: string, @Query() query: BlockDevicesQuery): Promise<BlockDeviceDto[]> {
    const { devices } = await this.core.nodes.listBlockDevices({ node, all: query.all ?? false });
    return devices.map(toBlockDevice);
  }
}
