// Documents built to make validation expensive (hundreds of the same field, so graphql-js's
// "overlapping fields can be merged" rule compares every pair) are refused before validation runs,
// charged by their size, and never stall the server: /healthz keeps answering while eight of them
// arrive at once. Numbers are reported on the console; bounds are generous (no timing flakes).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ RATE_LIMIT_ANONYMOUS: 1_000_000 });
});
afterAll(() => t?.stop());

const field = 'federationStats{members}   ';
const hostile = (i: number) => `query Q${i} { ${Array.from({ length: 450 }, () => field).join(' ')} unknownField${i} }`;

async function post(query: string) {
  const started = performance.now();
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
}

it(
  'refuses eight expensive-to-validate documents at once while /healthz keeps answering',
  { timeout: 60_000 },
  async () => {
    expect(hostile(0).length).toBeGreaterThan(10_000);
    // A warm server (the first request of a process compiles the pipeline).
    expect((await post('{ __typename }')).status).toBe(200);
    let healthWorst = 0;
    const running = { stop: false };
    const probe = (async () => {
      while (!running.stop) {
        const started = performance.now();
        await fetch(`${t.url}/healthz`);
        healthWorst = Math.max(healthWorst, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => post(hostile(i))));
    running.stop = true;
    await probe;
    console.log(
      `validation-cost: refusals ${answers.map((a) => Math.round(a.ms)).join(', ')} ms; /healthz worst ${Math.round(healthWorst)} ms`,
    );
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_SELECTIONS']);
      // Charged by size (one point per 100 characters), not one point.
      expect(Number(answer.headers.get('x-query-cost'))).toBeGreaterThanOrEqual(100);
      expect(answer.ms).toBeLessThan(2_000);
    }
    expect(healthWorst).toBeLessThan(2_000);
  },
);
