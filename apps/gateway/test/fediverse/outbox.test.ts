// The ActivityPub outbox on its own: one row per inbox (an instance's shared inbox once), nothing for
// blocked instances, one statement when no one follows, retries while an inbox is down, and the
// production rule: no loopback target unless FEDIVERSE_ALLOW_LOOPBACK.
import { createServer, type Server } from 'node:http';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { enqueueActivity, enqueueWorkshopActivity, followerInboxes } from '../../src/fediverse/outbox.ts';
import { createFediverseDispatcher } from '../../src/fediverse/poller.ts';

let db: TestDatabase;
const queries: string[] = [];
const logger = createLogger('silent');
const PUBLIC_URL = 'https://ekoacteurs.example';

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => queries.push(sql) });
});
afterEach(async () => {
  await db.prisma.fediverseDelivery.deleteMany();
  await db.prisma.fediverseFollower.deleteMany();
  await db.prisma.fediverseBlockedInstance.deleteMany();
});
afterAll(() => db?.close());

const follower = (n: number, host: string, shared: boolean) => ({
  actor: 'federation',
  followerUri: `https://${host}/users/u${n}`,
  inboxUrl: `https://${host}/users/u${n}/inbox`,
  sharedInboxUrl: shared ? `https://${host}/inbox` : null,
  host,
  followId: `https://${host}/follows/${n}`,
});

describe('who an activity goes to', () => {
  it('uses an instance’s shared inbox once, personal inboxes otherwise, and skips blocked instances', async () => {
    await db.prisma.fediverseFollower.createMany({
      data: [
        follower(1, 'masto.example', true),
        follower(2, 'masto.example', true),
        follower(3, 'solo.example', false),
        follower(4, 'spam.example', true),
      ],
    });
    await db.prisma.fediverseBlockedInstance.create({ data: { host: 'spam.example' } });
    expect(await followerInboxes(db.prisma, 'federation')).toEqual([
      'https://masto.example/inbox',
      'https://solo.example/users/u3/inbox',
    ]);
  });

  it('costs one statement, and queues nothing, when nobody follows', async () => {
    queries.length = 0;
    expect(await enqueueWorkshopActivity(db.prisma, PUBLIC_URL, '01a24f00-0000-7000-8000-000000000000', 'Create')).toBe(
      0,
    );
    expect(queries).toHaveLength(1);
    expect(await db.prisma.fediverseDelivery.count()).toBe(0);
  });
});

describe('delivering', () => {
  let inbox: Server;
  let port = 0;
  let answers: number[] = [];
  const got: string[] = [];

  beforeAll(async () => {
    inbox = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const status = answers.shift() ?? 202;
        if (status < 300) got.push(`${req.headers.signature ? 'signed' : 'unsigned'} ${JSON.parse(body).type}`);
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => inbox.listen(0, '127.0.0.1', resolve));
    port = (inbox.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => inbox.close(resolve)));

  const queue = () =>
    enqueueActivity(
      db.prisma,
      'federation',
      { '@context': 'https://www.w3.org/ns/activitystreams', id: `${PUBLIC_URL}/ap/activities/1`, type: 'Update' },
      [`http://127.0.0.1:${port}/inbox`],
    );

  it('retries while the inbox fails, then delivers it once, signed', async () => {
    answers = [503];
    got.length = 0;
    await queue();
    const dispatcher = createFediverseDispatcher({
      prisma: db.prisma,
      logger,
      publicUrl: PUBLIC_URL,
      allowLoopback: true,
      backoffMs: () => 0,
    });
    expect(await dispatcher.runOnce()).toBe(1);
    const failed = await db.prisma.fediverseDelivery.findFirstOrThrow();
    expect([failed.status, failed.attempts, failed.lastStatusCode]).toEqual(['PENDING', 1, 503]);
    expect(await dispatcher.runOnce()).toBe(1);
    const delivered = await db.prisma.fediverseDelivery.findFirstOrThrow();
    expect([delivered.status, delivered.attempts]).toEqual(['DELIVERED', 2]);
    expect(got).toEqual(['signed Update']);
    expect(await dispatcher.runOnce()).toBe(0);
  }, 30_000);

  it('gives up at once on an inbox that refuses for good (410)', async () => {
    answers = [410];
    await queue();
    await createFediverseDispatcher({
      prisma: db.prisma,
      logger,
      publicUrl: PUBLIC_URL,
      allowLoopback: true,
      backoffMs: () => 0,
    }).runOnce();
    expect((await db.prisma.fediverseDelivery.findFirstOrThrow()).status).toBe('FAILED');
  }, 30_000);

  it('never reaches this machine without FEDIVERSE_ALLOW_LOOPBACK (as in production)', async () => {
    got.length = 0;
    await queue();
    await createFediverseDispatcher({ prisma: db.prisma, logger, publicUrl: PUBLIC_URL, backoffMs: () => 0 }).runOnce();
    const refused = await db.prisma.fediverseDelivery.findFirstOrThrow();
    expect(refused.status).toBe('FAILED');
    expect(refused.lastError).toMatch(/^Not sent: .*(http|loopback)/);
    expect(got).toEqual([]);
  }, 30_000);
});
