// A 429 from the gateway (RATE_LIMITED: the caller's points for the minute are spent) reaches the
// app through onRateLimited with the seconds to wait, so it can say so instead of "check your
// connection"; other failures do not call it.
import { expect, it, vi } from 'vitest';
import { createEkoClient, UnreadNotificationsCountDocument } from '../src/index.ts';

function clientAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const onRateLimited = vi.fn<(seconds: number) => void>();
  const fetch = async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const client = createEkoClient({
    url: 'http://portal.test/graphql',
    fetch: fetch as typeof globalThis.fetch,
    clientName: 'portal-test',
    onRateLimited,
  });
  return { client, onRateLimited };
}

const LIMITED = {
  errors: [
    {
      message: 'Limite de débit atteinte : réessayez dans 46 s.',
      extensions: { code: 'RATE_LIMITED', cost: 1006, limit: 60000, remaining: 429, retryAfter: 46 },
    },
  ],
};

it('reports a refusal for going too fast, with the seconds the API gives', async () => {
  const { client, onRateLimited } = clientAnswering(429, LIMITED, { 'retry-after': '46' });
  const result = await client.query(UnreadNotificationsCountDocument, {}).toPromise();
  expect(result.error).toBeDefined();
  expect(onRateLimited).toHaveBeenCalledWith(46);
});

it('does not report other failures', async () => {
  const { client, onRateLimited } = clientAnswering(400, {
    errors: [{ message: 'Bad.', extensions: { code: 'BAD_USER_INPUT' } }],
  });
  await client.query(UnreadNotificationsCountDocument, {}).toPromise();
  expect(onRateLimited).not.toHaveBeenCalled();
});
