import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggingModule } from '@mayastor/common';
import { PstorModule } from '@mayastor/pstor';
import { ScheduleModule } from '@nestjs/schedule';
import { AppNodesController } from './app-nodes/app-nodes.controller.js';
import { AppNodesService } from './app-nodes/app-nodes.service.js';
import { CoreConfig } from './core.config.js';
import { CoreStartup } from './core-startup.service.js';
import { GrpcExceptionFilter } from './grpc/grpc-exception.filter.js';
import { LeaderService } from './leader/leader.service.js';
import { NexusesController } from './nexuses/nexuses.controller.js';
import { NexusesService } from './nexuses/nexuses.service.js';
import { NodesController } from './nodes/nodes.controller.js';
import { NodesService } from './nodes/nodes.service.js';
import { Failpoints } from './operations/failpoints.service.js';
import { OperationGuard } from './operations/operation-guard.service.js';
import { PoolsController } from './pools/pools.controller.js';
import { PoolsService } from './pools/pools.service.js';
import { RegistrationController } from './registry/registration.controller.js';
import { Registry } from './registry/registry.service.js';
import { ReplicasController } from './replicas/replicas.controller.js';
import { ReplicasService } from './replicas/replicas.service.js';
import { SpecStore } from './specs/spec-store.service.js';
import { SpecsController } from './specs/specs.controller.js';
import { ReconcilerHost } from './reconcilers/reconciler-host.service.js';
import {
  NexusReconciler,
  NodeReconciler,
  PoolReconciler,
  ReplicaReconciler,
  StoreReconciler,
  VolumeReconciler,
} from './reconcilers/reconcilers.js';
import { VolumeHealer } from './reconcilers/volume-healer.js';
import { MetricsServer } from './metrics.server.js';
import { VolumesController } from './volumes/volumes.controller.js';
import { VolumesService } from './volumes/volumes.service.js';

export const CORE_AGENT = 'core-agent';

@Module({})
export class CoreModule {
  static forRoot(config: CoreConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        LoggingModule.forRoot(CORE_AGENT, config.LOG_LEVEL),
        ScheduleModule.forRoot(),
        PstorModule.forRoot({
          endpoints: config.STORE_ENDPOINTS,
          dataDir: config.STORE_DATA_DIR,
          timeoutMs: config.STORE_TIMEOUT_MS,
          clusterId: config.CLUSTER_ID,
          namespace: config.NAMESPACE,
        }),
      ],
      controllers: [
        RegistrationController,
        NodesController,
        PoolsController,
        ReplicasController,
        VolumesController,
        AppNodesController,
        NexusesController,
        SpecsController,
      ],
      providers: [
        { provide: CoreConfig, useValue: config },
        { provide: APP_FILTER, useClass: GrpcExceptionFilter },
        LeaderService,
        SpecStore,
        Registry,
        OperationGuard,
        Failpoints,
        NodesService,
        PoolsService,
        ReplicasService,
        VolumesService,
        AppNodesService,
        NexusesService,
        VolumeHealer,
        StoreReconciler,
        PoolReconciler,
        ReplicaReconciler,
        NexusReconciler,
        VolumeReconciler,
        NodeReconciler,
        ReconcilerHost,
        MetricsServer,
        CoreStartup,
      ],
    };
  }
}
