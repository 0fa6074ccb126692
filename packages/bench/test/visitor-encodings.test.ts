// The visitor operations ask for compressed answers as their real clients do, and their `ok` checks
// still read the body: each request goes through send.ts to a server that compresses with the
// first encoding the request accepts (br, then gzip, then deflate), as the gateway does.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixtures } from '../src/fixtures.ts';
import { BROWSER_ENCODINGS, CALENDAR_FETCHER_ENCODINGS, operations } from '../src/operations.ts';
import { acceptsCompressed, send } from '../src/send.ts';

const fixtures: Fixtures = {
  integratorToken: 'token',
  handles: ['camille-roux'],
  pageHandles: ['camille-roux'],
  searches: ['Photographie'],
  registrants: [{ memberId: 'm1', token: 'member-token' }],
  workshops: [{ id: 'w1', globalId: 'V29ya3Nob3A6dzE=' }],
  taken: new Set(),
};

const VISITORS = {
  'directory-anonymous': BROWSER_ENCODINGS,
  'public-directory': BROWSER_ENCODINGS,
  'public-page': BROWSER_ENCODINGS,
  'calendar-ics': CALENDAR_FETCHER_ENCODINGS,
};

function bodyFor(path: string): string {
  if (path.startsWith('/graphql')) return JSON.stringify({ data: { members: { totalCount: 1, edges: [] } } });
  if (path.endsWith('.ics'))
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Atelier « poterie »\r\nEND:VCALENDAR\r\n';
  return '<!doctype html><html lang="fr"><body>Annuaire des acteurs — écologie</body></html>';
}

const seen: string[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    req.resume();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    seen.push(accepted);
    const body = Buffer.from(bodyFor(req.url ?? '/'));
    const accepts = (name: string) => accepted.split(',').some((part) => part.trim() === name);
    const [encoding, encoded] = accepts('br')
      ? ['br', brotliCompressSync(body)]
      : accepts('gzip')
        ? ['gzip', gzipSync(body)]
        : accepts('deflate')
          ? ['deflate', deflateSync(body)]
          : [null, body];
    res.writeHead(200, encoding ? { 'content-encoding': encoding } : {});
    res.end(encoded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(Object.entries(VISITORS))('%s', (name, encodings) => {
  const operation = operations(fixtures).find((candidate) => candidate.name === name)!;

  it(`asks for "${encodings}", says so, and its check reads the compressed answer`, async () => {
    const request = operation.next();
    expect(acceptsCompressed(request)).toBe(true);
    expect(operation.description).toContain(`Accept-Encoding: ${encodings}`);
    const answer = await send(url, request);
    expect(seen.at(-1)).toBe(encodings);
    expect(answer.encoding).toBe(encodings.includes('br') ? 'br' : 'gzip');
    expect(operation.ok(answer.status, answer.body)).toBe(true);
  });
});

it('integrators and the write checked on every answer send no Accept-Encoding, and are answered uncompressed', async () => {
  const others = operations(fixtures).filter((operation) => !(operation.name in VISITORS));
  expect(others.map((operation) => operation.name)).toContain('register');
  for (const operation of others) {
    const request = operation.next();
    expect(acceptsCompressed(request)).toBe(false);
    // As under load, where autocannon sends none (fetch would otherwise add its own).
    expect((await send(url, request)).encoding).toBe('identity');
    expect(seen.at(-1)).toBe('identity');
  }
});

it('an Accept-Encoding of identity alone accepts nothing compressed', () => {
  const request = { method: 'GET' as const, path: '/', headers: { 'Accept-Encoding': 'identity' } };
  expect(acceptsCompressed(request)).toBe(false);
  expect(acceptsCompressed({ ...request, headers: { 'Accept-Encoding': 'gzip' } })).toBe(true);
});
