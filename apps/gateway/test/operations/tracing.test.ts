// OpenTelemetry traces: with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a collector (here a tiny
// OTLP/HTTP receiver on node:http, accepting the JSON encoding), each request arrives as a server
// span named after its route, with the GraphQL operation as its child, named after the operation;
// a caller's traceparent is continued.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string; arrayValue?: unknown } }[];
}

const received: OtlpSpan[] = [];
/** Each export's path and content type, as the receiver saw them. */
const exports: string[] = [];
const services = new Set<string>();
let receiver: Server;
let t: TestGateway;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      exports.push(`${req.url} ${req.headers['content-type']}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
      };
      for (const resource of body.resourceSpans) {
        const service = resource.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
        if (service) services.add(service);
        for (const scope of resource.scopeSpans) received.push(...scope.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  t = await startTestGateway({
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    OTEL_SERVICE_NAME: 'eko-test',
  });
});

afterAll(async () => {
  await t?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

it('sends a span per request and per GraphQL operation, named after them, in the caller’s trace', async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const callerSpan = '00f067aa0ba902b7';
  const answer = await t.graphql(
    'query SkillsTaxonomy { skills { id } }',
    {},
    { headers: { traceparent: `00-${traceId}-${callerSpan}-01` } },
  );
  expect(answer.status).toBe(200);
  const failed = await t.graphql('query AuditLog { auditLog(first: 1) { totalCount } }');
  expect(failed.body.errors?.[0]?.extensions?.code).toBeDefined();
  await fetch(`${t.url}/healthz`);
  await t.gateway.flushTraces();

  expect(new Set(exports)).toEqual(new Set(['/v1/traces application/json']));
  expect([...services]).toEqual(['eko-test']);
  const operation = received.find((span) => span.name === 'query SkillsTaxonomy');
  expect(operation, `spans received: ${received.map((s) => s.name).join(', ')}`).toBeDefined();
  expect(attribute(operation!, 'graphql.operation.name')).toBe('SkillsTaxonomy');
  expect(attribute(operation!, 'graphql.operation.type')).toBe('query');

  const request = received.find((span) => span.spanId === operation!.parentSpanId);
  expect(request?.name).toBe('POST /graphql');
  expect(attribute(request!, 'http.response.status_code')).toBe(200);
  // The caller's trace goes on through the gateway.
  expect(request!.traceId).toBe(traceId);
  expect(request!.parentSpanId).toBe(callerSpan);
  expect(operation!.traceId).toBe(traceId);

  const refused = received.find((span) => span.name === 'query AuditLog');
  expect(attribute(refused!, 'graphql.error.codes')).toBeUndefined(); // an array value, not a string
  expect(JSON.stringify(refused!.attributes)).toContain(String(failed.body.errors?.[0]?.extensions?.code));
  expect(received.some((span) => span.name === 'GET /healthz')).toBe(true);
});

it('shows each database statement as a span of the operation that sent it, with its SQL', async () => {
  received.length = 0;
  const answer = await t.graphql(
    'mutation AskForLink { requestSignInLink(email: "personne@exemple.fr") { __typename } }',
  );
  expect(answer.body.errors).toBeUndefined();
  await t.gateway.flushTraces();

  const operation = received.find((span) => span.name === 'mutation AskForLink');
  expect(operation, `spans received: ${received.map((s) => s.name).join(', ')}`).toBeDefined();
  const byId = new Map(received.map((span) => [span.spanId, span]));
  const underOperation = (span: OtlpSpan): boolean => {
    for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) {
      if (parent === operation) return true;
    }
    return false;
  };
  const statements = received.filter((span) => span.name === 'prisma:client:db_query' && underOperation(span));
  expect(statements.length, `spans received: ${received.map((s) => s.name).join(', ')}`).toBeGreaterThan(0);
  expect(statements.map((span) => attribute(span, 'db.query.text')).join('\n')).toMatch(/FROM "public"\."Member"/);
  // The statement's text, never its values: an address typed by someone stays out of the traces.
  expect(JSON.stringify(received)).not.toContain('personne@exemple.fr');
});
