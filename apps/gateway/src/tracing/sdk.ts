// The OpenTelemetry SDK, started (by tracing/index.ts) only when OTEL_EXPORTER_OTLP_ENDPOINT is set:
// a Node tracer provider (AsyncLocalStorage context, W3C traceparent propagation) whose spans go in
// batches to the collector over OTLP/HTTP (JSON) at <endpoint>/v1/traces, and Prisma's own
// instrumentation, so each database statement is a span ("prisma:client:db_query", with its SQL)
// under the GraphQL operation or route that sent it. The SDK's packages are imported here
// dynamically, so the production bundle (build.mjs keeps them external) loads them only then.
export interface TracingSdk {
  /** Sends the spans still waiting in the batch. */
  flush(): Promise<void>;
  /** Flushes, then stops exporting. */
  shutdown(): Promise<void>;
}

export async function startSdk(options: {
  endpoint: string;
  serviceName: string;
  version: string;
}): Promise<TracingSdk> {
  const [
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { BatchSpanProcessor, NodeTracerProvider },
    { PrismaInstrumentation, registerInstrumentations },
  ] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-node'),
    import('@prisma/instrumentation'),
  ]);
  const exporter = new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName, 'service.version': options.version }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new PrismaInstrumentation()],
  });
  return {
    flush: () => provider.forceFlush(),
    shutdown: () => {
      unregister();
      return provider.shutdown();
    },
  };
}
