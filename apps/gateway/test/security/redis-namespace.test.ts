// Gateways on different databases that share one Redis (staging beside production, two test runs)
// keep apart what they keep there: one's callers never spend the other's rate budgets
// (src/database-namespace.ts). Replicas on one database share theirs (redis.test.ts, scale-out).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAt, startTestGateway, type TestGateway } from '../harness.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const QUERY = '{ members(first: 5) { totalCount } }';

let staging: TestGateway;
let production: TestGateway;

beforeAll(async () => {
  // A small anonymous budget, the same on both, counted in the same Redis for the same address.
  const start = () => startTestGateway({ REDIS_URL, RATE_LIMIT_ANONYMOUS: 40, RATE_LIMIT_WINDOW_MS: 60_000 });
  [staging, production] = await Promise.all([start(), start()]);
});

afterAll(async () => {
  await Promise.all([staging?.stop(), production?.stop()]);
});

describe('rate budgets in a shared Redis', () => {
  it('are counted per database: spending one gateway’s leaves the other’s whole', async () => {
    let refused: string | undefined;
    for (let i = 0; i < 100 && !refused; i++) {
      const { body } = await graphqlAt(staging.url, QUERY);
      refused = body.errors?.[0]?.extensions?.code;
    }
    expect(refused).toBe('RATE_LIMITED');
    const { body, headers } = await graphqlAt(production.url, QUERY);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ members: { totalCount: 0 } });
    // Its own budget, untouched: what this first request cost is all that is gone.
    expect(Number(headers.get('x-ratelimit-remaining'))).toBeGreaterThan(40 - 10);
  });
});
