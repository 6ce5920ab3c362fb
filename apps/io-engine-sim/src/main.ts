import { runApp } from '@mayastor/common';
import { SimConfig } from './sim.config.js';
import { SimModule } from './sim.module.js';

await runApp({
  name: 'io-engine-sim',
  summary:
    'simulated Mayastor io-engines speaking the v1 gRPC API (pools on sparse files, replicas, nexuses, rebuilds), with a fault-injection control API.',
  config: SimConfig,
  module: (config) => SimModule.forRoot(config),
  http: (config) =>
    config.SIM_CONTROL_PORT > 0 ? { port: config.SIM_CONTROL_PORT, host: config.SIM_CONTROL_HOST } : undefined,
});
