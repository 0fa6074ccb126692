// What the durable outboxes share (src/durable-outbox.ts), tested once for the three of them
// (webhooks, fediverse, mail queue): an outbox's own defaults before the common ones, the backoff's
// bounds, an attempt's next state, the claim that never hands one row to two workers, leases what
// it hands and bumps none of the public cache's tags (its table shows nothing to visitors), and the
// loop that runs again at once after a full batch and stops when asked.
import { Prisma } from '@ekoacteurs/db';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimDue,
  exponentialBackoffMs,
  nextOutcome,
  OUTBOX_DEFAULTS,
  outboxSettings,
  startOutboxPoller,
} from '../src/durable-outbox.ts';
import { invalidatingClient, type SharedCache } from '../src/cache/index.ts';
import type { Tag } from '../src/cache/tags.ts';
import { MAIL_QUEUE_DEFAULTS, startMailPoller } from '../src/email/queue.ts';
import { createLogger } from '../src/logger.ts';

const logger = createLogger('silent');

describe('settings and outcomes', () => {
  it('takes the caller’s value, then the outbox’s own default, then the common one', () => {
    const common = outboxSettings({});
    expect(common).toMatchObject({ ...OUTBOX_DEFAULTS, leaseMs: OUTBOX_DEFAULTS.timeoutMs + 60_000 });
    const mail = outboxSettings({}, MAIL_QUEUE_DEFAULTS);
    expect(mail).toMatchObject({ maxAttempts: 8, leaseMs: 11 * 60_000, batchSize: OUTBOX_DEFAULTS.batchSize });
    expect(outboxSettings({ maxAttempts: 2, leaseMs: 5 }, MAIL_QUEUE_DEFAULTS)).toMatchObject({
      maxAttempts: 2,
      leaseMs: 5,
    });
  });

  it('backs off exponentially within ±20 %, never past 6 hours', () => {
    for (let i = 0; i < 50; i++) {
      const third = exponentialBackoffMs(3, 60_000);
      expect(third).toBeGreaterThanOrEqual(0.8 * 240_000);
      expect(third).toBeLessThanOrEqual(1.2 * 240_000);
      expect(exponentialBackoffMs(40, 60_000)).toBeLessThanOrEqual(1.2 * 6 * 3_600_000);
    }
  });

  it('delivers, retries after the backoff, and gives up after the last attempt or a lasting refusal', () => {
    const settings = { maxAttempts: 3, backoffMs: (attempt: number) => attempt * 1_000 };
    const failure = { ok: false, statusCode: 503, error: 'busy' };
    expect(nextOutcome(settings, { ok: true, statusCode: 200, error: null }, 3)).toEqual({ kind: 'delivered' });
    const before = Date.now();
    const retry = nextOutcome(settings, failure, 2);
    expect(retry).toEqual({ kind: 'retry', retryAt: expect.any(Date) });
    expect((retry as { retryAt: Date }).retryAt.getTime()).toBeGreaterThanOrEqual(before + 2_000);
    expect(nextOutcome(settings, failure, 3)).toEqual({ kind: 'failed' });
    expect(nextOutcome(settings, { ...failure, permanent: true }, 1)).toEqual({ kind: 'failed' });
  });
});

describe('the claim', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('hands each due row to one worker only, counts its attempt and leases it', async () => {
    const now = new Date();
    await db.prisma.outboxEmail.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({
        to: `n${i}@example.fr`,
        subject: 's',
        text: 't',
        nextAttemptAt: now,
      })),
    });
    // Neither sent nor waiting: never claimed.
    await db.prisma.outboxEmail.create({
      data: { to: 'x@example.fr', subject: 's', text: 't', sentAt: now, nextAttemptAt: now },
    });
    await db.prisma.outboxEmail.create({ data: { to: 'y@example.fr', subject: 's', text: 't', nextAttemptAt: null } });
    const pending = Prisma.sql`q."sentAt" IS NULL`;
    const settings = { leaseMs: 3_600_000, batchSize: 3 };
    const claims = await Promise.all([1, 2, 3, 4].map(() => claimDue(db.prisma, 'OutboxEmail', pending, settings)));
    const ids = claims.flat();
    expect(claims.every((claim) => claim.length <= 3)).toBe(true);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    const rows = await db.prisma.outboxEmail.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.attempts === 1 && row.nextAttemptAt!.getTime() > Date.now() + 3_500_000)).toBe(true);
    // Leased: nothing is due any more.
    expect(await claimDue(db.prisma, 'OutboxEmail', pending, settings)).toEqual([]);
  });

  it('names its table to the public cache, so a poll never empties the visitors’ cache', async () => {
    const bumped: Tag[][] = [];
    const cache = { bump: async (tags: Iterable<Tag>) => void bumped.push([...tags]) } as unknown as SharedCache;
    const prisma = invalidatingClient(db.prisma, cache);
    await claimDue(prisma, 'OutboxEmail', Prisma.sql`q."sentAt" IS NULL`, { leaseMs: 1_000, batchSize: 1 });
    await claimDue(prisma, 'FediverseDelivery', Prisma.sql`q."status" = 'PENDING'`, { leaseMs: 1_000, batchSize: 1 });
    // Neither table is shown to visitors: no tag at all (a write naming no table would bump them all).
    expect(bumped.flat()).toEqual([]);
  });
});

describe('the loop', () => {
  it('looks again at once after a full batch, waits the interval otherwise, and stops', async () => {
    const batches = [10, 10, 4, 10];
    const calls: number[] = [];
    const start = Date.now();
    const poller = startMailPoller(
      {
        runOnce: async () => {
          calls.push(Date.now() - start);
          return batches.shift() ?? 0;
        },
      },
      { logger, intervalMs: 1_000, batchSize: 10 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Two full batches, then one that was not: the third call came at once, the fourth waits.
    expect(calls).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls[3]! - calls[2]!).toBeGreaterThanOrEqual(950);
    await poller.stop();
    const stoppedAt = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(calls).toHaveLength(stoppedAt);
  });

  it('keeps polling after a failed look at the outbox', async () => {
    let calls = 0;
    const poller = startOutboxPoller(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
        return 0;
      },
      { intervalMs: 50, batchSize: 10, logger, name: 'test' },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await poller.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});
