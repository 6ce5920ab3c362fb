import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Histogram } from 'prom-client';

/** Prometheus metrics of every request: count and latency by method, route template and status. */
export function requestMetrics(): (req: Request, res: Response, next: NextFunction) => void {
  collectDefaultMetrics();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'rest_requests_total', help: 'REST requests answered', labelNames });
  const duration = new Histogram({
    name: 'rest_request_duration_seconds',
    help: 'REST request latency',
    labelNames,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      // The route template (not the path) keeps the label set small; unmatched paths share one label.
      const template = (req.route as { path?: string } | undefined)?.path;
      const labels = {
        method: req.method,
        route: template ? `${req.baseUrl}${template}` : 'unmatched',
        status: String(res.statusCode),
      };
      requests.inc(labels);
      duration.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
    });
    next();
  };
}
