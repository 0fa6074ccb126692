// Redis goes away (a TCP proxy between the gateway and Redis is cut) and comes back. The gateway
// keeps serving without waiting on it: rate limits are counted in the process, live events still
// reach the subscribers of the replica where they happen; /readyz stays 200 and says
// `redis: "unavailable"`, the logs say what is degraded, and everything is shared again once
// Redis answers.
import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createGateway, type Gateway } from '../../src/server.ts';
import { NOTIFICATION_ADDED, subscribe } from '../notifications/sse.ts';
import { bearer, eventually, globalId, graphql, membersWithTokens } from './support/graphql.ts';
import { hostAndPort, REDIS_URL } from './support/postgres.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

let db: TestDatabase;
let proxy: TcpProxy;
let gateway: Gateway;
let url: string;
const logs: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  proxy = await startTcpProxy(hostAndPort(REDIS_URL));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', REDIS_URL: proxy.rewrite(REDIS_URL), RATE_LIMIT_TOKEN: '1000' }),
    PORT: 0,
  };
  const sink = new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) });
  gateway = createGateway({ config, db, logger: pino({ level: 'info' }, sink) });
  url = `http://127.0.0.1:${await gateway.listen()}`;
});

afterAll(async () => {
  // The gateway's shutdown closes (and drops) the database.
  await gateway?.shutdown();
  await proxy?.close();
});

const readyz = async () => (await fetch(`${url}/readyz`)).json() as Promise<{ status: string; redis: string }>;

it('keeps serving, with per-process limits and local live events, and says so until Redis is back', async () => {
  const [camille, yanis] = await membersWithTokens(db.prisma, 'redis', 2);
  // Connected first (on a busy machine the first ping can take a moment): the outage is what is tested.
  await eventually(async () => (await readyz()).redis === 'ready', 10_000, '/readyz reporting Redis ready');
  expect(await readyz()).toMatchObject({ status: 'ready', redis: 'ready' });
  const before = await graphql(url, '{ viewer { handle } }', {}, bearer(camille!.token));
  expect(Number(before.headers.get('x-ratelimit-remaining'))).toBeLessThan(1000);

  await proxy.cut();
  await eventually(async () => (await readyz()).redis === 'unavailable', 10_000, '/readyz reporting Redis unavailable');
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(200);

  // Requests are answered without waiting on Redis, and still carry (per-process) budgets.
  for (let i = 0; i < 5; i++) {
    const answer = await graphql(url, '{ viewer { handle } }', {}, bearer(camille!.token));
    expect(answer.status).toBe(200);
    expect(answer.body.data.viewer.handle).toBe('redis-0');
    expect(answer.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    expect(answer.ms).toBeLessThan(2_000);
  }

  // A notification made here still reaches a subscriber connected here.
  const stream = await subscribe(url, NOTIFICATION_ADDED, { token: camille!.token });
  expect(stream.status).toBe(200);
  const recommended = await graphql(
    url,
    'mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }',
    { input: { memberId: globalId('Member', camille!.id), clientName: 'Atelier Brizh', note: 'Toujours à l’écoute.' } },
    bearer(yanis!.token),
  );
  expect(recommended.body.data.recommendMember.__typename).toBe('RecommendationSuccess');
  const event = await stream.next(10_000);
  expect(event.data.notificationAdded.kind).toBe('recommendation.received');
  stream.close();

  const text = logs.join('');
  expect(text).toContain('Redis connection lost: rate limits are counted per process');
  expect(text).toContain('Redis is unreachable: limits are counted without it');

  await proxy.restore();
  await eventually(async () => (await readyz()).redis === 'ready', 15_000, '/readyz reporting Redis ready again');
  expect(logs.join('')).toContain('Redis is back');
});
