import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsObject, IsOptional, IsString } from 'class-validator';
import { POOL_STATUS, SPEC_STATUS, STRING_MAP, type SpecStatusName } from './common.dto.js';
import { IsStringMap } from './validators.js';

@ApiSchema({ name: 'CreatePoolBody', description: 'Create Pool Body' })
export class CreatePoolBody {
  @ApiProperty({ type: [String], description: 'disk device paths or URIs to be claimed by the pool' })
  @IsString({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(1, { message: 'a pool takes exactly one disk' })
  disks!: string[];

  @ApiPropertyOptional({ ...STRING_MAP, description: 'labels to be set on the pools' })
  @IsOptional()
  @IsObject()
  @IsStringMap()
  labels?: Record<string, string>;
}

@ApiSchema({ name: 'PoolSpec', description: 'User specification of a pool.' })
export class PoolSpecDto {
  @ApiProperty({ type: [String] }) disks!: string[];
  @ApiProperty({ description: 'id of the pool' }) id!: string;
  @ApiPropertyOptional({ ...STRING_MAP }) labels?: Record<string, string>;
  @ApiProperty({ description: 'id of the io-engine instance' }) node!: string;
  @ApiProperty({ enum: SPEC_STATUS, enumName: 'SpecStatus' }) status!: SpecStatusName;
}

@ApiSchema({ name: 'PoolState', description: 'State of a pool, as reported by io-engine' })
export class PoolStateDto {
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) capacity!: number;
  @ApiProperty({ type: [String] }) disks!: string[];
  @ApiProperty() id!: string;
  @ApiProperty() node!: string;
  @ApiProperty({ enum: POOL_STATUS, enumName: 'PoolStatus' }) status!: (typeof POOL_STATUS)[number];
  @ApiProperty({ type: 'integer', format: 'int64', minimum: 0 }) used!: number;
  @ApiPropertyOptional({ type: 'integer', format: 'int64', minimum: 0 }) committed?: number;
}

@ApiSchema({ name: 'Pool', description: 'Pool object, comprised of a spec and a state' })
export class PoolDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ type: PoolSpecDto }) spec?: PoolSpecDto;
  @ApiPropertyOptional({ type: PoolStateDto }) state?: PoolStateDto;
}
