// The server span of one HTTP request: continues the caller's trace (W3C traceparent), is current
// while the request is handled (so GraphQL and other spans are its children), and is named after
// the route once known ("POST /graphql", "GET /membres/:handle"), with the status code.
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';

const tracer = trace.getTracer('ekoacteurs-gateway');

/** Runs `handle` inside the request's span; `routeOf` names the route when the answer is sent. */
export function traceRequest(
  req: IncomingMessage,
  res: ServerResponse,
  routeOf: (path: string) => string,
  handle: () => void,
): void {
  const parent = propagation.extract(context.active(), req.headers);
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  const span = tracer.startSpan(
    method,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path, 'url.scheme': 'http' } },
    parent,
  );
  res.once('close', () => {
    const route = routeOf(path);
    span.updateName(`${method} ${route}`);
    span.setAttributes({ 'http.route': route, 'http.response.status_code': res.statusCode });
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), handle);
}
