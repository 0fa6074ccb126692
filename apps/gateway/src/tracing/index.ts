// Traces through OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is set: one span per HTTP request
// (tracing/http.ts), a child span per GraphQL operation (tracing/graphql-plugin.ts), exported by the
// SDK (tracing/sdk.ts). When it is not set, nothing here costs anything: the SDK's packages are
// never imported, and the gateway adds neither the request wrapper nor the plugin (only the
// OpenTelemetry API, a few kilobytes of no-op functions, is loaded).
import type { Config } from '../config.ts';
import { startSdk, type TracingSdk } from './sdk.ts';

export type { TracingSdk };

export function tracingEnabled(config: Pick<Config, 'OTEL_EXPORTER_OTLP_ENDPOINT'>): boolean {
  return Boolean(config.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/** Starts the SDK when an endpoint is configured; null (and nothing imported) otherwise. */
export async function startTracing(
  config: Pick<Config, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_SERVICE_NAME'>,
  version: string,
): Promise<TracingSdk | null> {
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  return startSdk({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: config.OTEL_SERVICE_NAME, version });
}
