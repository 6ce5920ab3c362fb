import { Module } from '@nestjs/common';
import { BaseConfig, LoggingModule, runApp } from '@mayastor/common';

@Module({})
class AppModule {}

await runApp({
  name: 'ha-cluster',
  summary: 'the HA cluster agent, target failover (not built yet: it boots and shuts down).',
  config: BaseConfig,
  module: (config) => ({ module: AppModule, imports: [LoggingModule.forRoot('ha-cluster', config.LOG_LEVEL)] }),
});
