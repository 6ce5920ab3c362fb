import { ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
  IsDefined,
  IsArray,
} from 'class-validator';
import {
  AffinityGroupDto,
  NodeAccessInfoDto,
  REBUILD_JOB_STATE,
  CHILD_STATE,
  CHILD_STATE_REASON,
  REPLICA_STATE,
  SPEC_STATUS,
  STRING_MAP,
  VOLUME_SHARE_PROTOCOL,
  VOLUME_STATUS,
  VolumePolicyDto,
  VolumeSpecOperationDto,
  type OperationBody,
  type SpecStatusName,
} from './common.dto.js';
import { NexusDto } from './nexuses.dto.js';
import { IsStringMap } from './validators.js';

const INT64 = { type: 'integer', format: 'int64', minimum: 0 } as const;

@ApiSchema({ name: 'LabelledTopology', description: 'labelled topology' })
export class LabelledTopologyDto {
  @ApiProperty({ ...STRING_MAP, description: 'Excludes resources with the same $label name' })
  @IsObject()
  @IsStringMap()
  exclusion!: Record<string, string>;

  @ApiProperty({ ...STRING_MAP, description: 'Includes resources with the same $label or $label:$value' })
  @IsObject()
  @IsStringMap()
  inclusion!: Record<string, string>;

