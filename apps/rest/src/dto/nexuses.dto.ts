import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsInt, IsString, Min } from 'class-validator';
import {
  CHILD_STATE,
  CHILD_STATE_REASON,
  NEXUS_STATE,
  NexusSpecOperationDto,
  PROTOCOL,
  SPEC_STATUS,
  type OperationBody,
  type ProtocolName,
  type SpecStatusName,
} from './common.dto.js';

@ApiSchema({ name: 'CreateNexusBody', description: 'Create Nexus Body' })
export class CreateNexusBody {
  @ApiProperty({ type: [String], description: 'replica can be iscsi and nvmf remote targets or a local spdk bdev' })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  children!: string[];

  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0, description: 'size of the device in bytes' })
  @IsInt()
  @Min(1)
  size!: number;
}

@ApiSchema({ name: 'Child', description: 'Child information' })
export class ChildDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100 }) rebuildProgress?: number;
  @ApiProperty({ enum: CHILD_STATE, enumName: 'ChildState' }) state!: (typeof CHILD_STATE)[number];
  @ApiPropertyOptional({ enum: CHILD_STATE_REASON, enumName: 'ChildStateReason' })
  state_reason?: (typeof CHILD_STATE_REASON)[number];
  @ApiProperty({ description: 'uri of the child device' }) uri!: string;
}

@ApiSchema({ name: 'Nexus', description: 'Nexus information' })
export class NexusDto {
  @ApiProperty({ type: [ChildDto] }) children!: ChildDto[];
  @ApiProperty({ description: 'URI of the device for the volume (missing if not published).' }) deviceUri!: string;
  @ApiProperty({ description: 'id of the io-engine instance' }) node!: string;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0 }) rebuilds!: number;
  @ApiProperty({ enum: PROTOCOL, enumName: 'Protocol' }) protocol!: ProtocolName;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) size!: number;
  @ApiProperty({ enum: NEXUS_STATE, enumName: 'NexusState' }) state!: (typeof NEXUS_STATE)[number];
  @ApiProperty({ format: 'uuid' }) uuid!: string;
}

@ApiSchema({ name: 'NexusSpec', description: 'User specification of a nexus.' })
export class NexusSpecDto {
  @ApiProperty({ type: [String] }) children!: string[];
  @ApiProperty() managed!: boolean;
  @ApiProperty() node!: string;
  @ApiPropertyOptional({ type: NexusSpecOperationDto }) operation?: OperationBody;
  @ApiPropertyOptional({ format: 'uuid' }) owner?: string;
  @ApiProperty({ enum: PROTOCOL, enumName: 'Protocol' }) share!: ProtocolName;
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) size!: number;
  @ApiProperty({ enum: SPEC_STATUS, enumName: 'SpecStatus' }) status!: SpecStatusName;
  @ApiProperty({ format: 'uuid' }) uuid!: string;
}
