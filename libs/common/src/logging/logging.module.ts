import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Options as HttpLogOptions } from 'pino-http';
import type { LogLevel } from '../config/base-config.js';
import { logDestination, pinoOptions } from './logger.js';

/** pino behind the Nest logger. Import once, in the app module. */
@Module({})
export class LoggingModule {
  /** `http`: request-log options of an HTTP app (pino-http), merged over the shared ones. */
  static forRoot(app: string, level: LogLevel, http: HttpLogOptions = {}): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      imports: [LoggerModule.forRoot({ pinoHttp: [{ ...pinoOptions(app, level), ...http }, logDestination()] })],
      exports: [LoggerModule],
    };
  }
}
