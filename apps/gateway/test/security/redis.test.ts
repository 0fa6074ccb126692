// Rate limits shared by gateway replicas through a real Redis (127.0.0.1:6379, or TEST_REDIS_URL),
// and served from memory when Redis is unreachable.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRedisClient,
  MemoryRateLimiter,
  RedisRateLimiter,
  ResilientRateLimiter,
} from '../../src/security/index.ts';
import { startSecuredServer } from './server.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `eko-test:${randomBytes(6).toString('hex')}:`;
const silent = pino({ level: 'silent' });
let a: Redis;
let b: Redis;

beforeAll(async () => {
  // Two connections, as two gateway replicas would have.
  a = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  b = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await Promise.all([a.connect(), b.connect()]);
});

afterAll(async () => {
  const keys = await a.keys(`${prefix}*`);
  if (keys.length) await a.del(...keys);
  await Promise.all([a.quit(), b.quit()]);
});

describe('RedisRateLimiter', () => {
  it('shares one budget between two limiter instances on two connections', async () => {
    const one = new RedisRateLimiter(a, { windowMs: 60_000, keyPrefix: prefix });
    const two = new RedisRateLimiter(b, { windowMs: 60_000, keyPrefix: prefix });
    expect(await one.consume('ip:1', 4, 10)).toMatchObject({ allowed: true, remaining: 6, limit: 10 });
    expect(await two.consume('ip:1', 4, 10)).toMatchObject({ allowed: true, remaining: 2 });
    const refused = await one.consume('ip:1', 4, 10);
    expect(refused).toMatchObject({ allowed: false, remaining: 2 });
    expect(refused.resetMs).toBeGreaterThan(59_000);
    expect(await two.consume('ip:1', 2, 10)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('never grants more than the budget to concurrent replicas', async () => {
    const replicas = [a, b].map((client) => new RedisRateLimiter(client, { windowMs: 60_000, keyPrefix: prefix }));
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => replicas[i % 2]!.consume('ip:race', 3, 100)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(33);
    expect(Number(await a.get(`${prefix}ip:race`))).toBe(99);
  });

  it('starts a new window when the old one expires', async () => {
    const limiter = new RedisRateLimiter(a, { windowMs: 200, keyPrefix: prefix });
    expect((await limiter.consume('ip:window', 5, 5)).allowed).toBe(true);
    expect((await limiter.consume('ip:window', 1, 5)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await limiter.consume('ip:window', 1, 5)).toMatchObject({ allowed: true, remaining: 4 });
  });
});

describe('two gateways on one Redis', () => {
  it('count the same caller in one bucket', async () => {
    const options = { redisKeyPrefix: prefix, limits: { rate: { anonymous: 10 } } };
    const [one, two] = await Promise.all([
      startSecuredServer({ ...options, redis: a }),
      startSecuredServer({ ...options, redis: b }),
    ]);
    try {
      const query = { query: '{ __schema { types { name } } }' }; // costs 3
      const caller = { 'x-test-ip': '192.0.2.7' };
      expect((await one.post(query, caller)).headers.get('x-ratelimit-remaining')).toBe('7');
      expect((await two.post(query, caller)).headers.get('x-ratelimit-remaining')).toBe('4');
      expect((await one.post(query, caller)).headers.get('x-ratelimit-remaining')).toBe('1');
      const refused = await two.post(query, caller);
      expect(refused.status).toBe(429);
      expect(refused.body?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});

describe('Redis unreachable', () => {
  it('serves with in-memory limits and warns once', async () => {
    const down = createRedisClient('redis://127.0.0.1:1', silent);
    const s = await startSecuredServer({ redis: down, redisKeyPrefix: prefix, limits: { rate: { anonymous: 10 } } });
    try {
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 4; i++) {
        const answer = await s.post({ query: '{ __schema { types { name } } }' });
        expect(answer.ms).toBeLessThan(1_000);
        remaining.push(answer.status === 200 ? answer.headers.get('x-ratelimit-remaining') : String(answer.status));
      }
      expect(remaining).toEqual(['7', '4', '1', '429']);
      const warnings = s.logs.filter((line) => line.msg.startsWith('Redis is unreachable'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.level).toBe(40);
    } finally {
      await s.stop();
      down.disconnect();
    }
  });

  it('goes back to Redis once it answers again', async () => {
    let failing = true;
    const flaky = {
      eval: (...args: Parameters<Redis['eval']>) =>
        failing ? Promise.reject(new Error('connection refused')) : a.eval(...args),
    };
    let now = 0;
    const logs: Array<{ msg: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const limiter = new ResilientRateLimiter(
      new RedisRateLimiter(flaky, { windowMs: 60_000, keyPrefix: prefix }),
      new MemoryRateLimiter({ windowMs: 60_000 }),
      logger,
      { retryAfterMs: 1_000, now: () => now },
    );
    expect(await limiter.consume('ip:flaky', 1, 10)).toMatchObject({ allowed: true, remaining: 9 }); // memory
    failing = false;
    expect(await limiter.consume('ip:flaky', 1, 10)).toMatchObject({ remaining: 8 }); // still memory: waits before retrying
    now = 1_000;
    expect(await limiter.consume('ip:flaky', 1, 10)).toMatchObject({ remaining: 9 }); // Redis again
    expect(logs.map((line) => line.msg)).toEqual([
      'Redis is unreachable: limits are counted without it (in this process, or in the database) until it answers again.',
      'Redis answers again: limits are shared across replicas again.',
    ]);
  });
});
