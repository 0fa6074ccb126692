// The gateway's one limiter, on each of its stores (Redis, the database, memory): however many
// calls arrive at once, a window grants exactly its limit; refunds give points back; two "replicas"
// (two connections, two clients) share one count.
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseLimiter, MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../../src/security/index.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `eko-test:${randomBytes(6).toString('hex')}:`;
let redis: [Redis, Redis];
let db: TestDatabase;

beforeAll(async () => {
  redis = [new Redis(REDIS_URL, { maxRetriesPerRequest: 1 }), new Redis(REDIS_URL, { maxRetriesPerRequest: 1 })];
  db = await createTestDatabase();
});
afterAll(async () => {
  const keys = await redis[0].keys(`${prefix}*`);
  if (keys.length) await redis[0].del(...keys);
  await Promise.all(redis.map((client) => client.quit()));
  await db?.close();
});

const stores: Record<string, () => [RateLimiter, RateLimiter]> = {
  redis: () => [
    new RedisRateLimiter(redis[0], { keyPrefix: prefix }),
    new RedisRateLimiter(redis[1], { keyPrefix: prefix }),
  ],
  database: () => [new DatabaseLimiter(db.prisma), new DatabaseLimiter(db.prisma)],
  memory: () => {
    const one = new MemoryRateLimiter();
    return [one, one];
  },
};

describe.each(Object.keys(stores))('the %s store', (name) => {
  it('grants exactly the limit to 60 concurrent calls from two replicas, then refunds', async () => {
    const [one, two] = stores[name]!();
    const key = `attempt:test:${randomBytes(4).toString('hex')}`;
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, n) => (n % 2 ? one : two).consume(key, 1, 5, 60_000)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(
      results.filter((r) => !r.allowed).every((r) => r.remaining === 0 && r.resetMs > 0 && r.resetMs <= 60_000),
    ).toBe(true);

    await one.refund(key, 1);
    expect((await two.consume(key, 1, 5, 60_000)).allowed).toBe(true);
    expect((await one.consume(key, 1, 5, 60_000)).allowed).toBe(false);
  });

  it('spends all or nothing, and starts a new window when the last one ends', async () => {
    const [one] = stores[name]!();
    const key = `budget:test:${randomBytes(4).toString('hex')}`;
    expect(await one.consume(key, 7, 10, 300)).toMatchObject({ allowed: true, remaining: 3 });
    expect(await one.consume(key, 4, 10, 300)).toMatchObject({ allowed: false, remaining: 3 });
    expect(await one.consume(key, 11, 10, 300)).toMatchObject({ allowed: false });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await one.consume(key, 4, 10, 300)).toMatchObject({ allowed: true, remaining: 6 });
  });
});
