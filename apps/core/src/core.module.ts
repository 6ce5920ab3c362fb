import { Module, type DynamicModule } from '@nestjs/common';
import { LoggingModule } from '@mayastor/common';
import { PstorModule } from '@mayastor/pstor';
import { CoreConfig } from './core.config.js';
import { LeaderService } from './leader/leader.service.js';

export const CORE_AGENT = 'core-agent';

@Module({})
export class CoreModule {
  static forRoot(config: CoreConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        LoggingModule.forRoot(CORE_AGENT, config.LOG_LEVEL),
        PstorModule.forRoot({
          endpoints: config.STORE_ENDPOINTS,
          dataDir: config.STORE_DATA_DIR,
          timeoutMs: config.STORE_TIMEOUT_MS,
          clusterId: config.CLUSTER_ID,
          namespace: config.NAMESPACE,
        }),
      ],
      providers: [{ provide: CoreConfig, useValue: config }, LeaderService],
    };
  }
}
