import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { once } from 'node:events';
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { RequestListener } from 'node:http';
import { RestConfig } from '../rest.config.js';

function hostPort(endpoint: string): { host: string; port: number } {
  const at = endpoint.lastIndexOf(':');
  return { host: endpoint.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(endpoint.slice(at + 1)) };
}

/**
 * The API's listeners: HTTPS on REST_HTTPS_ENDPOINT (when a certificate and key
 * are given) and plain HTTP on REST_HTTP_ENDPOINT, both serving the same app.
 */
@Injectable()
export class RestListeners implements BeforeApplicationShutdown {
  private readonly logger = new Logger('RestListeners');
  private readonly servers: Server[] = [];
  /** Where each listener ended up (port 0 picks a free one), e.g. `{ http: 'http://127.0.0.1:8081' }`. */
  readonly urls: { http?: string; https?: string } = {};

  constructor(private readonly config: RestConfig) {}

  async listen(handler: RequestListener): Promise<void> {
    const {
      REST_HTTP_ENDPOINT: http,
      REST_HTTPS_ENDPOINT: https,
      REST_TLS_CERT: cert,
      REST_TLS_KEY: key,
    } = this.config;
    if (https && cert && key) {
      const server = createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, handler);
      this.urls.https = await this.start(server, https, 'https');
    } else if (https && (cert || key)) {
      throw new Error('HTTPS needs both REST_TLS_CERT and REST_TLS_KEY');
    } else {
      this.logger.log('HTTPS is off (REST_TLS_CERT and REST_TLS_KEY are not set)');
    }
    if (http) this.urls.http = await this.start(createHttpServer(handler), http, 'http');
    if (!this.urls.http && !this.urls.https)
      throw new Error('no listener: set REST_HTTP_ENDPOINT, or HTTPS with a certificate');
  }

  private async start(server: Server, endpoint: string, scheme: 'http' | 'https'): Promise<string> {
    const { host, port } = hostPort(endpoint);
    server.keepAliveTimeout = 65_000;
    server.listen(port, host);
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => Promise.reject(error as Error)),
    ]);
    this.servers.push(server);
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    const url = `${scheme}://${host.includes(':') ? `[${host}]` : host}:${bound}`;
    this.logger.log({ url, swaggerUi: `${url}/v0/swagger-ui` }, `REST API listening (${scheme.toUpperCase()})`);
    return url;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), 5000).unref();
          }),
      ),
    );
  }
}
