import { Module } from '@nestjs/common';
import { BaseConfig, LoggingModule, runApp } from '@mayastor/common';

@Module({})
class AppModule {}

await runApp({
  name: 'rest-api',
  summary: 'the REST API v0 with Swagger UI (not built yet: it boots and shuts down).',
  config: BaseConfig,
  module: (config) => ({ module: AppModule, imports: [LoggingModule.forRoot('rest-api', config.LOG_LEVEL)] }),
});
