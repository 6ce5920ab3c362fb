import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { NodeSDK } from '@opentelemetry/sdk-node';

export interface TracingOptions {
  readonly serviceName: string;
  /** OTLP/HTTP base endpoint; no exporter is installed without one. */
  readonly endpoint?: string;
}

export interface Tracing {
  readonly exporting: boolean;
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK with W3C trace-context propagation, so trace ids
 * flow through gRPC metadata and logs even when nothing is exported. Spans are
 * exported over OTLP only when an endpoint is configured.
 */
export function startTracing(options: TracingOptions): Tracing {
  const exporter = options.endpoint
    ? new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, '')}/v1/traces` })
    : undefined;
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    textMapPropagator: new W3CTraceContextPropagator(),
    traceExporter: exporter,
    // Without an exporter, sdk-node would fall back to the OTEL_* environment;
    // configuration is ours to validate, so nothing else is read.
    spanProcessors: exporter ? undefined : [],
    instrumentations: [],
  });
  sdk.start();
  return { exporting: exporter !== undefined, shutdown: () => sdk.shutdown() };
}
