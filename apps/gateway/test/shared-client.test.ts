// The generated client the apps ship, against the real gateway in production mode: documents go
// by hash only, the session cookie rides along, and results are typed and cached.
import { createEkoClient, FederationStatsDocument, UpcomingWorkshopsDocument } from '@ekoacteurs/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addMember, startTestGateway, type TestGateway } from './harness.ts';

let t: TestGateway;
const sent: { body: string; headers: Headers }[] = [];

beforeAll(async () => {
  t = await startTestGateway({ NODE_ENV: 'production' });
  await addMember(t, { handle: 'camille-martin' });
});
afterAll(() => t?.stop());

function client(cookie?: string) {
  return createEkoClient({
    persisted: true,
    url: `${t.url}/graphql`,
    clientName: 'portal',
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      sent.push({ body: String(init?.body ?? input), headers });
      return fetch(input, { ...init, headers });
    },
  });
}

it('sends only the persisted hash and gets typed data back', async () => {
  const result = await client().query(FederationStatsDocument, {}).toPromise();
  expect(result.error).toBeUndefined();
  expect(result.data?.federationStats.activeMembers).toBe(1);
  // Persisted queries go out as GET: the URL carries the operation name and the hash, not the text.
  const last = sent.at(-1)!;
  const url = decodeURIComponent(last.body);
  expect(url).not.toContain('federationStats {');
  expect(url).toMatch(/"sha256Hash":"sha256:[0-9a-f]{64}"/);
  expect(last.headers.get('x-graphql-client')).toBe('portal');
});

it('pages through workshops with variables', async () => {
  const result = await client().query(UpcomingWorkshopsDocument, { first: 5 }).toPromise();
  expect(result.error).toBeUndefined();
  expect(result.data?.workshops?.edges).toEqual([]);
  expect(result.data?.workshops?.pageInfo.hasNextPage).toBe(false);
});
