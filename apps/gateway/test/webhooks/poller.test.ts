// The poller runs inside the gateway: it starts with it, sends what a change queued once the
// receiver is reachable, and on shutdown finishes the delivery in flight before the database closes.
import { createTestDatabase } from '@ekoacteurs/db/testing';
import { afterEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createGateway, type Gateway } from '../../src/server.ts';
import { enqueueWebhookEvent } from '../../src/webhooks/enqueue.ts';
import { createReceiver, type Receiver } from './receiver.ts';

let receiver: Receiver | undefined;
let gateway: Gateway | undefined;
afterEach(async () => {
  await gateway?.shutdown();
  await receiver?.down();
});

async function start(webhooks: { enabled?: boolean; intervalMs?: number; backoffMs?: () => number } = {}) {
  const db = await createTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEBHOOK_ALLOW_LOOPBACK: 'true' }), PORT: 0 };
  gateway = createGateway({
    config,
    db,
    logger: createLogger('silent'),
    webhooks: { enabled: true, intervalMs: 25, backoffMs: () => 50, ...webhooks },
  });
  await gateway.listen();
  receiver = await createReceiver('whsec_poller');
  const webhook = await db.prisma.webhook.create({
    data: { url: receiver.url, secret: receiver.secret, events: ['page.published'] },
  });
  const queue = (slug: string) =>
    db.prisma.$transaction((tx) => enqueueWebhookEvent(tx, 'page.published', { page: { slug } }));
  return { db, webhook, queue };
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('delivers on its own, through a receiver outage, without losing or repeating anything', async () => {
  const { db, queue } = await start();
  await queue('a');
  await queue('b');
  await until(async () => (await db.prisma.webhookDelivery.count({ where: { attempts: { gte: 2 } } })) === 2);
  expect(receiver!.received).toHaveLength(0);
  await receiver!.up();
  await queue('c');
  await until(async () => (await db.prisma.webhookDelivery.count({ where: { status: 'DELIVERED' } })) === 3);
  expect(receiver!.received.map((r) => r.body.data.page.slug).sort()).toEqual(['a', 'b', 'c']);
  expect(receiver!.received.every((r) => r.signatureValid)).toBe(true);
});

it('lets the delivery in flight finish on shutdown, then stops at once', async () => {
  const { db, queue } = await start();
  await receiver!.up();
  receiver!.delayMs = 400;
  // What the outbox says at the moment the gateway closes the database.
  let statusAtClose = '';
  const close = db.close.bind(db);
  db.close = async () => {
    statusAtClose = (await db.prisma.webhookDelivery.findFirstOrThrow()).status;
    await close();
  };
  await queue('lente');
  await until(async () => receiver!.received.length === 1);
  const closing = gateway!;
  gateway = undefined;
  const started = Date.now();
  await closing.shutdown();
  expect(statusAtClose).toBe('DELIVERED');
  expect(Date.now() - started).toBeLessThan(3_000);
});

it('is off in tests unless asked for, so other tests’ statement counts stay exact', async () => {
  const { db, queue } = await start({ enabled: false });
  await receiver!.up();
  await queue('jamais');
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await db.prisma.webhookDelivery.count({ where: { attempts: 0 } })).toBe(1);
});
