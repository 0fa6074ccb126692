// Persisted operations: known hashes always run; documents sent as text run for API tokens,
// anonymous callers and outside production, never for a cookie session in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, sha256, startSecuredServer, type SecuredServer } from './server.ts';

const DOCUMENT = 'query Ping { __typename }';
const HASH = sha256(DOCUMENT);
const manifest = { [HASH]: DOCUMENT };
const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

const session = { cookie: 'eko_session=s3cret', 'x-graphql-client': 'portal', 'x-test-caller': 'session:ana' };
const token = { authorization: 'Bearer eko_test', 'x-test-caller': 'token:t1' };

let production: SecuredServer;
let development: SecuredServer;
beforeAll(async () => {
  [production, development] = await Promise.all([
    startSecuredServer({ config: { NODE_ENV: 'production' }, persistedDocuments: manifest }),
    startSecuredServer({ config: { NODE_ENV: 'development' }, persistedDocuments: manifest }),
  ]);
});
afterAll(() => Promise.all([production?.stop(), development?.stop()]));

describe('a known hash', () => {
  it('runs its document, for a session in production', async () => {
    const answer = await production.post(persisted(HASH), session);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('is read from documentId too, with or without the "sha256:" prefix', async () => {
    expect((await production.post({ documentId: HASH }, session)).body).toEqual({ data: { __typename: 'Query' } });
    const bare = HASH.slice('sha256:'.length);
    expect((await production.post(persisted(bare), session)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs over GET (how urql sends persisted queries)', async () => {
    const answer = await production.get({ extensions: JSON.stringify(persisted(HASH).extensions) }, session);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('wins over a document sent along with it', async () => {
    const answer = await production.post(
      { query: '{ federationStats { activeMembers } }', ...persisted(HASH) },
      session,
    );
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('an unknown hash', () => {
  it('is refused with PERSISTED_QUERY_NOT_FOUND', async () => {
    const unknown = sha256('query Other { __typename }');
    for (const server of [production, development]) {
      const answer = await server.post(persisted(unknown), session);
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(answer.body?.errors?.[0]?.message).toContain(unknown);
    }
  });
});

describe('a document sent as text', () => {
  it('is refused from a cookie session in production: PERSISTED_QUERY_ONLY', async () => {
    const answer = await production.post({ query: DOCUMENT }, session);
    expect(answer.status).toBe(403);
    expect(codes(answer)).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(answer.body?.data).toBeUndefined();
  });

  it('runs for an API token and for an anonymous caller in production', async () => {
    expect((await production.post({ query: '{ __typename }' }, token)).body).toEqual({ data: { __typename: 'Query' } });
    expect((await production.post({ query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs for a session outside production (GraphiQL)', async () => {
    expect((await development.post({ query: '{ __typename }' }, session)).body).toEqual({
      data: { __typename: 'Query' },
    });
  });
});

it('does not echo back something that is not a hash', async () => {
  const answer = await production.post(persisted('x'.repeat(10_000)), session);
  expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  expect(answer.body?.errors?.[0]?.message).toMatch(
    /^No persisted document has this hash \(expected "sha256:" and 64 hex digits\)/,
  );
});

it('asks for a document or a hash when there is neither: BAD_REQUEST', async () => {
  const answer = await production.post({ variables: {} });
  expect(answer.status).toBe(400);
  expect(codes(answer)).toEqual(['BAD_REQUEST']);
});

it('refuses a manifest whose keys are not sha256 hashes, at start', async () => {
  await expect(startSecuredServer({ persistedDocuments: { abc: DOCUMENT } })).rejects.toThrow(
    /"abc" is not a sha256 hash/,
  );
});
