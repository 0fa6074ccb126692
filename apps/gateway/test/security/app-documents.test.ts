// End to end on a real database: the apps' persisted documents, sent by hash as a signed-in member
// in production, pass every limit and run; and `first: 1000` is refused with a clear error (Pothos
// alone would silently clamp it to 100).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { codes, startSecuredServer, type SecuredServer } from './server.ts';

const manifestPath = fileURLToPath(new URL('../../../../packages/client/src/generated/persisted-documents.json', import.meta.url));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
const session = { cookie: 'eko_session=s3cret', 'x-graphql-client': 'portal', 'x-test-caller': 'session:ana' };

let db: TestDatabase;
let s: SecuredServer;
beforeAll(async () => {
  db = await createTestDatabase();
  s = await startSecuredServer({ config: { NODE_ENV: 'production' }, persistedDocuments: manifest, prisma: db.prisma });
});
afterAll(async () => {
  await s?.stop();
  await db?.close();
});

it.each(Object.keys(manifest))('runs %s by hash, within the limits', async (hash) => {
  for (const variables of [{}, { first: 100 }]) {
    const answer = await s.post({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, session);
    expect(answer.body?.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(Number(answer.headers.get('x-query-cost'))).toBeGreaterThan(0);
  }
});

it('refuses first: 1000 before the resolver runs, with PAGE_SIZE_TOO_LARGE', async () => {
  const hash = Object.entries(manifest).find(([, document]) => document.includes('workshops('))?.[0];
  expect(hash).toBeDefined();
  const answer = await s.post({ variables: { first: 1000 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, session);
  expect(answer.status).toBe(400);
  expect(codes(answer)).toEqual(['PAGE_SIZE_TOO_LARGE']);
});
