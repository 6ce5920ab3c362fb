import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CoreClient } from '../core-client.js';
import { SpecsDto } from '../dto/specs.dto.js';
import { toNexusSpec, toPoolSpec, toReplicaSpec, toVolumeSpec } from '../mappers.js';
import { RestOperation } from './decorators.js';

@ApiTags('Specs')
@Controller()
export class SpecsController {
  constructor(private readonly core: CoreClient) {}

  @Get('specs')
  @RestOperation({ id: 'get_specs', ok: SpecsDto })
  async getSpecs(): Promise<SpecsDto> {
    const specs = await this.core.specs.getSpecs({});
    return {
      nexuses: specs.nexuses.map(toNexusSpec),
      pools: specs.pools.map(toPoolSpec),
      replicas: specs.replicas.map(toReplicaSpec),
      volumes: specs.volumes.map(toVolumeSpec),
    };
  }
}
