// What an operator's Prometheus sees: after a few requests, the metrics port counts them by route
// and GraphQL operation, errors by code, rate-limit refusals, open SSE streams, the database pool
// and the webhook queue. The public origin's /metrics answers 404 to anyone without the token.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSession } from '../../src/auth/sessions.ts';
import { addMember, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { subscribe } from '../notifications/sse.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
let t: TestGateway;
let member: As;

beforeAll(async () => {
  t = await startTestGateway({ METRICS_PORT: 0, METRICS_TOKEN: TOKEN, RATE_LIMIT_ANONYMOUS: 40 });
  const { id } = await addMember(t, { handle: 'camille-martin' });
  member = { cookie: `eko_session=${(await createSession(t.db.prisma, id, '127.0.0.1', 'test')).secret}` };
});
afterAll(() => t?.stop());

async function scrape(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${t.gateway.metricsPort()}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one series, e.g. value(text, 'eko_x_total', { route: '/graphql' }). */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([key, v]) => line.includes(`${key}="${v}"`)))
      return Number(line.split(' ').at(-1));
  }
  return undefined;
}

it('counts requests by route and GraphQL operation, errors by code, refusals and open streams', async () => {
  for (let i = 0; i < 3; i++) expect((await t.graphql('query Viewer { viewer { id } }', {}, member)).status).toBe(200);
  const forbidden = await t.graphql('query AuditLog { auditLog(first: 1) { totalCount } }', {}, member);
  expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  await t.graphql('query MadeUpByACaller { viewer { id } }', {}, member);
  await fetch(`${t.url}/healthz`);
  await fetch(`${t.url}/membres/nobody-${Date.now()}`);
  const stream = await subscribe(t.url, 'subscription NotificationAdded { notificationAdded { id } }', member);
  expect(stream.status).toBe(200);
  // Anonymous requests until the budget is spent.
  let refused = 0;
  for (let i = 0; i < 60 && refused === 0; i++) {
    if ((await t.graphql('query SkillsTaxonomy { skills { id name } }')).status === 429) refused += 1;
  }
  expect(refused).toBe(1);

  const text = await scrape();
  expect(value(text, 'eko_graphql_request_duration_seconds_count', { operation: 'Viewer', type: 'query' })).toBe(3);
  expect(value(text, 'eko_graphql_errors_total', { operation: 'AuditLog', code: 'FORBIDDEN' })).toBe(1);
  // Names the apps do not use are not labels of their own.
  expect(text).not.toContain('MadeUpByACaller');
  expect(value(text, 'eko_graphql_request_duration_seconds_count', { operation: 'other' })).toBe(1);
  expect(value(text, 'eko_http_requests_total', { route: '/healthz', status: '200' })).toBe(1);
  expect(value(text, 'eko_http_requests_total', { route: '/membres/:handle', status: '404' })).toBe(1);
  expect(
    value(text, 'eko_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' }),
  ).toBeGreaterThanOrEqual(6);
  expect(value(text, 'eko_rate_limit_refusals_total', { route: '/graphql' })).toBe(1);
  expect(value(text, 'eko_sse_streams_open', { operation: 'NotificationAdded' })).toBe(1);
  expect(value(text, 'eko_queue_depth', { queue: 'webhooks' })).toBe(0);
  // The PostgreSQL pool (the embedded database has none).
  const postgres = t.db.target.kind === 'postgres';
  expect(value(text, 'eko_db_pool_connections', { state: 'max' })).toBe(postgres ? 20 : undefined);
  expect((value(text, 'eko_db_pool_acquisitions_total') ?? 0) > 0).toBe(postgres);

  stream.close();
  await expect
    .poll(async () => value(await scrape(), 'eko_sse_streams_open', { operation: 'NotificationAdded' }), {
      timeout: 5_000,
    })
    .toBe(0);
});

it('serves no metrics on the public origin without the token', async () => {
  const anonymous = await fetch(`${t.url}/metrics`);
  expect(anonymous.status).toBe(404);
  expect(await anonymous.text()).not.toContain('eko_');
  const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all-000000' } });
  expect(wrong.status).toBe(404);
  const operator = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(operator.status).toBe(200);
  expect(await operator.text()).toContain('eko_http_requests_total');
});
