import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  Inject,
  Injectable,
  Logger as NestLogger,
  Module,
  type DynamicModule,
  type INestApplication,
  type INestApplicationContext,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Transport, type GrpcOptions } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import { configHelp, ConfigError, loadConfig, type ConfigClass } from '../config/load-config.js';
import type { BaseConfig } from '../config/base-config.js';
import { createLogger } from '../logging/logger.js';
import { startTracing, type Tracing } from '../tracing/tracing.js';

const TRACING = Symbol('TRACING');

/**
 * Keeps the process up until shutdown (an app need not have a server holding the
 * event loop open), then flushes and stops tracing after every module has shut down.
 */
@Injectable()
class AppLifecycle implements OnApplicationShutdown {
  private readonly keepAlive = setInterval(() => undefined, 1 << 30);
  constructor(@Inject(TRACING) private readonly tracing: Tracing) {}
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.keepAlive);
    await this.tracing.shutdown();
  }
}

@Module({})
class AppRootModule {
  static wrap(inner: DynamicModule, tracing: Tracing): DynamicModule {
    return {
      module: AppRootModule,
      imports: [inner],
      providers: [{ provide: TRACING, useValue: tracing }, AppLifecycle],
    };
  }
}

export interface AppDefinition<C extends BaseConfig> {
  /** Binary-style name, e.g. `core-agent`. */
  readonly name: string;
  /** One line for `--help`. */
  readonly summary: string;
  readonly config: ConfigClass<C>;
  /** The root module, built from the validated config. */
  readonly module: (config: C) => DynamicModule;
  /** Runs once the app is initialised (e.g. to start listening). */
  readonly started?: (app: INestApplicationContext, config: C) => Promise<void>;
  /** When given, the app is an HTTP app (Express) listening there; otherwise a plain context. */
  readonly http?: (config: C) => { readonly port: number; readonly host?: string } | undefined;
  /**
   * When given (and `http` is not), the app is an Express HTTP app configured by
   * this function (pipes, filters, documents) and initialised without listening:
   * its `started` opens its own listeners (e.g. HTTP and HTTPS at once).
   */
  readonly web?: (app: INestApplication, config: C) => void | Promise<void>;
  /**
   * When given (and `http` is not), the app is a gRPC microservice with these options.
   * It is initialised, then `beforeListen` runs (e.g. to wait for leadership), and it
   * only listens if that resolves true.
   */
  readonly grpc?: (config: C) => GrpcOptions['options'];
  readonly beforeListen?: (app: INestApplicationContext, config: C) => Promise<boolean>;
}

/** Exit code of an app that refused to start on bad configuration. */
export const EXIT_BAD_CONFIG = 2;

/**
 * The one way an app starts: `--help`, config validation (refusing to start with
 * the list of every bad variable), tracing, pino as the Nest logger, graceful
 * shutdown on SIGINT/SIGTERM (modules drain and close their clients in their
 * `onModuleDestroy`/`onApplicationShutdown` hooks).
 */
export async function runApp<C extends BaseConfig>(
  def: AppDefinition<C>,
  argv: readonly string[] = process.argv.slice(2),
): Promise<INestApplicationContext | undefined> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(configHelp(def.name, def.summary, def.config));
    return undefined;
  }
  let config: C;
  try {
    config = loadConfig(def.name, def.config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = EXIT_BAD_CONFIG;
    return undefined;
  }
  const tracing = startTracing({
    serviceName: config.OTEL_SERVICE_NAME ?? def.name,
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  });
  let app: INestApplicationContext | undefined;
  try {
    const root = AppRootModule.wrap(def.module(config), tracing);
    const listen = def.http?.(config);
    if (listen) {
      const httpApp = await NestFactory.create(root, { bufferLogs: true });
      httpApp.useLogger(httpApp.get(Logger));
      httpApp.enableShutdownHooks(['SIGINT', 'SIGTERM']);
      await httpApp.listen(listen.port, listen.host ?? '127.0.0.1');
      app = httpApp;
    } else if (def.web) {
      const webApp = await NestFactory.create(root, { bufferLogs: true });
      webApp.useLogger(webApp.get(Logger));
      webApp.enableShutdownHooks(['SIGINT', 'SIGTERM']);
      await def.web(webApp, config);
      await webApp.init();
      app = webApp;
    } else if (def.grpc) {
      const grpcApp = await NestFactory.createMicroservice<GrpcOptions>(root, {
        transport: Transport.GRPC,
        options: def.grpc(config),
        bufferLogs: true,
      });
      grpcApp.useLogger(grpcApp.get(Logger));
      grpcApp.enableShutdownHooks(['SIGINT', 'SIGTERM']);
      await grpcApp.init();
      app = grpcApp;
      if (!((await def.beforeListen?.(grpcApp, config)) ?? true)) return app;
      await grpcApp.listen();
    } else {
      app = await NestFactory.createApplicationContext(root, { bufferLogs: true });
      app.useLogger(app.get(Logger));
      app.enableShutdownHooks(['SIGINT', 'SIGTERM']);
    }
    new NestLogger(def.name).log({ tracesExported: tracing.exporting }, 'app started');
    await def.started?.(app, config);
    return app;
  } catch (error) {
    createLogger(def.name, config.LOG_LEVEL).fatal({ err: error }, 'app failed to start');
    // Release what can be released, but exit whatever is left holding the process open
    // (a module half initialised, its timers and clients): a failed app must not linger.
    const cleanup = app ? app.close() : tracing.shutdown();
    await Promise.race([cleanup.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    process.exit(1);
  }
}
