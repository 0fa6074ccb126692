// SIGTERM to the built gateway while requests are in flight, as a process manager or an
// orchestrator sends it on a deploy: the requests it has accepted finish normally, new connections
// are refused at once, and the process exits by itself with status 0.
import { request } from 'node:http';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBuiltGateway, type BuiltGateway } from './support/built-gateway.ts';
import { hostAndPort, POSTGRES_URL } from './support/postgres.ts';
import { sleep } from './support/graphql.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

const DIRECTORY = JSON.stringify({ query: '{ members(first: 10) { totalCount edges { node { handle skills { level } collectives { role } } } } }' });

let db: TestDatabase;
let proxy: TcpProxy;
let gateway: BuiltGateway;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const handle of ['camille-martin', 'yanis-benali', 'lea-dubois']) {
    await db.prisma.member.create({ data: { handle, displayName: handle, email: `${handle}@example.fr`, status: 'ACTIVE' } });
  }
  proxy = await startTcpProxy(hostAndPort(POSTGRES_URL));
  gateway = await startBuiltGateway({
    DATABASE_URL: proxy.rewrite((db.target as { url: string }).url),
    RATE_LIMIT_ANONYMOUS: '1000000',
    SHUTDOWN_TIMEOUT_MS: '20000',
  });
});

afterAll(async () => {
  await gateway?.stop();
  await proxy?.close();
  await db?.close();
});

/** A GraphQL POST on its own connection; resolves once the request is on the wire. */
function inFlight(url: string) {
  const { port } = new URL(url);
  let sent!: () => void;
  const written = new Promise<void>((resolve) => (sent = resolve));
  const answer = new Promise<{ status: number; body: any; at: number }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), at: performance.now() }));
    });
    req.on('error', reject);
    req.end(DIRECTORY, sent);
  });
  return { written, answer };
}

it('finishes the requests in flight, refuses new connections, and exits 0', async () => {
  // Warm: the first GraphQL request of a process keeps its event loop busy for a while.
  expect((await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: DIRECTORY })).status).toBe(200);
  // Every answer from PostgreSQL now takes 300 ms: a directory page takes a second or more.
  proxy.latencyMs = 300;
  const requests = Array.from({ length: 6 }, () => inFlight(gateway.url));
  await Promise.all(requests.map((r) => r.written));
  // Until the process has read them, accepted connections count as idle and close() would drop them.
  await sleep(300);

  gateway.kill('SIGTERM');
  const termAt = performance.now();
  let refusedAt = 0;
  while (!refusedAt && performance.now() - termAt < 5_000) {
    const error = await fetch(`${gateway.url}/healthz`).then(() => null, (e: Error & { cause?: { code?: string } }) => e);
    if (error?.cause?.code === 'ECONNREFUSED') refusedAt = performance.now();
    else await sleep(20);
  }
  const answers = await Promise.all(requests.map((r) => r.answer));
  const { code, signal } = await gateway.exited;

  expect(refusedAt).toBeGreaterThan(0);
  // New connections were refused while the accepted requests were still being answered.
  expect(refusedAt).toBeLessThan(Math.max(...answers.map((a) => a.at)));
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.members.totalCount).toBe(3);
  }
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(gateway.output()).toContain('stopped cleanly');
});
