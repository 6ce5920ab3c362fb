import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Errors } from '@mayastor/common';
import { CoreClient } from '../core-client.js';
import { NEXUS_SHARE_PROTOCOL } from '../dto/common.dto.js';
import { ChildDto, CreateNexusBody, NexusDto } from '../dto/nexuses.dto.js';
import { toChild, toNexus } from '../mappers.js';
import { RestOperation, UuidParam } from './decorators.js';

const NEXUS = { nexus_id: 'uuid' };
const CHILD = { nexus_id: 'uuid', child_id: 'url' };

@ApiTags('Nexuses', 'Children')
@Controller()
export class NexusesController {
  constructor(private readonly core: CoreClient) {}

  @Get('nexuses')
  @RestOperation({ id: 'get_nexuses', ok: [NexusDto] })
  async getNexuses(): Promise<NexusDto[]> {
    const { nexuses } = await this.core.nexuses.listNexuses({});
    return nexuses.map(toNexus);
  }

  @Get('nexuses/:nexus_id')
  @RestOperation({ id: 'get_nexus', ok: NexusDto, params: NEXUS })
  async getNexus(@UuidParam('nexus_id') uuid: string): Promise<NexusDto> {
    return toNexus(await this.core.nexuses.getNexus({ uuid }));
  }

  @Delete('nexuses/:nexus_id')
  @RestOperation({ id: 'del_nexus', params: NEXUS })
  async delNexus(@UuidParam('nexus_id') uuid: string): Promise<void> {
    await this.core.nexuses.destroyNexus({ uuid });
  }

  @Get('nexuses/:nexus_id/children')
  @RestOperation({ id: 'get_nexus_children', ok: [ChildDto], params: NEXUS })
  async getChildren(@UuidParam('nexus_id') uuid: string): Promise<ChildDto[]> {
    return toNexus(await this.core.nexuses.getNexus({ uuid })).children;
  }

  @Get('nexuses/:nexus_id/children/:child_id')
  @RestOperation({ id: 'get_nexus_child', ok: ChildDto, params: CHILD })
  async getChild(@UuidParam('nexus_id') uuid: string, @Param('child_id') uri: string): Promise<ChildDto> {
    return this.child(uuid, uri);
  }

  @Put('nexuses/:nexus_id/children/:child_id')
  @RestOperation({ id: 'put_nexus_child', ok: ChildDto, params: CHILD })
  async putChild(@UuidParam('nexus_id') uuid: string, @Param('child_id') uri: string): Promise<ChildDto> {
    return toChild(await this.core.nexuses.addNexusChild({ uuid, uri }));
  }

  @Delete('nexuses/:nexus_id/children/:child_id')
  @RestOperation({ id: 'del_nexus_child', params: CHILD })
  async delChild(@UuidParam('nexus_id') uuid: string, @Param('child_id') uri: string): Promise<void> {
    await this.core.nexuses.removeNexusChild({ uuid, uri });
  }

  @Get('nodes/:node_id/nexuses/:nexus_id')
  @RestOperation({ id: 'get_node_nexus', ok: NexusDto, params: NEXUS })
  async getNodeNexus(@Param('node_id') node: string, @UuidParam('nexus_id') uuid: string): Promise<NexusDto> {
    return toNexus(await this.core.nexuses.getNexus({ uuid, node }));
  }

  @Put('nodes/:node_id/nexuses/:nexus_id')
  @RestOperation({ id: 'put_node_nexus', ok: NexusDto, params: NEXUS })
  async putNodeNexus(
    @Param('node_id') node: string,
    @UuidParam('nexus_id') uuid: string,
    @Body() body: CreateNexusBody,
  ): Promise<NexusDto> {
    return toNexus(await this.core.nexuses.createNexus({ node, uuid, size: body.size, children: body.children }));
  }

  @Delete('nodes/:node_id/nexuses/:nexus_id')
  @RestOperation({ id: 'del_node_nexus', params: NEXUS })
  async delNodeNexus(@Param('node_id') node: string, @UuidParam('nexus_id') uuid: string): Promise<void> {
    await this.core.nexuses.destroyNexus({ uuid, node });
  }

  @Get('nodes/:node_id/nexuses/:nexus_id/children')
  @RestOperation({ id: 'get_node_nexus_children', ok: [ChildDto], params: NEXUS })
  async getNodeChildren(@Param('node_id') node: string, @UuidParam('nexus_id') uuid: string): Promise<ChildDto[]> {
    return toNexus(await this.core.nexuses.getNexus({ uuid, node })).children;
  }

  @Get('nodes/:node_id/nexuses/:nexus_id/children/:child_id')
  @RestOperation({ id: 'get_node_nexus_child', ok: ChildDto, params: CHILD })
  async getNodeChild(
    @Param('node_id') node: string,
    @UuidParam('nexus_id') uuid: string,
    @Param('child_id') uri: string,
  ): Promise<ChildDto> {
    return this.child(uuid, uri, node);
  }

  @Put('nodes/:node_id/nexuses/:nexus_id/children/:child_id')
  @RestOperation({ id: 'put_node_nexus_child', ok: ChildDto, params: CHILD })
  async putNodeChild(
    @Param('node_id') node: string,
    @UuidParam('nexus_id') uuid: string,
    @Param('child_id') uri: string,
  ): Promise<ChildDto> {
    return toChild(await this.core.nexuses.addNexusChild({ uuid, node, uri }));
  }

  @Delete('nodes/:node_id/nexuses/:nexus_id/children/:child_id')
  @RestOperation({ id: 'del_node_nexus_child', params: CHILD })
  async delNodeChild(
    @Param('node_id') node: string,
    @UuidParam('nexus_id') uuid: string,
    @Param('child_id') uri: string,
  ): Promise<void> {
    await this.core.nexuses.removeNexusChild({ uuid, node, uri });
  }

  @Put('nodes/:node_id/nexuses/:nexus_id/share/:protocol')
  @RestOperation({
    id: 'put_node_nexus_share',
    ok: String,
    params: { nexus_id: 'uuid', protocol: { enum: NEXUS_SHARE_PROTOCOL, enumName: 'NexusShareProtocol' } },
  })
  async share(
    @Param('node_id') node: string,
    @UuidParam('nexus_id') uuid: string,
    @Param('protocol') protocol: string,
  ): Promise<string> {
    if (protocol !== 'nvmf') {
      throw Errors.invalidArgument(`invalid request: protocol ${protocol} is not supported; use nvmf`, { protocol });
    }
    const { device_uri } = await this.core.nexuses.shareNexus({ uuid, node, allowed_hosts: [] });
    return JSON.stringify(device_uri);
  }

  @Delete('nodes/:node_id/nexuses/:nexus_id/share')
  @RestOperation({ id: 'del_node_nexus_share', params: NEXUS })
  async unshare(@Param('node_id') node: string, @UuidParam('nexus_id') uuid: string): Promise<void> {
    await this.core.nexuses.unshareNexus({ uuid, node });
  }

  private async child(uuid: string, uri: string, node?: string): Promise<ChildDto> {
    const nexus = toNexus(await this.core.nexuses.getNexus({ uuid, ...(node !== undefined ? { node } : {}) }));
    const child = nexus.children.find((c) => c.uri === uri);
    if (!child) throw Errors.notFound(`nexus ${uuid} has no child ${uri}`, { resource: 'Child', id: uri });
    return child;
  }
}
