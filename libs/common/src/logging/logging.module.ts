import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { LogLevel } from '../config/base-config.js';
import { logDestination, pinoOptions } from './logger.js';

/** pino behind the Nest logger. Import once, in the app module. */
@Module({})
export class LoggingModule {
  static forRoot(app: string, level: LogLevel): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      imports: [LoggerModule.forRoot({ pinoHttp: [pinoOptions(app, level), logDestination()] })],
      exports: [LoggerModule],
    };
  }
}
