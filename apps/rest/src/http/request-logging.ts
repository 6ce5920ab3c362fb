import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The W3C trace id a caller sent (`traceparent`), or a new one: each request's log line carries it. */
function traceIdOf(req: IncomingMessage): string {
  const header = req.headers.traceparent;
  const match = typeof header === 'string' ? TRACEPARENT.exec(header) : null;
  return match ? match[1]! : randomBytes(16).toString('hex');
}

/**
 * One log line per request: method, path, status, latency (`responseTime`, ms)
 * and trace id; the token never reaches the log. Health probes and metrics
 * scrapes are not logged.
 */
export function requestLogging(): Options {
  return {
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = traceIdOf(req);
      res.setHeader('x-trace-id', id);
      return id;
    },
    customProps: (req: IncomingMessage) => ({ traceId: (req as IncomingMessage & { id?: unknown }).id }),
    // 5xx other than "not built" and "core unavailable" are our faults; the rest are the caller's.
    customLogLevel: (_req: IncomingMessage, res: ServerResponse) =>
      res.statusCode >= 500 && res.statusCode !== 501 && res.statusCode !== 503 ? 'error' : 'info',
    autoLogging: { ignore: (req: IncomingMessage) => ['/live', '/ready', '/metrics'].includes(req.url ?? '') },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      // pino-http makes an error of every 4xx/5xx; the status says it all, a stack says nothing.
      err: () => undefined,
    },
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
  };
}
