import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { status } from '@grpc/grpc-js';

export const GRPC_CODE_NAMES = Object.keys(status).filter((k) => Number.isNaN(Number(k)));

export class RestartDto {
  /** Stop gracefully (deregister, shut nexuses down, export pools) instead of crashing. */
  @IsOptional()
  @IsBoolean()
  graceful?: boolean;
}

export class LatencyDto {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  ms!: number;
}

export class RpcFailureDto {
  /** A gRPC status name, e.g. `UNAVAILABLE`. */
  @IsIn(GRPC_CODE_NAMES)
  code!: string;

  @IsOptional()
  @IsString()
  message?: string;

  /** Carry the call out first, then fail it: the reply is lost, the work is done. */
  @IsOptional()
  @IsBoolean()
  after?: boolean;

  /** How many calls fail; omitted: every call until cleared. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  count?: number;
}

export class ChildFaultDto {
  @IsString()
  uri!: string;

  @IsOptional()
  @IsIn(['IO_FAILURE', 'TIMED_OUT', 'NO_SPACE'])
  reason?: 'IO_FAILURE' | 'TIMED_OUT' | 'NO_SPACE';
}
