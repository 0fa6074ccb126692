// Two gateway replicas in one process, on one PostgreSQL database and one Redis, each with its own
// Redis connections, as two processes behind a load balancer would be: a member may land on either.
import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createGateway, type Gateway, type GatewayWebhookOptions } from '../../src/server.ts';
import { createReceiver } from '../webhooks/receiver.ts';
import { bearer, eventually, graphql, membersWithTokens, signInByLink } from './support/graphql.ts';
import { REDIS_URL } from './support/postgres.ts';

let db: TestDatabase;
const replicas: { gateway: Gateway; url: string; logs: string[] }[] = [];

async function replica(webhooks: GatewayWebhookOptions = { enabled: false }) {
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      REDIS_URL,
      RATE_LIMIT_TOKEN: '12',
      AUTH_ATTEMPTS_PER_IP_PER_HOUR: '1000',
      WEBHOOK_ALLOW_LOOPBACK: 'true',
    }),
    PORT: 0,
  };
  const logs: string[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) });
  // The database outlives the replicas: a replica's shutdown must not close it.
  const gateway = createGateway({
    config,
    db: { ...db, close: async () => {} },
    logger: pino({ level: 'info' }, sink),
    webhooks,
  });
  const entry = { gateway, url: `http://127.0.0.1:${await gateway.listen()}`, logs };
  replicas.push(entry);
  return entry;
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const { gateway } of replicas) await gateway.shutdown();
  await db?.close();
});

describe('two replicas', () => {
  it('share sessions: signed in on A, recognised on B; signed out on B, refused on A', async () => {
    const [a, b] = [await replica(), await replica()];
    await db.prisma.member.create({
      data: { handle: 'nadia-roux', displayName: 'Nadia Roux', email: 'nadia@example.fr', status: 'ACTIVE' },
    });
    const cookie = await signInByLink(a.url, db.prisma, 'nadia@example.fr');
    expect(cookie).toMatch(/=.+/);

    const viewerOnB = await graphql(b.url, '{ viewer { handle } }', {}, { cookie });
    expect(viewerOnB.body.data.viewer).toEqual({ handle: 'nadia-roux' });
    await graphql(b.url, 'mutation { signOut { __typename } }', {}, { cookie });
    const viewerOnA = await graphql(a.url, '{ viewer { handle } }', {}, { cookie });
    expect(viewerOnA.body.data.viewer).toBeNull();
  });

  it('share rate limits: points spent on A are gone on B, and an empty budget is empty on both', async () => {
    const [a, b] = replicas;
    const [member] = await membersWithTokens(db.prisma, 'budget', 1);
    const as = bearer(member!.token);
    const first = await graphql(a!.url, '{ viewer { handle } }', {}, as);
    const cost = Number(first.headers.get('x-query-cost'));
    expect(cost).toBeGreaterThan(0);
    expect(Number(first.headers.get('x-ratelimit-remaining'))).toBe(12 - cost);
    const second = await graphql(b!.url, '{ viewer { handle } }', {}, as);
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(12 - 2 * cost);

    let answer = second;
    while (answer.status !== 429) answer = await graphql(a!.url, '{ viewer { handle } }', {}, as);
    const onB = await graphql(b!.url, '{ viewer { handle } }', {}, as);
    expect(onB.status).toBe(429);
    expect(onB.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('two replicas polling the webhook outbox', () => {
  it('deliver every event once, sharing the work', async () => {
    const receiver = await createReceiver('secret-de-test');
    receiver.delayMs = 100;
    await receiver.up();
    const webhook = await db.prisma.webhook.create({
      data: { url: receiver.url, secret: receiver.secret, events: ['member.updated'] },
    });
    const options = { enabled: true, intervalMs: 50, batchSize: 4 };
    const [a, b] = [await replica(options), await replica(options)];
    await db.prisma.webhookDelivery.createMany({
      data: Array.from({ length: 24 }, (_, i) => ({
        webhookId: webhook.id,
        event: 'member.updated',
        payload: { n: i },
      })),
    });

    await eventually(
      async () =>
        (await db.prisma.webhookDelivery.count({ where: { webhookId: webhook.id, status: 'DELIVERED' } })) === 24,
      30_000,
      'all deliveries DELIVERED',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = receiver.received.map((r) => r.deliveryId);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    const delivered = (logs: string[]) => logs.filter((line) => line.includes('"msg":"webhook delivered"')).length;
    expect(delivered(a.logs) + delivered(b.logs)).toBe(24);
    // Both took part: while one waits on the receiver, the other claims the next batch.
    expect(delivered(a.logs)).toBeGreaterThan(0);
    expect(delivered(b.logs)).toBeGreaterThan(0);
    await receiver.down();
  });
});
