import { Module } from '@nestjs/common';
import { BaseConfig, LoggingModule, runApp } from '@mayastor/common';

@Module({})
class AppModule {}

await runApp({
  name: 'ha-node',
  summary: 'the HA node agent, NVMe path monitor (not built yet: it boots and shuts down).',
  config: BaseConfig,
  module: (config) => ({ module: AppModule, imports: [LoggingModule.forRoot('ha-node', config.LOG_LEVEL)] }),
});
