// The outbox and its dispatcher against a real receiver: signed deliveries, retries while the
// receiver is down, nothing lost, nothing sent twice, and giving up after the last attempt.
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { enqueueWebhookEvent } from '../../src/webhooks/enqueue.ts';
import { createWebhookDispatcher } from '../../src/webhooks/poller.ts';
import { createReceiver, type Receiver } from './receiver.ts';

let db: TestDatabase;
const logger = createLogger('silent');
const receivers: Receiver[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.prisma.webhook.deleteMany();
  await Promise.all(receivers.splice(0).map((receiver) => receiver.down()));
});
afterAll(() => db?.close());

async function webhookTo(events: string[] = ['page.published']) {
  const receiver = await createReceiver('whsec_integration-test');
  receivers.push(receiver);
  const webhook = await db.prisma.webhook.create({ data: { url: receiver.url, secret: receiver.secret, events } });
  return { receiver, webhook };
}

function enqueue(count: number, event: 'page.published' | 'member.admitted' = 'page.published') {
  return db.prisma.$transaction(async (tx) => {
    for (let n = 0; n < count; n++) await enqueueWebhookEvent(tx, event, { page: { slug: `page-${n}` } });
  });
}

describe('a receiver that is down at first', () => {
  it('loses nothing: failed attempts are logged and retried, then everything arrives once, signed', async () => {
    const { receiver } = await webhookTo();
    await enqueue(3);
    const dispatcher = createWebhookDispatcher({ allowLoopback: true, prisma: db.prisma, logger, backoffMs: () => 0 });

    expect(await dispatcher.runOnce()).toBe(3);
    const failed = await db.prisma.webhookDelivery.findMany();
    expect(failed.map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual(Array(3).fill(['PENDING', 1, null]));
    expect(failed[0]!.lastError).toMatch(/refused/i);

    await receiver.up();
    expect(await dispatcher.runOnce()).toBe(3);
    expect(receiver.received).toHaveLength(3);
    expect(receiver.received.every((r) => r.signatureValid && r.event === 'page.published')).toBe(true);
    expect(receiver.received.map((r) => r.body.data.page.slug).sort()).toEqual(['page-0', 'page-1', 'page-2']);
    const deliveries = await db.prisma.webhookDelivery.findMany();
    expect(new Set(receiver.received.map((r) => r.deliveryId))).toEqual(new Set(deliveries.map((d) => d.id)));
    expect(receiver.received.every((r) => r.body.id === r.deliveryId)).toBe(true);
    expect(deliveries.map((d) => [d.status, d.attempts, d.lastStatusCode, d.lastError])).toEqual(
      Array(3).fill(['DELIVERED', 2, 200, null]),
    );

    // Delivered is delivered: nothing goes out again.
    expect(await dispatcher.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(3);
  });

  it('waits for the backoff before trying again', async () => {
    await webhookTo();
    await enqueue(1);
    const dispatcher = createWebhookDispatcher({
      allowLoopback: true,
      prisma: db.prisma,
      logger,
      backoffMs: (attempt) => attempt * 60_000,
    });
    expect(await dispatcher.runOnce()).toBe(1);
    expect(await dispatcher.runOnce()).toBe(0);
    const delivery = await db.prisma.webhookDelivery.findFirstOrThrow();
    expect(delivery.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(50_000);
  });
});

describe('a receiver that keeps failing', () => {
  it('is given up on after the last attempt, with the status code kept', async () => {
    const { receiver } = await webhookTo();
    await receiver.up();
    receiver.status = 500;
    await enqueue(1);
    const dispatcher = createWebhookDispatcher({
      allowLoopback: true,
      prisma: db.prisma,
      logger,
      backoffMs: () => 0,
      maxAttempts: 3,
    });
    for (let n = 0; n < 3; n++) expect(await dispatcher.runOnce()).toBe(1);
    expect(await dispatcher.runOnce()).toBe(0);
    const delivery = await db.prisma.webhookDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      lastStatusCode: 500,
      lastError: expect.stringContaining('500'),
    });
    expect(receiver.received).toHaveLength(3);
    // Every retry carries the same delivery id and body, so a receiver can de-duplicate.
    expect(new Set(receiver.received.map((r) => JSON.stringify(r.body))).size).toBe(1);
  });

  it('does not follow redirects', async () => {
    const { receiver } = await webhookTo();
    await receiver.up();
    receiver.status = 302;
    await enqueue(1);
    await createWebhookDispatcher({ allowLoopback: true, prisma: db.prisma, logger, backoffMs: () => 0 }).runOnce();
    expect(await db.prisma.webhookDelivery.findFirstOrThrow()).toMatchObject({
      status: 'PENDING',
      lastStatusCode: 302,
    });
  });

  it('gives a receiver that does not answer its timeout, then moves on', async () => {
    const { receiver } = await webhookTo();
    await receiver.up();
    receiver.delayMs = 2_000;
    await enqueue(1);
    const started = Date.now();
    await createWebhookDispatcher({
      allowLoopback: true,
      prisma: db.prisma,
      logger,
      backoffMs: () => 0,
      timeoutMs: 200,
    }).runOnce();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((await db.prisma.webhookDelivery.findFirstOrThrow()).lastError).toMatch(/No answer within 200 ms/);
  });
});

describe('several replicas', () => {
  it('never send one delivery twice', async () => {
    const { receiver } = await webhookTo();
    await receiver.up();
    receiver.delayMs = 20;
    await enqueue(24);
    const replicas = [1, 2, 3].map(() =>
      createWebhookDispatcher({ allowLoopback: true, prisma: db.prisma, logger, batchSize: 5 }),
    );
    let sent = 0;
    for (let round = 0; round < 10 && sent < 24; round++)
      sent += (await Promise.all(replicas.map((replica) => replica.runOnce()))).reduce((a, b) => a + b, 0);
    expect(sent).toBe(24);
    expect(receiver.received).toHaveLength(24);
    expect(new Set(receiver.received.map((r) => r.deliveryId)).size).toBe(24);
    expect(await db.prisma.webhookDelivery.count({ where: { status: 'DELIVERED', attempts: 1 } })).toBe(24);
  });
});

describe('enqueueing', () => {
  it('queues one delivery per active webhook subscribed to the event, and none when the change rolls back', async () => {
    const subscribed = await webhookTo(['page.published']);
    await webhookTo(['member.admitted']);
    const paused = await webhookTo(['page.published']);
    await db.prisma.webhook.update({ where: { id: paused.webhook.id }, data: { active: false } });
    await enqueue(1);
    expect(await db.prisma.webhookDelivery.findMany({ select: { webhookId: true } })).toEqual([
      { webhookId: subscribed.webhook.id },
    ]);

    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueWebhookEvent(tx, 'page.published', { page: { slug: 'annulee' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.prisma.webhookDelivery.count()).toBe(1);
  });
});
