import { Logger } from '@nestjs/common';
import { runApp } from '@mayastor/common';
import { CoreConfig } from './core.config.js';
import { CORE_AGENT, CoreModule } from './core.module.js';
import { CoreStartup } from './core-startup.service.js';
import { coreGrpcOptions } from './grpc/core-grpc.options.js';

await runApp({
  name: CORE_AGENT,
  summary:
    'the core agent: registry, operations and recovery on the persistent store; serves Registration and the core API over gRPC.',
  config: CoreConfig,
  module: (config) => CoreModule.forRoot(config),
  grpc: coreGrpcOptions,
  beforeListen: async (app, config) => {
    const store =
      config.STORE_ENDPOINTS.length > 0
        ? { backend: 'etcd', endpoints: config.STORE_ENDPOINTS }
        : { backend: 'embedded', dataDir: config.STORE_DATA_DIR, note: 'no STORE_ENDPOINTS: using the embedded store' };
    new Logger(CORE_AGENT).log(store, 'store selected');
    const ready = await app.get(CoreStartup).ready();
    if (ready) new Logger(CORE_AGENT).log({ endpoint: config.CORE_GRPC_ENDPOINT }, 'serving on the gRPC endpoint');
    return ready;
  },
});
