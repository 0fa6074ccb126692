// Cost budgets per caller, with the headers integrators read on every response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startSecuredServer, type Answer, type SecuredServer } from './server.ts';

// Introspection lists count once: __schema 1 + types 1 + name 1.
const COSTS_3 = '{ __schema { types { name } } }';

let s: SecuredServer;
beforeAll(async () => {
  s = await startSecuredServer({ limits: { rate: { windowMs: 60_000, anonymous: 10, session: 30, token: 50 } } });
});
afterAll(() => s?.stop());

const as = (caller: string, ip = '10.0.0.1') => ({ 'x-test-caller': caller, 'x-test-ip': ip });
const header = (answer: Answer, name: string) => answer.headers.get(name);

describe('rate limit headers', () => {
  it('are on every response, Remaining going down by each query cost', async () => {
    const first = await s.post({ query: COSTS_3 }, as('anonymous', '10.0.0.1'));
    expect(first.status).toBe(200);
    expect(first.body?.errors).toBeUndefined();
    expect(header(first, 'x-ratelimit-limit')).toBe('10');
    expect(header(first, 'x-ratelimit-remaining')).toBe('7');
    expect(header(first, 'x-query-cost')).toBe('3');
    const reset = Number(header(first, 'x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(59);
    expect(reset).toBeLessThanOrEqual(60);

    const second = await s.post({ query: COSTS_3 }, as('anonymous', '10.0.0.1'));
    expect(header(second, 'x-ratelimit-remaining')).toBe('4');
    expect(header(second, 'x-query-cost')).toBe('3');
  });

  it('charge at least 1 point, even for __typename or a refused document', async () => {
    const typename = await s.post({ query: '{ __typename }' }, as('anonymous', '10.0.0.2'));
    expect(header(typename, 'x-query-cost')).toBe('1');
    expect(header(typename, 'x-ratelimit-remaining')).toBe('9');
    const invalid = await s.post({ query: '{ nope }' }, as('anonymous', '10.0.0.2'));
    expect(codes(invalid)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(header(invalid, 'x-query-cost')).toBe('1');
    expect(header(invalid, 'x-ratelimit-remaining')).toBe('8');
  });

  it('count each caller in its own bucket with its own budget', async () => {
    const session = await s.post({ query: COSTS_3 }, as('session:ana'));
    expect(header(session, 'x-ratelimit-limit')).toBe('30');
    expect(header(session, 'x-ratelimit-remaining')).toBe('27');
    const token = await s.post({ query: COSTS_3 }, as('token:t1'));
    expect(header(token, 'x-ratelimit-limit')).toBe('50');
    expect(header(token, 'x-ratelimit-remaining')).toBe('47');
    const otherIp = await s.post({ query: COSTS_3 }, as('anonymous', '10.0.0.3'));
    expect(header(otherIp, 'x-ratelimit-remaining')).toBe('7');
  });
});

describe('a burst past the budget', () => {
  it('is answered 429 with Retry-After and RATE_LIMITED, quickly and without executing', async () => {
    const caller = as('anonymous', '10.0.0.9');
    const answers: Answer[] = [];
    for (let i = 0; i < 6; i++) answers.push(await s.post({ query: COSTS_3 }, caller));

    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]); // 9 of 10 points
    const refused = answers[3]!; // 3 more do not fit in the 1 left
    expect(refused.status).toBe(429);
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.body?.data).toBeUndefined();
    expect(Number(header(refused, 'retry-after'))).toBeGreaterThan(0);
    expect(header(refused, 'x-ratelimit-remaining')).toBe('1');
    expect(header(refused, 'x-query-cost')).toBe('0');
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({ cost: 3, limit: 10, remaining: 1 });
    expect(refused.body?.errors?.[0]?.message).toMatch(
      /^Rate limit reached: this operation costs 3 points and 1 of your 10 points per 60 s are left\. Retry in \d+ s, or ask for fewer items per operation\.$/,
    );
    for (const answer of answers.slice(3)) {
      expect(answer.status).toBe(429);
      expect(answer.ms).toBeLessThan(500);
    }

    // The last point still buys a cheap query; then the bucket is empty and refused up front.
    const cheap = await s.post({ query: '{ __typename }' }, caller);
    expect(cheap.status).toBe(200);
    expect(header(cheap, 'x-ratelimit-remaining')).toBe('0');
    const empty = await s.post({ query: '{ __typename }' }, caller);
    expect(empty.status).toBe(429);
    expect(codes(empty)).toEqual(['RATE_LIMITED']);
    expect(header(empty, 'retry-after')).toBe(header(empty, 'x-ratelimit-reset'));
    expect(empty.body?.errors?.[0]?.message).toMatch(
      /^Rate limit reached: none of your 10 points per 60 s are left\. Retry in \d+ s/,
    );
  });

  it('does not spill over to other callers', async () => {
    const other = await s.post({ query: '{ __typename }' }, as('anonymous', '10.0.0.10'));
    expect(other.status).toBe(200);
  });
});

describe('windows', () => {
  it('reset after the window', async () => {
    const short = await startSecuredServer({ limits: { rate: { windowMs: 300, anonymous: 3 } } });
    try {
      expect((await short.post({ query: COSTS_3 })).status).toBe(200);
      expect((await short.post({ query: COSTS_3 })).status).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 350));
      const again = await short.post({ query: COSTS_3 });
      expect(again.status).toBe(200);
      expect(again.headers.get('x-ratelimit-remaining')).toBe('0');
    } finally {
      await short.stop();
    }
  });
});

it('identifies each caller once per request', async () => {
  const before = s.identifications;
  await s.post({ query: COSTS_3 }, as('token:t2'));
  expect(s.identifications - before).toBe(1);
});
