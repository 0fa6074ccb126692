// The gateway's memory stays flat however many different public answers visitors ask for: the
// in-memory public cache (without Redis, and Redis's outage fallback) and the encoded bodies kept
// by ETag are bounded by count and by bytes, evicting the oldest — while what was kept last is still
// served. A store that grew without bound (the soak's RSS climbing) fails here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createMemoryCache, createRedisCache, MEMORY_MAX_BYTES, MEMORY_MAX_ENTRIES } from '../../src/cache/store.ts';
import type { SharedCache } from '../../src/cache/store.ts';
import { FirstSeen } from '../../src/public-pages/caching.ts';
import { ENCODED_MAX_BYTES, ENCODED_MAX_ENTRIES, encodedBodies, send } from '../../src/public-pages/http.ts';

/** A member page's worth of HTML (about 8 KB, with the typographic apostrophe French uses). */
const page = (i: number, length = 8_000) => `<p>Page n° ${i} — l’atelier</p>`.padEnd(length, '·');
/** A page four times as long: the byte budget, not the count, is what bounds them. */
const longPage = (i: number) => page(i, 32_000);

/** Stores `count` different answers, as visitors asking for that many pages would. */
async function fill(cache: SharedCache, count: number, value: (i: number) => string) {
  for (let i = 0; i < count; i++) {
    const found = await cache.get(`page:/membres/m-${i}`, ['people']);
    expect(found.hit).toBeNull();
    await cache.set(`page:/membres/m-${i}`, found.hit ? null : found.versions, value(i), 60_000);
  }
}

describe('the in-memory public cache', () => {
  it('holds at most its byte budget of pages, and still serves the latest', async () => {
    const cache = createMemoryCache();
    // Twice what the budget holds (two-byte strings: the apostrophe).
    const count = Math.ceil((2 * MEMORY_MAX_BYTES) / (32_000 * 2));
    expect(count).toBeLessThan(MEMORY_MAX_ENTRIES);
    await fill(cache, count, longPage);
    expect(cache.localBytes).toBeLessThanOrEqual(MEMORY_MAX_BYTES);
    expect(cache.localBytes).toBeGreaterThan(MEMORY_MAX_BYTES * 0.9);
    expect(cache.localEntries).toBeLessThan(count);
    const latest = await cache.get(`page:/membres/m-${count - 1}`, ['people']);
    expect(latest.hit?.value).toBe(longPage(count - 1));
    // The oldest went first.
    expect((await cache.get('page:/membres/m-0', ['people'])).hit).toBeNull();
  });

  it('holds at most its count of entries however small they are', async () => {
    const cache = createMemoryCache();
    await fill(cache, MEMORY_MAX_ENTRIES + 500, (i) => `{"data":${i}}`);
    expect(cache.localEntries).toBe(MEMORY_MAX_ENTRIES);
  });

  it('keeps a thousand member pages at once (a visitor going round them is served from memory)', async () => {
    const cache = createMemoryCache();
    await fill(cache, 1_000, page);
    expect(cache.localEntries).toBe(1_000);
    expect((await cache.get('page:/membres/m-0', ['people'])).hit?.value).toBe(page(0));
  });

  it('does not keep a value larger than the whole budget (it would only empty the store)', async () => {
    const cache = createMemoryCache();
    await fill(cache, 3, page);
    const found = await cache.get('huge', ['people']);
    await cache.set('huge', found.hit ? null : found.versions, 'x'.repeat(MEMORY_MAX_BYTES + 1), 60_000);
    expect((await cache.get('huge', ['people'])).hit).toBeNull();
    expect(cache.localEntries).toBe(3);
  });

  it('is bounded the same while Redis does not answer (the outage fallback)', async () => {
    // A port nothing listens on: every command fails at once, as in an outage.
    const redis = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    });
    try {
      const cache = createRedisCache(redis, 'bounds-test', createLogger('silent'));
      const count = Math.ceil((2 * MEMORY_MAX_BYTES) / (32_000 * 2));
      await fill(cache, count, longPage);
      expect(cache.localEntries).toBeGreaterThan(0);
      expect(cache.localBytes).toBeLessThanOrEqual(MEMORY_MAX_BYTES);
    } finally {
      redis.disconnect();
    }
  });
});

describe('the encoded bodies kept by ETag', () => {
  it('stay within their count and byte budget however many versions are served', () => {
    const firstSeen = new FirstSeen();
    const res = { writeHead: () => res, end: () => undefined } as unknown as ServerResponse;
    const req = { method: 'GET', headers: { 'accept-encoding': 'gzip' } } as unknown as IncomingMessage;
    for (let i = 0; i < ENCODED_MAX_ENTRIES * 2; i++)
      send(req, res, { status: 200, body: `${i} ${page(i)}`.repeat(8), type: 'html', cache: 'public' }, firstSeen);
    const kept = encodedBodies();
    expect(kept.entries).toBeLessThanOrEqual(ENCODED_MAX_ENTRIES);
    expect(kept.bytes).toBeLessThanOrEqual(ENCODED_MAX_BYTES);
    expect(kept.entries).toBeGreaterThan(0);
  });
});
