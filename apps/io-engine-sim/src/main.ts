import { Module } from '@nestjs/common';
import { BaseConfig, LoggingModule, runApp } from '@mayastor/common';

@Module({})
class AppModule {}

await runApp({
  name: 'io-engine-sim',
  summary: 'a simulated Mayastor io-engine (not built yet: it boots and shuts down).',
  config: BaseConfig,
  module: (config) => ({ module: AppModule, imports: [LoggingModule.forRoot('io-engine-sim', config.LOG_LEVEL)] }),
});
