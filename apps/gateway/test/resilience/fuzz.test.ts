// Hostile input: thousands of generated malformed, oversized and ill-typed requests, anonymous and
// with a token. The gateway answers every one of them with a 2xx or a 4xx (never a 5xx, never a
// hang), every error in them carries an `extensions.code`, and it is still healthy afterwards. Bounded: 3 000 requests, 8 at a time, and no more than
// 150 s (about 30 s on an idle machine; a busy one sends fewer, at least 1 000).
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createGateway, type Gateway } from '../../src/server.ts';
import { bearer, membersWithTokens } from './support/graphql.ts';
import { hostileRequest, random } from './support/hostile.ts';

const REQUESTS = 3_000;
const CONCURRENCY = 8;
const DEADLINE_MS = 150_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
/** Errors of a JSON answer that carry no `extensions.code` (docs/errors.md promises one on every error). */
function uncodedErrors(text: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [];
  }
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter((error) => typeof error?.extensions?.code !== 'string').map((error) => String(error?.message));
}

/** An internal error in a 2xx/4xx answer: a field that failed in a way nobody planned. */
function unexpectedError(text: string): boolean {
  return text.includes('INTERNAL_SERVER_ERROR');
}

let db: TestDatabase;
let gateway: Gateway;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_ANONYMOUS: '100000000',
      RATE_LIMIT_TOKEN: '100000000',
      AUTH_ATTEMPTS_PER_IP_PER_HOUR: '100000',
    }),
    PORT: 0,
  };
  gateway = createGateway({ config, db, logger: createLogger('silent'), webhooks: { enabled: false } });
  url = `http://127.0.0.1:${await gateway.listen()}`;
});

afterAll(async () => {
  // The gateway's shutdown closes the database.
  await gateway?.shutdown();
});

it(
  `answers ${REQUESTS} hostile requests without a 5xx and stays healthy (seed ${SEED})`,
  { timeout: DEADLINE_MS + 60_000 },
  async () => {
    const [member] = await membersWithTokens(db.prisma, 'fuzz', 1);
    const r = random(SEED);
    const requests = Array.from({ length: REQUESTS }, () => hostileRequest(r, bearer(member!.token)));
    const failures: string[] = [];
    const kinds = new Set<string>();
    let next = 0;
    const deadline = Date.now() + DEADLINE_MS;

    async function worker() {
      while (next < requests.length && Date.now() < deadline) {
        const index = next++;
        const request = requests[index]!;
        try {
          const response = await fetch(`${url}${request.path}`, {
            method: request.method,
            headers: request.headers,
            body: request.body,
            signal: AbortSignal.timeout(20_000),
          });
          const text = await response.text();
          kinds.add(request.kind);
          if (response.status >= 500 || unexpectedError(text)) {
            failures.push(`#${index} ${request.kind} → ${response.status} ${text.slice(0, 300)}`);
          }
          for (const message of uncodedErrors(text))
            failures.push(`#${index} ${request.kind} → no extensions.code: ${message.slice(0, 200)}`);
        } catch (error) {
          failures.push(`#${index} ${request.kind} → ${(error as Error).message}`);
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(failures).toEqual([]);
    expect(next).toBeGreaterThanOrEqual(1_000);
    // Every kind of hostile request was tried.
    expect(kinds.size).toBe(10);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  },
);
