import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, IsNotEmpty } from 'class-validator';
import { STRING_MAP } from './common.dto.js';
import { IsStringMap } from './validators.js';

@ApiSchema({ name: 'RegisterAppNode', description: 'Register an app node.' })
export class RegisterAppNodeBody {
  @ApiProperty({ format: 'url', description: 'gRPC server endpoint of the app node.' })
  @IsString()
  @IsNotEmpty()
  endpoint!: string;

  @ApiPropertyOptional({ ...STRING_MAP, description: 'Labels to be set on the app node.' })
  @IsOptional()
  @IsObject()
  @IsStringMap()
  labels?: Record<string, string>;
}

@ApiSchema({ name: 'AppNodeSpec', description: 'App node attributes.' })
export class AppNodeSpecDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'url' }) endpoint!: string;
  @ApiPropertyOptional({ ...STRING_MAP }) labels?: Record<string, string>;
}

@ApiSchema({ name: 'AppNodeState', description: 'Deemed state of the app node.' })
export class AppNodeStateDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'url' }) endpoint!: string;
  @ApiProperty({ enum: ['Online', 'Offline'] }) status!: 'Online' | 'Offline';
}

@ApiSchema({ name: 'AppNode', description: 'Represents a csi node.' })
export class AppNodeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: AppNodeSpecDto }) spec!: AppNodeSpecDto;
  @ApiPropertyOptional({ type: AppNodeStateDto }) state?: AppNodeStateDto;
}

@ApiSchema({ name: 'AppNodes', description: 'A page of app nodes.' })
export class AppNodesDto {
  @ApiProperty({ type: [AppNodeDto] }) entries!: AppNodeDto[];
  @ApiPropertyOptional({ type: 'integer' }) next_token?: number;
}
