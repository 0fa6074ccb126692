// The GraphQL endpoint's answers travel compressed (brotli, else gzip) when the client accepts it and
// the JSON is 1 KB or more (an answer many get alike is compressed once); small answers and live event
// streams are sent as they are.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPRESS_FROM_BYTES,
  COMPRESSED_MAX_BYTES,
  COMPRESSED_MAX_ENTRIES,
  compressed,
  compressedAnswers,
  preferredEncoding,
} from '../../src/graphql-compression.ts';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { NOTIFICATION_ADDED, subscribe } from '../notifications/sse.ts';
import { mutate } from '../opportunities/steps.ts';
import { person } from '../people.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.stop());

/** Every type's name and description: several KB of JSON, the same for every caller. */
const LARGE = '{ __schema { types { name description } } }';
const SMALL = '{ __typename }';
const RECOMMEND = `mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }`;

/** A POST read as raw bytes (fetch would inflate them itself and hide what travelled). */
function post(query: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; raw: Buffer }>((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = request(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, raw: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('compressed GraphQL answers', () => {
  it('sends a large answer in brotli (a browser’s header) and it decodes to the same JSON', async () => {
    const plain = await post(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.raw.length).toBeGreaterThan(COMPRESS_FROM_BYTES);
    const json = JSON.parse(plain.raw.toString('utf8'));
    expect(json.data.__schema.types.length).toBeGreaterThan(50);

    const br = await post(LARGE, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.raw.length);
    expect(br.raw.length).toBeLessThan(plain.raw.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.raw).toString('utf8'))).toEqual(json);
  });

  it('falls back to gzip, and sends plain JSON to a client that refuses both', async () => {
    const gz = await post(LARGE, 'gzip;q=1, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const json = JSON.parse(gunzipSync(gz.raw).toString('utf8'));
    expect(json.data.__schema.types.length).toBeGreaterThan(50);

    const identity = await post(LARGE, 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(identity.raw.toString('utf8'))).toEqual(json);
  });

  it('leaves a small answer alone', async () => {
    const small = await post(SMALL, 'gzip, deflate, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.raw.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });

  it('never compresses a live event stream: its events arrive as they happen', async () => {
    // fetch sends its own Accept-Encoding (gzip, deflate, br): a buffered stream would never deliver.
    const camille = await person(t, 'camille');
    const stream = await subscribe(t.url, NOTIFICATION_ADDED, camille.as);
    try {
      expect(stream.status).toBe(200);
      await mutate(t, (await person(t, 'yanis')).as, RECOMMEND, {
        input: { memberId: camille.gid, clientName: 'Librairie Dialogues', note: 'Une graphiste attentive et rapide.' },
      });
      expect((await stream.next()).data.notificationAdded.kind).toBe('recommendation.received');
    } finally {
      stream.close();
    }
  });
});

describe('reading Accept-Encoding', () => {
  it('prefers br, honours q=0 and the * wildcard', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0, gzip;q=0.5')).toBe('gzip');
    expect(preferredEncoding('deflate')).toBeNull();
    expect(preferredEncoding(null)).toBeNull();
  });
});

describe('answers many clients get alike', () => {
  const json = (n: number) =>
    Buffer.from(JSON.stringify({ data: { n, rows: Array.from({ length: 200 }, (_, i) => `ligne ${i}`) } }));

  it('are compressed once, kept by their bytes, and still inflate to them', () => {
    const first = compressed(json(1), 'br');
    expect(compressed(json(1), 'br')).toBe(first);
    expect(brotliDecompressSync(first).equals(json(1))).toBe(true);
    const other = compressed(json(2), 'br');
    expect(other).not.toBe(first);
    expect(brotliDecompressSync(other).equals(json(2))).toBe(true);
    expect(gunzipSync(compressed(json(1), 'gzip')).equals(json(1))).toBe(true);
  });

  it('keep within their bounds whatever passes', () => {
    for (let n = 0; n < COMPRESSED_MAX_ENTRIES * 2; n++) compressed(json(1000 + n), 'gzip');
    const { entries, bytes } = compressedAnswers();
    expect(entries).toBeLessThanOrEqual(COMPRESSED_MAX_ENTRIES);
    expect(bytes).toBeLessThanOrEqual(COMPRESSED_MAX_BYTES);
  });
});
