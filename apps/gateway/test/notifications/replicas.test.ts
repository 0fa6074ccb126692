// Two gateway replicas on one database and one Redis (127.0.0.1:6379, or TEST_REDIS_URL): a
// notification made on replica A reaches its member's subscription open on replica B, over real SSE.
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createGateway, type Gateway } from '../../src/server.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { globalId, type As } from '../harness.ts';
import { NOTIFICATION_ADDED, subscribe } from './sse.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let db: TestDatabase;
let redis: Redis;
const replicas: { gateway: Gateway; url: string }[] = [];

async function replica() {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL }), PORT: 0 };
  // The database outlives both replicas: each one's shutdown must not close it.
  const gateway = createGateway({
    config,
    db: { ...db, close: async () => {} },
    logger: createLogger(config.LOG_LEVEL),
  });
  const port = await gateway.listen();
  replicas.push({ gateway, url: `http://127.0.0.1:${port}` });
  return `http://127.0.0.1:${port}`;
}

async function member(handle: string): Promise<{ id: string; as: As }> {
  const row = await db.prisma.member.create({
    data: { handle, displayName: handle, email: `${handle}@example.fr`, status: 'ACTIVE' },
  });
  const { secret } = await createSession(db.prisma, row.id, '127.0.0.1', 'vitest');
  return { id: row.id, as: { cookie: `eko_session=${secret}` } };
}

/** Waits until Redis has a subscriber on the member's channel (SUBSCRIBE is sent asynchronously). */
async function subscribedOnRedis(memberId: string) {
  for (let i = 0; i < 100; i++) {
    const [, count] = (await redis.pubsub('NUMSUB', `notification:${memberId}`)) as [string, number];
    if (Number(count) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the subscription never reached Redis');
}

async function recommend(url: string, as: As, memberId: string, clientName: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: as.cookie! },
    body: JSON.stringify({
      query: 'mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }',
      variables: {
        input: { memberId: globalId('Member', memberId), clientName, note: 'Une facilitatrice hors pair.' },
      },
    }),
  });
  expect((await response.json()).data.recommendMember.__typename).toBe('RecommendationSuccess');
}

beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  for (const { gateway } of replicas) await gateway.shutdown();
  await redis?.quit();
  await db?.close();
});

it('delivers a notification made on one replica to a subscriber on another', async () => {
  const [a, b] = [await replica(), await replica()];
  const camille = await member('camille');
  const yanis = await member('yanis');

  const stream = await subscribe(b, NOTIFICATION_ADDED, camille.as);
  expect(stream.status).toBe(200);
  await subscribedOnRedis(camille.id);

  await recommend(a, yanis.as, camille.id, 'Coopérative Oxalis');

  const event = await stream.next();
  expect(event.data.notificationAdded.kind).toBe('recommendation.received');
  expect(event.data.notificationAdded.data).toMatchObject({ memberHandle: 'yanis', clientName: 'Coopérative Oxalis' });
  stream.close();
});

it('delivers once, not twice, to a subscriber on the replica that made the change', async () => {
  const a = replicas[0]!.url;
  const lea = await member('lea');
  const noor = await member('noor');
  const stream = await subscribe(a, NOTIFICATION_ADDED, lea.as);
  await subscribedOnRedis(lea.id);
  for (const clientName of ['Premier client', 'Second client']) await recommend(a, noor.as, lea.id, clientName);
  // Had Redis echoed the first event back to its own replica, it would come twice before the second.
  const received = [await stream.next(), await stream.next()].map(
    (event) => event.data.notificationAdded.data.clientName,
  );
  expect(received).toEqual(['Premier client', 'Second client']);
  stream.close();
});
