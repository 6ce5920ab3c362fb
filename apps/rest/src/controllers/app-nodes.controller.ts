import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CoreClient } from '../core-client.js';
import { AppNodeDto, AppNodesDto, RegisterAppNodeBody } from '../dto/app-nodes.dto.js';
import { PageQuery } from '../dto/queries.dto.js';
import { toAppNode } from '../mappers.js';
import { RestOperation } from './decorators.js';

@ApiTags('AppNodes')
@Controller()
export class AppNodesController {
  constructor(private readonly core: CoreClient) {}

  @Get('app-nodes')
  @RestOperation({ id: 'get_app_nodes', ok: AppNodesDto, serverErrors: false })
  async getAppNodes(@Query() query: PageQuery): Promise<AppNodesDto> {
    const page = await this.core.appNodes.listAppNodes({
      max_entries: query.max_entries,
      starting_token: query.starting_token ?? 0,
    });
    return {
      entries: page.app_nodes.map(toAppNode),
      ...(page.next_token !== undefined ? { next_token: page.next_token } : {}),
    };
  }

  @Put('app-nodes/:app_node_id')
  @RestOperation({ id: 'register_app_node' })
  async register(@Param('app_node_id') id: string, @Body() body: RegisterAppNodeBody): Promise<void> {
    await this.core.appNodes.registerAppNode({ id, endpoint: body.endpoint, labels: body.labels ?? {} });
  }

  @Delete('app-nodes/:app_node_id')
  @RestOperation({ id: 'deregister_app_node' })
  async deregister(@Param('app_node_id') id: string): Promise<void> {
    await this.core.appNodes.deregisterAppNode({ id });
  }

  @Get('app-nodes/:app_node_id')
  @RestOperation({ id: 'get_app_node', ok: AppNodeDto, serverErrors: false })
  async getAppNode(@Param('app_node_id') id: string): Promise<AppNodeDto> {
    return toAppNode(await this.core.appNodes.getAppNode({ id }));
  }
}
