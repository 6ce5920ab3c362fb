import { Body, Controller, Delete, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError, Errors } from '@mayastor/common';
import { CoreClient } from '../core-client.js';
import { VOLUME_SHARE_PROTOCOL } from '../dto/common.dto.js';
import { ForceQuery, FrontendHostQuery, VolumesQuery } from '../dto/queries.dto.js';
import {
  CreateVolumeBody,
  PublishVolumeBody,
  RebuildHistoryDto,
  ResizeVolumeBody,
  SetVolumePropertyBody,
  VolumeDto,
  VolumesDto,
} from '../dto/volumes.dto.js';
import { fromTopology, hostNqnOf, toRebuildHistory, toVolume } from '../mappers.js';
import { RestOperation, UuidParam } from './decorators.js';

const VOLUME = { volume_id: 'uuid' };
/** Volumes asked of the core per call when a client asks for all of them. */
const CORE_PAGE = 500;
const nvmfOnly = (protocol: string): void => {
  if (protocol !== 'nvmf') {
    throw Errors.invalidArgument(`invalid request: protocol ${protocol} is not supported; use nvmf`, { protocol });
  }
};

@ApiTags('Volumes')
@Controller()
export class VolumesController {
  constructor(private readonly core: CoreClient) {}

  @Get('volumes')
  @RestOperation({ id: 'get_volumes', ok: VolumesDto })
  async getVolumes(@Query() query: VolumesQuery): Promise<VolumesDto> {
    if (query.max_entries === 0 && query.volume_id === undefined) {
      // Everything from the offset on, fetched from the core a page at a time.
      const entries: VolumeDto[] = [];
      let token: number | undefined = query.starting_token ?? 0;
      while (token !== undefined) {
        const page = await this.core.volumes.listVolumes({ max_entries: CORE_PAGE, starting_token: token });
        entries.push(...page.volumes.map(toVolume));
        token = page.next_token;
      }
      return { entries };
    }
    const page = await this.core.volumes.listVolumes({
      ...(query.volume_id !== undefined ? { uuid: query.volume_id } : {}),
      max_entries: query.max_entries,
      starting_token: query.starting_token ?? 0,
    });
    return {
      entries: page.volumes.map(toVolume),
      ...(page.next_token !== undefined ? { next_token: page.next_token } : {}),
    };
  }

  @Get('volumes/:volume_id')
  @RestOperation({ id: 'get_volume', ok: VolumeDto, params: VOLUME })
  async getVolume(@UuidParam('volume_id') uuid: string): Promise<VolumeDto> {
    return toVolume(await this.core.volumes.getVolume({ uuid }));
  }

  @Put('volumes/:volume_id')
  @RestOperation({ id: 'put_volume', ok: VolumeDto, params: VOLUME })
  async putVolume(@UuidParam('volume_id') uuid: string, @Body() body: CreateVolumeBody): Promise<VolumeDto> {
    const topology = fromTopology(body.topology);
    const volume = await this.core.volumes.createVolume({
      uuid,
      size: body.size,
      replicas: body.replicas,
      thin: body.thin,
      labels: body.labels ?? {},
      self_heal: body.policy.self_heal,
      ...(topology ? { topology } : {}),
      ...(body.affinity_group ? { affinity_group: body.affinity_group.id } : {}),
      ...(body.max_snapshots !== undefined ? { max_snapshots: body.max_snapshots } : {}),
    });
    return toVolume(volume);
  }

  @Delete('volumes/:volume_id')
  @RestOperation({ id: 'del_volume', params: VOLUME })
  async delVolume(@UuidParam('volume_id') uuid: string): Promise<void> {
    await this.core.volumes.destroyVolume({ uuid });
  }

  @Get('volumes/:volume_id/rebuild-history')
  @RestOperation({ id: 'get_rebuild_history', ok: RebuildHistoryDto, params: VOLUME })
  async rebuildHistory(@UuidParam('volume_id') uuid: string): Promise<RebuildHistoryDto> {
    return toRebuildHistory(await this.core.volumes.getRebuildHistory({ uuid }));
  }

