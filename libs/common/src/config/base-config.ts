import { IsIn, IsOptional, IsString, IsUrl } from 'class-validator';
import { Env } from './env.decorator.js';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Variables every app reads; an app's config DTO extends this. */
export class BaseConfig {
  @Env('Minimum log level: trace, debug, info, warn, error, fatal or silent.')
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @Env('OTLP/HTTP endpoint for traces, e.g. http://127.0.0.1:4318. Traces are not exported when unset.')
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @Env('Service name reported in traces and logs. Defaults to the app name.')
  @IsOptional()
  @IsString()
  OTEL_SERVICE_NAME?: string;
}
