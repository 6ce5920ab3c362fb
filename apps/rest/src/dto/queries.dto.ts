import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

/** `?flag=true|false` (the only spellings a query boolean takes). */
const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** `?name=a&name=b` or `?name=a,b`: a list. */
const queryList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : value;

export class PageQuery {
  @ApiProperty({ type: 'integer', default: 0, required: true, description: 'the maximum number of results to return' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  max_entries: number = 0;

  @ApiPropertyOptional({ type: 'integer', description: 'the offset to start pagination from' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  starting_token?: number;
}

export class VolumesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  volume_id?: string;
}

export class PoolsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  volume_id?: string;
}

export class NodesQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  node_id?: string;
}

export class OverwriteQuery {
  @ApiPropertyOptional({ type: 'boolean', default: false })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overwrite?: boolean;
}

export class ForceQuery {
  @ApiPropertyOptional({ type: 'boolean', default: false })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  force?: boolean;
}

export class BlockDevicesQuery {
  @ApiPropertyOptional({ type: 'boolean' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  all?: boolean;
}

export class AllowedHostsQuery {
  @ApiPropertyOptional({ name: 'allowed-hosts', type: [String] })
  @IsOptional()
  @Transform(queryList)
  @IsString({ each: true })
  'allowed-hosts'?: string[];
}

export class FrontendHostQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  frontend_host?: string;
}