  @ApiPropertyOptional({ type: [String], description: 'Keys whose values must be shared by the resources' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  affinity_key?: string[];
}

@ApiSchema({ name: 'ExplicitNodeTopology', description: 'node topology for volumes' })
export class ExplicitNodeTopologyDto {
  @ApiProperty({ type: [String], description: 'replicas can only be placed on these nodes' })
  @IsArray()
  @IsString({ each: true })
  allowed_nodes!: string[];

  @ApiProperty({ type: [String], description: 'preferred nodes to place the replicas' })
  @IsArray()
  @IsString({ each: true })
  preferred_nodes!: string[];
}

@ApiSchema({ name: 'NodeTopology', description: 'node topology' })
export class NodeTopologyDto {
  @ApiPropertyOptional({ allOf: [{ $ref: getSchemaPath(ExplicitNodeTopologyDto) }] })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExplicitNodeTopologyDto)
  explicit?: ExplicitNodeTopologyDto;

  @ApiPropertyOptional({ allOf: [{ $ref: getSchemaPath(LabelledTopologyDto) }] })
  @IsOptional()
  @ValidateNested()
  @Type(() => LabelledTopologyDto)
  labelled?: LabelledTopologyDto;
}

@ApiSchema({ name: 'PoolTopology', description: 'pool topology' })
export class PoolTopologyDto {
  @ApiPropertyOptional({ allOf: [{ $ref: getSchemaPath(LabelledTopologyDto) }] })
  @IsOptional()
  @ValidateNested()
  @Type(() => LabelledTopologyDto)
  labelled?: LabelledTopologyDto;
}

@ApiSchema({ name: 'Topology', description: 'Volume topology used to determine how to place/distribute the data.' })
export class TopologyDto {
  @ApiPropertyOptional({ type: NodeTopologyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NodeTopologyDto)
  node_topology?: NodeTopologyDto;

  @ApiPropertyOptional({ type: PoolTopologyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PoolTopologyDto)
  pool_topology?: PoolTopologyDto;
}

@ApiSchema({ name: 'CreateVolumeBody', description: 'Create Volume Body' })
export class CreateVolumeBody {
  @ApiProperty({ type: VolumePolicyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => VolumePolicyDto)
  policy!: VolumePolicyDto;

  @ApiProperty({
    type: 'integer',
    format: 'uint8',
    minimum: 0,
    maximum: 255,
    description: 'number of storage replicas',
  })
  @IsInt()
  @Min(1)
  @Max(255)
  replicas!: number;

  @ApiProperty({ ...INT64, description: 'size of the volume in bytes' })
  @IsInt()
  @Min(1)
  size!: number;

  @ApiProperty({ description: 'flag indicating whether or not the volume is thin provisioned' })
  @IsBoolean()
  thin!: boolean;

  @ApiPropertyOptional({ type: TopologyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TopologyDto)
  topology?: TopologyDto;

  @ApiPropertyOptional({ ...STRING_MAP, description: 'Optionally used to store custom volume information' })
  @IsOptional()
  @IsObject()
  @IsStringMap()
  labels?: Record<string, string>;

  @ApiPropertyOptional({ allOf: [{ $ref: getSchemaPath(AffinityGroupDto) }] })
  @IsOptional()
  @ValidateNested()
  @Type(() => AffinityGroupDto)
  affinity_group?: AffinityGroupDto;

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 0, description: 'Max snapshots limit per volume.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  max_snapshots?: number;
}

@ApiSchema({ name: 'SetVolumePropertyBody', description: 'Set Volume Properties' })
export class SetVolumePropertyBody {
  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 0, description: 'Max snapshots limit per volume.' })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  max_snapshots!: number;
}

@ApiSchema({ name: 'ResizeVolumeBody', description: 'Resize Volume Body' })
export class ResizeVolumeBody {
  @ApiProperty({
    type: 'integer',
    format: 'uint64',
    minimum: 0,
    description: 'New required size of the volume in bytes',
  })
  @IsInt()
  @Min(1)
  size!: number;
}

@ApiSchema({ name: 'PublishVolumeBody', description: 'Publish Volume Body' })
export class PublishVolumeBody {
  @ApiProperty({ ...STRING_MAP, description: 'Controller Volume Publish context' })
  @IsObject()
  @IsStringMap()
  publish_context!: Record<string, string>;

  @ApiPropertyOptional({ description: 'Allows reusing of the current target.' })
  @IsOptional()
  @IsBoolean()
  reuse_existing?: boolean;

  @ApiPropertyOptional({ allOf: [{ type: 'string' }], description: 'The node where the target will reside in.' })
  @IsOptional()
  @IsString()
  node?: string;

  @ApiProperty({
    allOf: [{ $ref: '#/components/schemas/VolumeShareProtocol' }],
    description: 'The protocol used to connect to the front-end node.',
  })
  @IsIn(VOLUME_SHARE_PROTOCOL)
  protocol!: (typeof VOLUME_SHARE_PROTOCOL)[number];

  @ApiPropertyOptional({
    description: 'Allows republishing the volume on the node by shutting down the existing target first.',
  })
  @IsOptional()
  @IsBoolean()
  republish?: boolean;

  @ApiPropertyOptional({ description: 'The node where the front-end workload resides.' })
  @IsOptional()
  @IsString()
  frontend_node?: string;
}

@ApiSchema({ name: 'VolumeTarget', description: 'Specification of a volume target' })
export class VolumeTargetDto {
  @ApiProperty({ description: 'The node where front-end IO will be sent to' }) node!: string;
  @ApiPropertyOptional({ enum: VOLUME_SHARE_PROTOCOL, enumName: 'VolumeShareProtocol' })
  protocol?: (typeof VOLUME_SHARE_PROTOCOL)[number];
  @ApiPropertyOptional({ type: [NodeAccessInfoDto] }) frontend_nodes?: NodeAccessInfoDto[];
}

@ApiSchema({ name: 'SnapshotAsSource', description: 'The snapshot source for the volume content.' })
export class SnapshotAsSourceDto {
  @ApiProperty({ format: 'uuid' }) snapshot!: string;
  @ApiProperty({ format: 'uuid' }) volume!: string;
}

@ApiSchema({ name: 'VolumeContentSource', description: 'Volume Content Source' })
export class VolumeContentSourceDto {
  @ApiPropertyOptional({ type: SnapshotAsSourceDto }) snapshot?: SnapshotAsSourceDto;
}

@ApiSchema({ name: 'VolumeSpec', description: 'User specification of a volume.' })
export class VolumeSpecDto {
  @ApiPropertyOptional({ ...STRING_MAP }) labels?: Record<string, string>;
  @ApiProperty({ type: 'integer', format: 'uint8', minimum: 0, maximum: 255 }) num_replicas!: number;
  @ApiPropertyOptional({ type: VolumeSpecOperationDto }) operation?: OperationBody;
  @ApiProperty({ ...INT64 }) size!: number;
  @ApiProperty({ enum: SPEC_STATUS, enumName: 'SpecStatus' }) status!: SpecStatusName;
  @ApiPropertyOptional({ type: VolumeTargetDto }) target?: VolumeTargetDto;
  @ApiProperty({ format: 'uuid' }) uuid!: string;
  @ApiPropertyOptional({ type: TopologyDto }) topology?: TopologyDto;
  @ApiProperty({ type: VolumePolicyDto }) policy!: VolumePolicyDto;
  @ApiProperty() thin!: boolean;
  @ApiPropertyOptional() as_thin?: boolean;
  @ApiPropertyOptional({ type: AffinityGroupDto }) affinity_group?: AffinityGroupDto;
  @ApiPropertyOptional({ type: VolumeContentSourceDto }) content_source?: VolumeContentSourceDto;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0 }) num_snapshots!: number;
  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 0 }) max_snapshots?: number;
}

