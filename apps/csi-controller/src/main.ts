import { Module } from '@nestjs/common';
import { BaseConfig, LoggingModule, runApp } from '@mayastor/common';

@Module({})
class AppModule {}

await runApp({
  name: 'csi-controller',
  summary: 'the CSI Identity and Controller services (not built yet: it boots and shuts down).',
  config: BaseConfig,
  module: (config) => ({ module: AppModule, imports: [LoggingModule.forRoot('csi-controller', config.LOG_LEVEL)] }),
});