  @Put('volumes/:volume_id/replica_count/:replica_count')
  @RestOperation({
    id: 'put_volume_replica_count',
    ok: VolumeDto,
    params: {
      volume_id: 'uuid',
      replica_count: { schema: { type: 'integer', format: 'uint8', minimum: 1, maximum: 255 } },
    },
  })
  async replicaCount(
    @UuidParam('volume_id') uuid: string,
    @Param(
      'replica_count',
      new ParseIntPipe({
        exceptionFactory: () => new DomainError('InvalidArgument', 'invalid request: replica_count must be an integer'),
      }),
    )
    replicas: number,
  ): Promise<VolumeDto> {
    if (replicas < 1 || replicas > 255) {
      throw Errors.invalidArgument('invalid request: replica_count must be between 1 and 255', {
        replica_count: String(replicas),
      });
    }
    return toVolume(await this.core.volumes.setVolumeReplicas({ uuid, replicas }));
  }

  @Put('volumes/:volume_id/property')
  @RestOperation({ id: 'put_volume_property', ok: VolumeDto, params: VOLUME })
  async property(@UuidParam('volume_id') uuid: string, @Body() body: SetVolumePropertyBody): Promise<VolumeDto> {
    return toVolume(await this.core.volumes.setVolumeProperty({ uuid, max_snapshots: body.max_snapshots }));
  }

  @Put('volumes/:volume_id/target')
  @RestOperation({ id: 'put_volume_target', ok: VolumeDto, params: VOLUME })
  async publish(@UuidParam('volume_id') uuid: string, @Body() body: PublishVolumeBody): Promise<VolumeDto> {
    nvmfOnly(body.protocol);
    const volume = await this.core.volumes.publishVolume({
      uuid,
      ...(body.node !== undefined ? { node: body.node } : {}),
      frontend_nodes: body.frontend_node ? [hostNqnOf(body.frontend_node)] : [],
      // As the original: a republish keeps a healthy target unless told not to.
      reuse_existing: body.reuse_existing ?? body.republish === true,
      republish: body.republish ?? false,
    });
    return toVolume(volume);
  }

  @Delete('volumes/:volume_id/target')
  @RestOperation({ id: 'del_volume_target', ok: VolumeDto, params: VOLUME })
  async unpublish(@UuidParam('volume_id') uuid: string, @Query() query: ForceQuery): Promise<VolumeDto> {
    return toVolume(await this.core.volumes.unpublishVolume({ uuid, force: query.force ?? false }));
  }

  @Put('volumes/:volume_id/size')
  @RestOperation({ id: 'put_volume_size', ok: VolumeDto, params: VOLUME })
  async resize(@UuidParam('volume_id') uuid: string, @Body() body: ResizeVolumeBody): Promise<VolumeDto> {
    return toVolume(await this.core.volumes.resizeVolume({ uuid, size: body.size }));
  }

  @Delete('volumes/:volume_id/shutdown_targets')
  @RestOperation({ id: 'del_volume_shutdown_targets', params: VOLUME })
  async shutdownTargets(@UuidParam('volume_id') uuid: string): Promise<void> {
    await this.core.volumes.shutdownTargets({ uuid });
  }

  @Put('volumes/:volume_id/share/:protocol')
  @RestOperation({
    id: 'put_volume_share',
    ok: String,
    params: { volume_id: 'uuid', protocol: { enum: VOLUME_SHARE_PROTOCOL, enumName: 'VolumeShareProtocol' } },
  })
  async share(
    @UuidParam('volume_id') uuid: string,
    @Param('protocol') protocol: string,
    @Query() _query: FrontendHostQuery,
  ): Promise<string> {
    nvmfOnly(protocol);
    const volume = await this.core.volumes.shareVolume({ uuid });
    return JSON.stringify(volume.state?.target?.device_uri || volume.spec?.target?.device_uri || '');
  }

  // The reference spells this path without a slash after "volumes"; clients call it so.
  @Delete('volumes:volume_id/share')
  @RestOperation({ id: 'del_share', params: VOLUME })
  async unshare(@UuidParam('volume_id') uuid: string): Promise<void> {
    await this.core.volumes.unshareVolume({ uuid });
  }
}
