import type { NestExpressApplication } from '@nestjs/platform-express';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { runApp } from '@mayastor/common';
import { RestListeners } from './http/listeners.js';
import { requestMetrics } from './http/metrics.js';
import { restValidationPipe } from './http/validation.js';
import { RestConfig } from './rest.config.js';
import { REST_API, RestModule } from './rest.module.js';
import { API_PREFIX, serveOpenApi } from './swagger.js';

/** `--no-auth` on the command line is REST_NO_AUTH=true. */
const argv = process.argv.slice(2);
const noAuthFlag = argv.includes('--no-auth');

await runApp({
  name: REST_API,
  summary:
    'the REST API v0 (Mayastor-compatible) over the core agent, with Swagger UI at /v0/swagger-ui. Flags: --no-auth (same as REST_NO_AUTH=true).',
  config: RestConfig,
  module: (config) => RestModule.forRoot(noAuthFlag ? Object.assign(config, { REST_NO_AUTH: true }) : config),
  web: (nest) => {
    const app = nest as NestExpressApplication;
    app.use(requestMetrics());
    app.setGlobalPrefix(API_PREFIX, { exclude: ['live', 'ready', 'metrics'] });
    app.useGlobalPipes(restValidationPipe());
    app.useBodyParser('json', { limit: '1mb' });
    serveOpenApi(app);
  },
  started: async (app) => {
    const express = app.get(HttpAdapterHost).httpAdapter.getInstance<Express>();
    await app.get(RestListeners).listen(express);
  },
});
