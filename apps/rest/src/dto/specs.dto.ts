import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { NexusSpecDto } from './nexuses.dto.js';
import { PoolSpecDto } from './pools.dto.js';
import { ReplicaSpecDto } from './replicas.dto.js';
import { VolumeSpecDto } from './volumes.dto.js';

@ApiSchema({ name: 'Specs', description: 'Specs detailing the requested configuration of the objects.' })
export class SpecsDto {
  @ApiProperty({ type: [NexusSpecDto] }) nexuses!: NexusSpecDto[];
  @ApiProperty({ type: [PoolSpecDto] }) pools!: PoolSpecDto[];
  @ApiProperty({ type: [ReplicaSpecDto] }) replicas!: ReplicaSpecDto[];
  @ApiProperty({ type: [VolumeSpecDto] }) volumes!: VolumeSpecDto[];
}