@ApiSchema({ name: 'ReplicaUsage', description: 'Replica space usage information.' })
export class ReplicaUsageDto {
  @ApiProperty({ ...INT64, default: 0 }) capacity!: number;
  @ApiProperty({ ...INT64, default: 0 }) allocated!: number;
  @ApiProperty({ ...INT64, default: 0 }) allocated_snapshots!: number;
  @ApiProperty({ ...INT64, default: 0 }) allocated_all_snapshots!: number;
}

@ApiSchema({ name: 'ReplicaTopology', description: 'Volume replica topology information.' })
export class ReplicaTopologyDto {
  @ApiPropertyOptional() node?: string;
  @ApiPropertyOptional() pool?: string;
  @ApiProperty({ enum: REPLICA_STATE, enumName: 'ReplicaState' }) state!: (typeof REPLICA_STATE)[number];
  @ApiPropertyOptional({ enum: CHILD_STATE, enumName: 'ChildState' })
  'child-status'?: (typeof CHILD_STATE)[number];
  @ApiPropertyOptional({ enum: CHILD_STATE_REASON, enumName: 'ChildStateReason' })
  'child-status-reason'?: (typeof CHILD_STATE_REASON)[number];
  @ApiPropertyOptional({ type: ReplicaUsageDto }) usage?: ReplicaUsageDto;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100 }) 'rebuild-progress'?: number;
}

@ApiSchema({ name: 'VolumeUsage', description: 'Volume space usage.' })
export class VolumeUsageDto {
  @ApiProperty({ ...INT64 }) capacity!: number;
  @ApiProperty({ ...INT64 }) allocated!: number;
  @ApiProperty({ ...INT64 }) allocated_replica!: number;
  @ApiProperty({ ...INT64 }) allocated_snapshots!: number;
  @ApiProperty({ ...INT64 }) allocated_all_snapshots!: number;
  @ApiProperty({ ...INT64 }) total_allocated!: number;
  /** The reference leaves this one untyped. */
  @ApiProperty({ ...INT64 }) total_allocated_replicas!: number;
  @ApiProperty({ ...INT64 }) total_allocated_snapshots!: number;
}

@ApiSchema({ name: 'VolumeState', description: 'Runtime state of the volume.' })
export class VolumeStateDto {
  @ApiPropertyOptional({ allOf: [{ $ref: getSchemaPath(NexusDto) }] }) target?: NexusDto;
  @ApiProperty({ ...INT64 }) size!: number;
  @ApiProperty({ enum: VOLUME_STATUS, enumName: 'VolumeStatus' }) status!: (typeof VOLUME_STATUS)[number];
  @ApiProperty({ format: 'uuid' }) uuid!: string;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(ReplicaTopologyDto) } })
  replica_topology!: Record<string, ReplicaTopologyDto>;
  @ApiPropertyOptional({ type: VolumeUsageDto }) usage?: VolumeUsageDto;
}

@ApiSchema({ name: 'Volume', description: 'Volumes' })
export class VolumeDto {
  @ApiProperty({ type: VolumeSpecDto }) spec!: VolumeSpecDto;
  @ApiProperty({ type: VolumeStateDto }) state!: VolumeStateDto;
}

@ApiSchema({ name: 'Volumes', description: 'A page of volumes' })
export class VolumesDto {
  @ApiProperty({ type: [VolumeDto] }) entries!: VolumeDto[];
  @ApiPropertyOptional({ type: 'integer' }) next_token?: number;
}

@ApiSchema({ name: 'RebuildRecord', description: 'Rebuild record of a Child' })
export class RebuildRecordDto {
  @ApiProperty() childUri!: string;
  @ApiProperty() srcUri!: string;
  @ApiProperty({ enum: REBUILD_JOB_STATE, enumName: 'RebuildJobState' })
  rebuildJobState!: (typeof REBUILD_JOB_STATE)[number];
  @ApiProperty({ type: 'integer', format: 'uint64' }) blocksTotal!: number;
  @ApiProperty({ type: 'integer', format: 'uint64' }) blocksRecovered!: number;
  @ApiProperty({ type: 'integer', format: 'uint64' }) blocksTransferred!: number;
  @ApiProperty({ type: 'integer', format: 'uint64' }) blocksRemaining!: number;
  @ApiProperty({ type: 'integer', format: 'uint64' }) blockSize!: number;
  @ApiProperty() isPartial!: boolean;
  @ApiProperty({ format: 'date-time' }) startTime!: string;
  @ApiProperty({ format: 'date-time' }) endTime!: string;
}

@ApiSchema({ name: 'RebuildHistory', description: 'Rebuild history of a volume target' })
export class RebuildHistoryDto {
  @ApiProperty({ format: 'uuid' }) targetUuid!: string;
  @ApiProperty({ type: [RebuildRecordDto] }) records!: RebuildRecordDto[];
}
