import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { NODE_STATUS, STRING_MAP } from './common.dto.js';

@ApiSchema({ name: 'CordonedState' })
export class CordonedStateDto {
  @ApiProperty({ type: [String] })
  cordonlabels!: string[];
}

@ApiSchema({ name: 'DrainState' })
export class DrainStateDto {
  @ApiProperty({ type: [String] })
  cordonlabels!: string[];

  @ApiProperty({ type: [String] })
  drainlabels!: string[];
}

@ApiSchema({ name: 'CordonDrainState', description: 'The item is cordoned, draining or drained.' })
export class CordonDrainStateDto {
  @ApiPropertyOptional({ type: CordonedStateDto })
  cordonedstate?: CordonedStateDto;

  @ApiPropertyOptional({ type: DrainStateDto })
  drainingstate?: DrainStateDto;

  @ApiPropertyOptional({ type: DrainStateDto })
  drainedstate?: DrainStateDto;
}

@ApiSchema({ name: 'NodeSpec', description: 'Node spec' })
export class NodeSpecDto {
  @ApiProperty({ description: 'gRPC endpoint of the io-engine instance' })
  grpcEndpoint!: string;

  @ApiProperty({ description: 'storage node identifier' })
  id!: string;

  @ApiPropertyOptional({ ...STRING_MAP, description: 'labels to be set on the node' })
  labels?: Record<string, string>;

  @ApiPropertyOptional({ type: CordonDrainStateDto, description: 'the drain state' })
  cordondrainstate?: CordonDrainStateDto;

  @ApiPropertyOptional({ description: 'NVMe Qualified Names (NQNs) used by the io-engine' })
  node_nqn?: string;

  @ApiPropertyOptional({ description: 'version of the io-engine' })
  version?: string;
}

@ApiSchema({ name: 'NodeState', description: 'io-engine storage node information' })
export class NodeStateDto {
  @ApiProperty({ description: 'gRPC endpoint of the io-engine instance' })
  grpcEndpoint!: string;

  @ApiProperty({ description: 'storage node identifier' })
  id!: string;

  @ApiProperty({ enum: NODE_STATUS, enumName: 'NodeStatus' })
  status!: (typeof NODE_STATUS)[number];

  @ApiPropertyOptional({ description: 'NVMe Qualified Names (NQNs) used by the io-engine' })
  node_nqn?: string;

  @ApiPropertyOptional({ description: 'version of the io-engine' })
  version?: string;
}

@ApiSchema({ name: 'Node' })
export class NodeDto {
  @ApiProperty({ description: 'storage node identifier' })
  id!: string;

  @ApiPropertyOptional({ type: NodeSpecDto })
  spec?: NodeSpecDto;

  @ApiPropertyOptional({ type: NodeStateDto })
  state?: NodeStateDto;
}

@ApiSchema({ name: 'BlockDeviceFilesystem' })
export class BlockDeviceFilesystemDto {
  @ApiProperty() fstype!: string;
  @ApiProperty() label!: string;
  @ApiProperty() mountpoint!: string;
  @ApiProperty() uuid!: string;
}

@ApiSchema({ name: 'BlockDevicePartition' })
export class BlockDevicePartitionDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', format: 'int32' }) number!: number;
  @ApiProperty() parent!: string;
  @ApiProperty() scheme!: string;
  @ApiProperty() typeid!: string;
  @ApiProperty() uuid!: string;
}

@ApiSchema({ name: 'BlockDevice', description: 'Block device information' })
export class BlockDeviceDto {
  @ApiProperty() available!: boolean;
  @ApiProperty() connection_type!: string;
  @ApiProperty({ type: [String] }) devlinks!: string[];
  @ApiProperty({ type: 'integer', format: 'int32' }) devmajor!: number;
  @ApiProperty({ type: 'integer', format: 'int32' }) devminor!: number;
  @ApiProperty() devname!: string;
  @ApiProperty() devpath!: string;
  @ApiProperty() devtype!: string;
  @ApiPropertyOptional({ type: BlockDeviceFilesystemDto }) filesystem?: BlockDeviceFilesystemDto;
  @ApiPropertyOptional() is_rotational?: boolean;
  @ApiProperty() model!: string;
  @ApiPropertyOptional({ type: BlockDevicePartitionDto }) partition?: BlockDevicePartitionDto;
  @ApiProperty({
    type: 'integer',
    format: 'int64',
    minimum: 0,
    description: 'size of the device in (512 bytes) blocks',
  })
  size!: number;
}
