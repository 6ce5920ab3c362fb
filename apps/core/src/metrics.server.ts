import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { CoreConfig } from './core.config.js';

/**
 * Prometheus metrics of the core (reconcilers, and the process itself) at
 * `GET /metrics` on CORE_METRICS_ENDPOINT. Served by standbys too: a scrape
 * shows which cores are up, and the leader's reconcilers.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | undefined;

  constructor(private readonly config: CoreConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const endpoint = this.config.CORE_METRICS_ENDPOINT;
    // A gRPC app is bootstrapped by init() and again by listen(): serve once.
    if (!endpoint || this.server) return;
    collectDefaultMetrics();
    const at = endpoint.lastIndexOf(':');
    const host = endpoint.slice(0, at);
    const port = Number(endpoint.slice(at + 1));
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; try GET /metrics\n');
        return;
      }
      register.metrics().then(
        (text) => res.writeHead(200, { 'content-type': register.contentType }).end(text),
        (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(error)}\n`),
      );
    });
    this.server.listen(port, host);
    await once(this.server, 'listening');
    this.logger.log({ endpoint: `${host}:${port}` }, 'Prometheus metrics served at /metrics');
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    register.clear();
  }
}
