import { Logger } from '@nestjs/common';
import { runApp } from '@mayastor/common';
import { CoreConfig } from './core.config.js';
import { CORE_AGENT, CoreModule } from './core.module.js';

await runApp({
  name: CORE_AGENT,
  summary: 'the core agent: registry, scheduler, operations and reconcilers, on the persistent store.',
  config: CoreConfig,
  module: (config) => CoreModule.forRoot(config),
  started: async (_app, config) => {
    const store =
      config.STORE_ENDPOINTS.length > 0
        ? { backend: 'etcd', endpoints: config.STORE_ENDPOINTS }
        : { backend: 'embedded', dataDir: config.STORE_DATA_DIR, note: 'no STORE_ENDPOINTS: using the embedded store' };
    new Logger(CORE_AGENT).log(store, 'store selected');
  },
});
