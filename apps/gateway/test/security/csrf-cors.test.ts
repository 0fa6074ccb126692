// CSRF: cookie requests need X-GraphQL-Client (or a preflighted content type).
// CORS: only CORS_ORIGINS get CORS headers; credentials only for those listed by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startSecuredServer, type SecuredServer } from './server.ts';

const PARTNER = 'https://partenaire.example';
const STRANGER = 'https://evil.example';

let s: SecuredServer;
let open: SecuredServer;
beforeAll(async () => {
  [s, open] = await Promise.all([
    startSecuredServer({ config: { CORS_ORIGINS: [PARTNER] } }),
    startSecuredServer({ config: { CORS_ORIGINS: [PARTNER, '*'] } }),
  ]);
});
afterAll(() => Promise.all([s?.stop(), open?.stop()]));

const cookie = { cookie: 'eko_session=s3cret', 'x-test-caller': 'session:ana' };

describe('CSRF', () => {
  it('refuses a cookie GET without the X-GraphQL-Client header', async () => {
    const answer = await s.get({ query: '{ __typename }' }, cookie);
    expect(answer.status).toBe(403);
    expect(codes(answer)).toEqual(['CSRF_HEADER_REQUIRED']);
    expect(answer.body?.errors?.[0]?.message).toMatch(/X-GraphQL-Client/);
    expect(answer.ms).toBeLessThan(1_000);
  });

  it('refuses a cookie POST a form could send (text/plain, form-urlencoded)', async () => {
    const plain = await s.post(JSON.stringify({ query: '{ __typename }' }), {
      ...cookie,
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(403);
    expect(codes(plain)).toEqual(['CSRF_HEADER_REQUIRED']);
    const form = await s.post('query=%7B__typename%7D', {
      ...cookie,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(codes(form)).toEqual(['CSRF_HEADER_REQUIRED']);
  });

  it('accepts cookie requests that send the header, or JSON (which a browser preflights)', async () => {
    const withHeader = await s.get({ query: '{ __typename }' }, { ...cookie, 'x-graphql-client': 'portal' });
    expect(withHeader.status).toBe(200);
    const json = await s.post({ query: '{ __typename }' }, cookie);
    expect(json.status).toBe(200);
  });

  it('does not bother requests without cookies (tokens, anonymous reads)', async () => {
    const answer = await s.get({ query: '{ __typename }' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});

const preflight = (server: SecuredServer, origin: string) =>
  fetch(server.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, x-graphql-client',
    },
  });

describe('CORS', () => {
  it('answers a preflight from a listed origin, with credentials', async () => {
    const response = await preflight(s, PARTNER);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-graphql-client');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('refuses a preflight from any other origin', async () => {
    const response = await preflight(s, STRANGER);
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets a listed origin read responses and their rate-limit headers', async () => {
    const answer = await s.post({ query: '{ __typename }' }, { origin: PARTNER });
    expect(answer.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-ratelimit-remaining');
    expect(answer.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('gives no CORS headers to another origin (Yoga alone would echo it back)', async () => {
    const answer = await s.post({ query: '{ __typename }' }, { origin: STRANGER });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('with "*", lets any origin read without credentials, and listed ones with', async () => {
    const stranger = await preflight(open, STRANGER);
    expect(stranger.status).toBe(204);
    expect(stranger.headers.get('access-control-allow-origin')).toBe('*');
    expect(stranger.headers.get('access-control-allow-credentials')).toBeNull();
    const partner = await open.post({ query: '{ __typename }' }, { origin: PARTNER });
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(partner.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('needs no CORS for the apps on the same origin', async () => {
    const answer = await s.post({ query: '{ __typename }' }, { ...cookie, origin: new URL(s.url).origin });
    expect(answer.status).toBe(200);
  });
});
