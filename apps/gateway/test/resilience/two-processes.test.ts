// Two real OS processes of the production build, on one PostgreSQL database and one Redis, as a
// deployment with two replicas behind a load balancer runs: a member's requests land on either,
// and nothing tells which.
import persistedDocuments from '@ekoacteurs/client/persisted-documents.json' with { type: 'json' };
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NOTIFICATION_ADDED, subscribe } from '../notifications/sse.ts';
import { createReceiver, type Receiver } from '../webhooks/receiver.ts';
import { startBuiltGateway, type BuiltGateway } from './support/built-gateway.ts';
import { bearer, eventually, globalId, graphql, membersWithTokens, signInByLink } from './support/graphql.ts';
import { REDIS_URL } from './support/postgres.ts';

let db: TestDatabase;
let a: BuiltGateway;
let b: BuiltGateway;
let receiver: Receiver;

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = await createReceiver('secret-de-test');
  await receiver.up();
  await db.prisma.webhook.create({
    data: { url: receiver.url, secret: receiver.secret, events: ['recommendation.created'] },
  });
  const env = {
    DATABASE_URL: (db.target as { url: string }).url,
    REDIS_URL,
    RATE_LIMIT_TOKEN: '30',
    LOG_LEVEL: 'warn',
  };
  [a, b] = await Promise.all([startBuiltGateway(env), startBuiltGateway(env)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await receiver?.down();
  await db?.close();
});

it('share sessions, rate limits, live notifications and the webhook outbox', async () => {
  // Addresses of this run only: sign-in attempts are counted in the shared Redis across runs.
  const prefix = `replica${Date.now().toString(36)}`;
  const [camille, yanis] = await membersWithTokens(db.prisma, prefix, 2);

  // A session made on A (the apps' sign-in by emailed link) is a session on B.
  const cookie = await signInByLink(a.url, db.prisma, `${prefix}-0@example.fr`);
  // In production a browser session runs the apps' persisted documents only.
  const viewerHash = Object.entries(persistedDocuments as Record<string, string>).find(([, text]) =>
    text.startsWith('query Viewer '),
  )![0];
  const onB = await fetch(`${b.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-graphql-client': 'portal' },
    body: JSON.stringify({
      extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash.replace(/^sha256:/, '') } },
    }),
  });
  expect((await onB.json()).data.viewer.handle).toBe(`${prefix}-0`);

  // Live: Yanis recommends Camille through A; Camille, connected to B, is told at once.
  const stream = await subscribe(b.url, NOTIFICATION_ADDED, { token: camille!.token });
  expect(stream.status).toBe(200);
  // The subscription reaches Redis asynchronously; until then an event would not be relayed.
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  await eventually(
    async () => {
      const [, count] = (await redis.pubsub('NUMSUB', `notification:${camille!.id}`)) as [string, number];
      return Number(count) > 0;
    },
    10_000,
    'the subscription on B reaching Redis',
  );
  await redis.quit();
  const recommended = await graphql(
    a.url,
    'mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }',
    {
      input: {
        memberId: globalId('Member', camille!.id),
        clientName: 'SCOP Les Rives',
        note: 'Une stratège remarquable.',
      },
    },
    bearer(yanis!.token),
  );
  expect(recommended.body.data.recommendMember.__typename).toBe('RecommendationSuccess');
  const event = await stream.next(10_000);
  expect(event.data.notificationAdded.kind).toBe('recommendation.received');
  stream.close();

  // The recommendation's webhook is queued once, though both processes poll the outbox. Production
  // refuses loopback targets (webhooks reach public servers only), so the local receiver gets
  // nothing here: delivery exactly once with two pollers is scale-out.test.ts's, in test mode.
  const queued = () => db.prisma.webhookDelivery.count({ where: { event: 'recommendation.created' } });
  await eventually(async () => (await queued()) === 1, 15_000, 'the webhook queued');
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(await queued()).toBe(1);
  expect(receiver.received).toEqual([]);

  // One budget for Yanis' token, whichever process counts it: spend it on A, B refuses.
  let answer = await graphql(a.url, '{ viewer { handle } }', {}, bearer(yanis!.token));
  while (answer.status !== 429) answer = await graphql(a.url, '{ viewer { handle } }', {}, bearer(yanis!.token));
  const refused = await graphql(b.url, '{ viewer { handle } }', {}, bearer(yanis!.token));
  expect(refused.status).toBe(429);
  expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');

  // Both stop cleanly.
  await Promise.all([a.stop(), b.stop()]);
  expect(await a.exited).toEqual({ code: 0, signal: null });
  expect(await b.exited).toEqual({ code: 0, signal: null });
});
