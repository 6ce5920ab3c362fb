import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString } from 'class-validator';
import { ERROR_KINDS, type ErrorKind } from '@mayastor/common';

/** Enumerations of the REST v0 API, named as the reference names them. */
export const SPEC_STATUS = ['Creating', 'Created', 'Deleting', 'Deleted'] as const;
export const PROTOCOL = ['none', 'nvmf', 'iscsi', 'nbd'] as const;
export const NODE_STATUS = ['Unknown', 'Online', 'Offline'] as const;
export const POOL_STATUS = ['Unknown', 'Online', 'Degraded', 'Faulted'] as const;
export const REPLICA_STATE = ['Unknown', 'Online', 'Degraded', 'Faulted'] as const;
export const REPLICA_KIND = ['Regular', 'Snapshot', 'SnapshotClone'] as const;
export const CHILD_STATE = ['Unknown', 'Online', 'Degraded', 'Faulted'] as const;
export const CHILD_STATE_REASON = ['OutOfSpace'] as const;
export const NEXUS_STATE = ['Unknown', 'Online', 'Degraded', 'Faulted', 'ShuttingDown', 'Shutdown'] as const;
export const VOLUME_STATUS = ['Unknown', 'Online', 'Degraded', 'Faulted', 'Shutdown'] as const;
export const VOLUME_SHARE_PROTOCOL = ['nvmf', 'iscsi'] as const;
export const NEXUS_SHARE_PROTOCOL = ['nvmf', 'iscsi'] as const;
export const REPLICA_SHARE_PROTOCOL = ['nvmf'] as const;
export const REBUILD_JOB_STATE = ['Init', 'Rebuilding', 'Stopped', 'Paused', 'Failed', 'Completed'] as const;

export type SpecStatusName = (typeof SPEC_STATUS)[number];
export type ProtocolName = (typeof PROTOCOL)[number];

/** Swagger options of a property holding a string map (`additionalProperties: string`). */
export const STRING_MAP = { type: 'object', additionalProperties: { type: 'string' } } as const;

@ApiSchema({ name: 'RestJsonError', description: 'Rest Json Error format' })
export class RestJsonErrorDto {
  @ApiProperty({ description: 'detailed error information' })
  details!: string;

  @ApiProperty({ description: 'last reported error information' })
  message!: string;

  @ApiProperty({ description: 'error kind', enum: ERROR_KINDS })
  kind!: ErrorKind;
}

@ApiSchema({ name: 'AffinityGroup' })
export class AffinityGroupDto {
  @ApiProperty({ description: 'Identification of the Affinity Group.' })
  @IsString()
  @IsNotEmpty()
  id!: string;
}

@ApiSchema({ name: 'VolumePolicy' })
export class VolumePolicyDto {
  @ApiProperty({ description: 'the server will attempt to heal the volume by itself' })
  @IsBoolean()
  self_heal!: boolean;
}

@ApiSchema({ name: 'NodeAccessInfo' })
export class NodeAccessInfoDto {
  @ApiProperty({ description: 'The nodename of the node.' })
  name!: string;

  @ApiProperty({ description: "The Nvme Nqn of the node's initiator." })
  nqn!: string;
}

/** The operation in progress on a spec (each kind of spec has its own list). */
export function operationSchema(name: string, operations: readonly string[]) {
  @ApiSchema({ name, description: 'Record of the operation in progress' })
  class Operation {
    @ApiProperty({ description: 'Record of the operation', enum: operations })
    operation!: string;

    @ApiPropertyOptional({ description: 'Result of the operation' })
    result?: boolean;
  }
  return Operation;
}

export const ReplicaSpecOperationDto = operationSchema('ReplicaSpecOperation', [
  'Create',
  'Destroy',
  'Share',
  'Unshare',
]);
export const NexusSpecOperationDto = operationSchema('NexusSpecOperation', [
  'Create',
  'Destroy',
  'Share',
  'Unshare',
  'AddChild',
  'RemoveChild',
  'Shutdown',
]);
export const VolumeSpecOperationDto = operationSchema('VolumeSpecOperation', [
  'Create',
  'Destroy',
  'Share',
  'Unshare',
  'SetReplica',
  'RemoveUnusedReplica',
  'Publish',
  'Republish',
  'Unpublish',
  'CreateSnapshot',
  'DestroySnapshot',
  'Resize',
  'SetVolumeProperty',
]);

export interface OperationBody {
  operation: string;
  result?: boolean;
}
