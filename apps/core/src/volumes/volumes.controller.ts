import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  CreateVolumeRequest__Output,
  DestroyVolumeRequest__Output,
  GetRebuildHistoryRequest__Output,
  GetVolumeRequest__Output,
  GrpcController,
  ListVolumesRequest__Output,
  PublishVolumeRequest__Output,
  RebuildHistory,
  ResizeVolumeRequest__Output,
  SetVolumePropertyRequest__Output,
  SetVolumeReplicasRequest__Output,
  ShareVolumeRequest__Output,
  ShutdownTargetsRequest__Output,
  UnpublishVolumeRequest__Output,
  Volume,
  VolumeList,
  VolumesHandlers,
} from '@mayastor/core-api';
import { fromTopology, toRebuildHistory, toVolume } from '../grpc/mappers.js';
import { VolumesService } from './volumes.service.js';

@Controller()
export class VolumesController implements GrpcController<VolumesHandlers> {
  constructor(private readonly volumes: VolumesService) {}

  @GrpcMethod('Volumes')
  async createVolume(request: CreateVolumeRequest__Output): Promise<Volume> {
    return toVolume(
      await this.volumes.create({
        uuid: request.uuid,
        size: request.size,
        replicas: request.replicas,
        thin: request.thin,
        labels: request.labels,
        topology: fromTopology(request.topology),
        selfHeal: request.self_heal,
        affinityGroup: request.affinity_group ?? null,
        maxSnapshots: request.max_snapshots ?? null,
      }),
    );
  }

  @GrpcMethod('Volumes')
  async destroyVolume(request: DestroyVolumeRequest__Output): Promise<object> {
    await this.volumes.destroy(request.uuid);
    return {};
  }

  @GrpcMethod('Volumes')
  async getVolume(request: GetVolumeRequest__Output): Promise<Volume> {
    return toVolume(this.volumes.get(request.uuid));
  }

  @GrpcMethod('Volumes')
  async listVolumes(request: ListVolumesRequest__Output): Promise<VolumeList> {
    const { entries, nextToken } = this.volumes.list({
      ...(request.uuid !== undefined ? { uuid: request.uuid } : {}),
      maxEntries: request.max_entries,
      startingToken: request.starting_token,
    });
    return { volumes: entries.map(toVolume), ...(nextToken !== null ? { next_token: nextToken } : {}) };
  }

  @GrpcMethod('Volumes')
  async publishVolume(request: PublishVolumeRequest__Output): Promise<Volume> {
    return toVolume(
      await this.volumes.publish(request.uuid, {
        ...(request.node !== undefined ? { node: request.node } : {}),
        frontendNodes: request.frontend_nodes,
        reuseExisting: request.reuse_existing,
        republish: request.republish,
      }),
    );
  }

  @GrpcMethod('Volumes')
  async unpublishVolume(request: UnpublishVolumeRequest__Output): Promise<Volume> {
    return toVolume(await this.volumes.unpublish(request.uuid, request.force));
  }

  @GrpcMethod('Volumes')
  async resizeVolume(request: ResizeVolumeRequest__Output): Promise<Volume> {
    return toVolume(await this.volumes.resize(request.uuid, request.size));
  }

  @GrpcMethod('Volumes')
  async setVolumeReplicas(request: SetVolumeReplicasRequest__Output): Promise<Volume> {
    return toVolume(await this.volumes.setReplicaCount(request.uuid, request.replicas));
  }

  @GrpcMethod('Volumes')
  async shareVolume(request: ShareVolumeRequest__Output): Promise<Volume> {
    return toVolume(await this.volumes.share(request.uuid));
  }

  @GrpcMethod('Volumes')
  async unshareVolume(request: ShareVolumeRequest__Output): Promise<Volume> {
    return toVolume(await this.volumes.unshare(request.uuid));
  }

  @GrpcMethod('Volumes')
  async setVolumeProperty(request: SetVolumePropertyRequest__Output): Promise<Volume> {
    return toVolume(
      await this.volumes.setProperty(
        request.uuid,
        request.max_snapshots !== undefined ? { maxSnapshots: request.max_snapshots } : {},
      ),
    );
  }

  @GrpcMethod('Volumes')
  async shutdownTargets(request: ShutdownTargetsRequest__Output): Promise<object> {
    await this.volumes.shutdownTargets(request.uuid);
    return {};
  }

  @GrpcMethod('Volumes')
  async getRebuildHistory(request: GetRebuildHistoryRequest__Output): Promise<RebuildHistory> {
    return toRebuildHistory(await this.volumes.rebuildHistory(request.uuid));
  }
}
