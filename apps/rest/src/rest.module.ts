import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggingModule } from '@mayastor/common';
import { JwtAuthGuard } from './auth/jwt-auth.guard.js';
import { AppNodesController } from './controllers/app-nodes.controller.js';
import { HealthController } from './controllers/health.controller.js';
import { NexusesController } from './controllers/nexuses.controller.js';
import { NodesController } from './controllers/nodes.controller.js';
import { PoolsController } from './controllers/pools.controller.js';
import { ReplicasController } from './controllers/replicas.controller.js';
import { SpecsController } from './controllers/specs.controller.js';
import { UnimplementedController } from './controllers/unimplemented.controller.js';
import { VolumesController } from './controllers/volumes.controller.js';
import { CoreClient } from './core-client.js';
import { RestListeners } from './http/listeners.js';
import { requestLogging } from './http/request-logging.js';
import { RestExceptionFilter } from './http/rest-exception.filter.js';
import { RestConfig } from './rest.config.js';

export const REST_API = 'rest-api';

/** The REST v0 API: controllers over the core's gRPC API, auth, errors, health. */
@Module({})
export class RestModule {
  static forRoot(config: RestConfig): DynamicModule {
    return {
      module: RestModule,
      imports: [LoggingModule.forRoot(REST_API, config.LOG_LEVEL, requestLogging())],
      controllers: [
        HealthController,
        // Before Volumes: `volumes/snapshots` must not be taken for a volume id.
        UnimplementedController,
        NodesController,
        PoolsController,
        ReplicasController,
        NexusesController,
        VolumesController,
        SpecsController,
        AppNodesController,
      ],
      providers: [
        { provide: RestConfig, useValue: config },
        { provide: APP_FILTER, useClass: RestExceptionFilter },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        CoreClient,
        RestListeners,
      ],
    };
  }
}
