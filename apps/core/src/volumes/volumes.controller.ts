import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  CreateVolumeRequest__Output,
  DestroyVolumeRequest__Output,
  GetVolumeRequest__Output,
  GrpcController,
  PublishVolumeRequest__Output,
  ResizeVolumeRequest__Output,
  SetVolumeReplicasRequest__Output,
  ShareVolumeRequest__Output,
  UnpublishVolumeRequest__Output,
  Volume,
  VolumeList,
  VolumesHandlers,
} from '@mayastor/core-api';
import { fromTopology, toVolume } from '../grpc/mappers.js';
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
  async listVolumes(): Promise<VolumeList> {
    return { volumes: this.volumes.list().map(toVolume) };
  }

  @GrpcMethod('Volumes')
  async publishVolume(request: PublishVolumeRequest__Output): Promise<Volume> {
    return toVolume(
      await this.volumes.publish(request.uuid, {
        ...(request.node !== undefined ? { node: request.node } : {}),
        frontendNodes: request.frontend_nodes,
        reuseExisting: request.reuse_existing,
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
}
