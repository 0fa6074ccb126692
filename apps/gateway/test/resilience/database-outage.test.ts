// PostgreSQL goes away in the middle of a load of reads and writes, then comes back. A TCP proxy
// between the gateway and the server plays the outage (the shared server cannot be stopped).
// What a client sees: quick 503 DATABASE_UNAVAILABLE answers (never a hang, never a crash), /readyz
// 503, then everything working again on its own; and no write left half-done in the database.
import { Writable } from 'node:stream';
import { openDatabase, type Database } from '@ekoacteurs/db';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createGateway, type Gateway } from '../../src/server.ts';
import { hostAndPort, POSTGRES_URL } from './support/postgres.ts';
import { bearer, eventually, globalId, graphql, membersWithTokens, sleep } from './support/graphql.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

const DIRECTORY = '{ members(first: 5) { totalCount edges { node { handle skills { level } } } } }';
const RECOMMEND = 'mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }';

let db: TestDatabase;
let proxy: TcpProxy;
let viaProxy: Database;
let gateway: Gateway;
let url: string;
const logs: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  proxy = await startTcpProxy(hostAndPort(POSTGRES_URL));
  viaProxy = await openDatabase({
    target: { kind: 'postgres', url: proxy.rewrite((db.target as { url: string }).url) },
    connectionTimeoutMs: 2_000,
  });
  const config = {
    ...loadConfig({ NODE_ENV: 'production', RATE_LIMIT_TOKEN: '1000000', RATE_LIMIT_ANONYMOUS: '1000000' }),
    PORT: 0,
  };
  const sink = new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) });
  gateway = createGateway({
    config,
    db: viaProxy,
    logger: pino({ level: 'warn' }, sink),
    webhooks: { enabled: false },
  });
  url = `http://127.0.0.1:${await gateway.listen()}`;
});

afterAll(async () => {
  await gateway?.shutdown();
  await proxy?.close();
  await db?.close();
});

interface Outcome {
  kind: 'read' | 'write';
  startedAt: number;
  endedAt: number;
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  typename?: string;
  clientName?: string;
}

it('answers 503 DATABASE_UNAVAILABLE at once during the outage, recovers by itself, and leaves no write half-applied', async () => {
  const members = await membersWithTokens(db.prisma, 'outage', 8);
  // Each statement's answer is delayed a little, so transactions are in flight when the cut comes.
  proxy.latencyMs = 5;
  const outcomes: Outcome[] = [];
  let writes = 0;
  const state = { running: true };

  async function worker(w: number) {
    while (state.running) {
      const write = Math.random() < 0.5;
      const from = members[w % members.length]!;
      const to = members[(w + 1 + (writes % (members.length - 1))) % members.length]!;
      const clientName = `Client ${w}-${writes++}`;
      const startedAt = performance.now();
      const answer = write
        ? await graphql(
            url,
            RECOMMEND,
            { input: { memberId: globalId('Member', to.id), clientName, note: 'Travail soigné, délais tenus.' } },
            bearer(from.token),
          )
        : await graphql(url, DIRECTORY, {}, bearer(from.token));
      outcomes.push({
        kind: write ? 'write' : 'read',
        startedAt,
        endedAt: performance.now(),
        status: answer.status,
        code: answer.body?.errors?.[0]?.extensions?.code,
        retryAfter: answer.headers.get('retry-after'),
        typename: answer.body?.data?.recommendMember?.__typename,
        clientName: write ? clientName : undefined,
      });
    }
  }

  const load = Promise.all(Array.from({ length: 4 }, (_, w) => worker(w)));
  await sleep(2_000);
  const cutAt = performance.now();
  await proxy.cut();
  await sleep(300);
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(503);
  expect((await ready.json()).reason).toMatch(/^database unreachable/);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  await sleep(1_700);
  const restoredAt = performance.now();
  await proxy.restore();
  const recoveryMs = await eventually(
    async () => (await fetch(`${url}/readyz`)).status === 200,
    15_000,
    '/readyz back to 200',
  );
  await sleep(2_000);
  state.running = false;
  await load;

  // Nothing hung: the slowest answer, during the outage included, came within a few seconds (a
  // write takes up to a second here when the machine is busy).
  expect(Math.max(...outcomes.map((o) => o.endedAt - o.startedAt))).toBeLessThan(8_000);
  // Every answer was a success or the documented outage answer, never a masked 500.
  const documented = (o: Outcome) =>
    o.status === 200
      ? o.code === undefined
      : o.status === 503 && o.code === 'DATABASE_UNAVAILABLE' && o.retryAfter === '5';
  expect(outcomes.filter((o) => !documented(o))).toEqual([]);
  const during = outcomes.filter((o) => o.startedAt > cutAt + 100 && o.endedAt < restoredAt);
  expect(during.length).toBeGreaterThan(10);
  expect(during.every((o) => o.status === 503)).toBe(true);
  const after = outcomes.filter((o) => o.startedAt > restoredAt + recoveryMs + 500);
  expect(after.length).toBeGreaterThan(1);
  expect(after.every((o) => o.status === 200)).toBe(true);
  expect(logs.join('')).toContain('requests answered with DATABASE_UNAVAILABLE (503)');

  // No write is half-applied: each recommendation has its two ledger lines, its audit entry and its
  // notification, and none of those exists without its recommendation.
  const recommendations = await db.prisma.recommendation.findMany({ select: { id: true, clientName: true } });
  const ids = recommendations.map((r) => r.id);
  const ledger = await db.prisma.contributionEntry.groupBy({
    by: ['sourceId'],
    where: { sourceType: 'Recommendation' },
    _count: { _all: true },
  });
  expect(ledger.every((l) => ids.includes(l.sourceId) && l._count._all === 2)).toBe(true);
  expect(ledger).toHaveLength(ids.length);
  const audits = await db.prisma.auditLogEntry.findMany({
    where: { action: 'recommendation.sent' },
    select: { targetId: true },
  });
  expect(audits.map((a) => a.targetId).sort()).toEqual([...ids].sort());
  expect(await db.prisma.notification.count({ where: { kind: 'recommendation.received' } })).toBe(ids.length);
  // Every write answered as done is there (a cut during COMMIT may apply one answered 503: that is
  // why the error tells clients to read before retrying a write).
  const stored = new Set(recommendations.map((r) => r.clientName));
  const confirmed = outcomes.filter((o) => o.typename === 'RecommendationSuccess');
  expect(confirmed.length).toBeGreaterThan(1);
  expect(confirmed.every((o) => stored.has(o.clientName!))).toBe(true);
});
