import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { register } from 'prom-client';
import { Public } from '../auth/jwt-auth.guard.js';
import { CoreClient } from '../core-client.js';
import { RestConfig } from '../rest.config.js';

/**
 * Liveness (the process answers), readiness (the core answers: REST can do
 * nothing without it) and Prometheus metrics. Open without a token, outside /v0.
 */
@ApiExcludeController()
@Public()
@Controller()
export class HealthController {
  private lastReady = 0;

  constructor(
    private readonly core: CoreClient,
    private readonly config: RestConfig,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'live' };
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    if (Date.now() - this.lastReady < this.config.REST_READY_CACHE_MS) {
      res.status(200).json({ status: 'ready' });
      return;
    }
    try {
      await Promise.race([
        this.core.nodes.listNodes({}),
        new Promise((_, reject) => setTimeout(() => reject(new Error('core did not answer within 2 s')), 2000).unref()),
      ]);
      this.lastReady = Date.now();
      res.status(200).json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({
        status: 'not ready',
        reason: `core agent at ${this.config.CORE_ENDPOINT}: ${(error as Error).message}`,
      });
    }
  }

  @Get('metrics')
  @Header('Content-Type', register.contentType)
  async metrics(): Promise<string> {
    return register.metrics();
  }
}
