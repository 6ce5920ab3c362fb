import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import {
  PROTOCOL,
  REPLICA_KIND,
  REPLICA_SHARE_PROTOCOL,
  REPLICA_STATE,
  ReplicaSpecOperationDto,
  SPEC_STATUS,
  type OperationBody,
  type ProtocolName,
  type SpecStatusName,
} from './common.dto.js';

@ApiSchema({ name: 'CreateReplicaBody', description: 'Create Replica Body' })
export class CreateReplicaBody {
  @ApiPropertyOptional({ enum: REPLICA_SHARE_PROTOCOL, enumName: 'ReplicaShareProtocol' })
  @IsOptional()
  @IsIn(REPLICA_SHARE_PROTOCOL)
  share?: (typeof REPLICA_SHARE_PROTOCOL)[number];

  @ApiPropertyOptional({ type: [String], description: 'NQNs of hosts allowed to connect to this replica' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  'allowed-hosts'?: string[];

  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0, description: 'size of the replica in bytes' })
  @IsInt()
  @Min(1)
  size!: number;

  @ApiProperty({ description: 'thin provisioning' })
  @IsBoolean()
  thin!: boolean;
}

@ApiSchema({ name: 'ReplicaSpaceUsage', description: 'Replica space usage information.' })
export class ReplicaSpaceUsageDto {
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) capacity_bytes!: number;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) allocated_bytes!: number;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0, default: 0 }) allocated_bytes_snapshots!: number;
  @ApiPropertyOptional({ type: 'integer', format: 'int64', minimum: 0, default: 0 })
  allocated_bytes_all_snapshots?: number;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) cluster_size!: number;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) clusters!: number;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) allocated_clusters!: number;
}

@ApiSchema({ name: 'Replica', description: 'Replica information' })
export class ReplicaDto {
  @ApiProperty({ description: 'storage node identifier' }) node!: string;
  @ApiProperty({ description: 'storage pool identifier' }) pool!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'storage pool unique identifier' }) poolUuid?: string;
  @ApiProperty({ enum: PROTOCOL, enumName: 'Protocol' }) share!: ProtocolName;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) size!: number;
  @ApiPropertyOptional({ type: ReplicaSpaceUsageDto }) space?: ReplicaSpaceUsageDto;
  @ApiProperty({ enum: REPLICA_STATE, enumName: 'ReplicaState' }) state!: (typeof REPLICA_STATE)[number];
  @ApiProperty() thin!: boolean;
  @ApiProperty({ description: 'uri usable by nexus to access it' }) uri!: string;
  @ApiProperty({ format: 'uuid' }) uuid!: string;
  @ApiPropertyOptional({ type: [String] }) 'allowed-hosts'?: string[];
  @ApiProperty({ enum: REPLICA_KIND, enumName: 'ReplicaKind', default: 'Regular' })
  kind!: (typeof REPLICA_KIND)[number];
}

@ApiSchema({ name: 'ReplicaSpecOwners', description: 'Owner Resource information' })
export class ReplicaOwnersDto {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' } }) nexuses!: string[];
  @ApiPropertyOptional({ format: 'uuid' }) volume?: string;
}

@ApiSchema({ name: 'ReplicaSpec', description: 'User specification of a replica.' })
export class ReplicaSpecDto {
  @ApiProperty() managed!: boolean;
  @ApiPropertyOptional({ type: ReplicaSpecOperationDto }) operation?: OperationBody;
  @ApiProperty({ type: ReplicaOwnersDto }) owners!: ReplicaOwnersDto;
  @ApiProperty() pool!: string;
  @ApiPropertyOptional({ format: 'uuid' }) poolUuid?: string;
  @ApiProperty({ enum: PROTOCOL, enumName: 'Protocol' }) share!: ProtocolName;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) size!: number;
  @ApiProperty({ enum: SPEC_STATUS, enumName: 'SpecStatus' }) status!: SpecStatusName;
  @ApiProperty() thin!: boolean;
  @ApiProperty({ format: 'uuid' }) uuid!: string;
  @ApiPropertyOptional({ enum: REPLICA_KIND, enumName: 'ReplicaKind', default: 'Regular' })
  kind?: (typeof REPLICA_KIND)[number];
}
