import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { BaseConfig, Env } from '@mayastor/common';

const ENDPOINT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
const LISTEN = /^([A-Za-z0-9.:[\]-]+:\d{1,5})?$/;
const asBoolean = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value;

export class RestConfig extends BaseConfig {
  @Env('host:port of the core agent gRPC API.')
  @Matches(ENDPOINT, { message: 'CORE_ENDPOINT must be host:port' })
  CORE_ENDPOINT = '127.0.0.1:50051';

  @Env('Deadline of a call to the core, in milliseconds (an operation may wait on io-engines).')
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  CORE_TIMEOUT_MS = 30_000;

  @Env('Plain HTTP listen address (host:port); empty: no plain HTTP.')
  @Matches(LISTEN)
  REST_HTTP_ENDPOINT = '0.0.0.0:8081';

  @Env('HTTPS listen address (host:port), served when REST_TLS_CERT and REST_TLS_KEY are set; empty: no HTTPS.')
  @Matches(LISTEN)
  REST_HTTPS_ENDPOINT = '0.0.0.0:8080';

  @Env('PEM certificate (chain) file of the HTTPS listener.')
  @IsOptional()
  @IsString()
  REST_TLS_CERT?: string;

  @Env('PEM private key file of the HTTPS listener.')
  @IsOptional()
  @IsString()
  REST_TLS_KEY?: string;

  @Env('JSON Web Key file (RS256 public key) that bearer tokens are checked against. Required unless auth is off.')
  @IsOptional()
  @IsString()
  REST_JWK?: string;

  @Env('Turn authentication off (also: the --no-auth flag). For local use only: anyone who reaches the port is admin.')
  @Transform(asBoolean)
  @IsBoolean()
  REST_NO_AUTH = false;

  @Env('How long readiness trusts its last successful call to the core, in milliseconds.')
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  REST_READY_CACHE_MS = 1000;
}
