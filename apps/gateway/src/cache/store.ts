// The shared cache of public answers (rendered pages, calendars, anonymous GraphQL results), kept in
// Redis so every replica serves and invalidates the same entries, or in this process's memory when
// no Redis is configured. Invalidation is by tag: each tag has a version; an entry remembers the
// versions of its tags at the moment its computation STARTED, and is served only while they are all
// unchanged. A write bumps its tags (cache/invalidation.ts), so whatever was computed before the
// write's commit is never served after it.
//
// One Redis round trip per read (MGET of the tags' versions and the entry's head line: its versions
// and date); the value itself (a calendar is hundreds of kilobytes) crosses the network only when this
// replica holds no copy read under that same head, and is kept as it is, never JSON-escaped, so a hit
// parses a few bytes. A replica's copies are bounded like the memory store. A tag never seen starts
// at a random version, so a version lost by Redis (eviction, restart) can never match an old entry.
// While a configured Redis does not answer, entries live in memory for a few seconds only and this
// replica's own bumps apply to them; bumps that failed are re-sent before Redis is used again.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { Tag } from './tags.ts';

export interface CachedEntry {
  /** When the entry was stored (ms since the epoch): Last-Modified. */
  storedAt: number;
  value: string;
}

/** The versions of a lookup's tags, to store a computed value under (null: do not store). */
export type Versions = readonly string[] | null;

export interface SharedCache {
  /** The live entry for `key`, else null with the tags' versions to store the fresh value under. */
  get(key: string, tags: readonly Tag[]): Promise<{ hit: CachedEntry } | { hit: null; versions: Versions }>;
  set(key: string, versions: Versions, value: string, ttlMs: number): Promise<void>;
  /** Invalidates every entry carrying one of these tags, on every replica. */
  bump(tags: Iterable<Tag>): Promise<void>;
  /** Entries held in this process (memory store and outage fallback), for tests and metrics. */
  readonly localEntries: number;
  /** What they cost in memory, in bytes (MEMORY_MAX_BYTES at most per store: with Redis, its copies and its outage fallback). */
  readonly localBytes: number;
}

/**
 * Entries kept in memory at most (oldest first out) and their total size: a member's page is about
 * 8 KB, so a thousand pages, the directory's and the calendars fit. These bounds are the store's
 * whole memory: nothing else keeps a value (test/speed/cache-bounds.test.ts).
 */
export const MEMORY_MAX_ENTRIES = 2_000;
export const MEMORY_MAX_BYTES = 32 * 1024 * 1024;
/** What a value costs on V8's heap: one byte a character, two once one is past Latin-1 (’, €, emoji), plus its key. */
const bytesOf = (key: string, value: string) => key.length + value.length * (/[\u0100-\uffff]/.test(value) ? 2 : 1);
/** How long an entry stored in memory while Redis is down is served: other replicas' bumps do not reach it. */
const OUTAGE_TTL_MS = 5_000;

const freshVersion = () => randomBytes(6).toString('base64url');
/** A tag's version is forgotten after a day without writes (a forgotten version only empties the cache). */
const TAG_TTL_MS = 24 * 3600 * 1000;

/** A bounded in-memory store: tag versions and entries (insertion order is the eviction order). */
class MemoryStore {
  private readonly versions = new Map<Tag, string>();
  private readonly entries = new Map<
    string,
    { versions: readonly string[]; expires: number; bytes: number; entry: CachedEntry }
  >();
  private bytes = 0;

  get size() {
    return this.entries.size;
  }

  /** What the entries cost (see bytesOf). */
  get byteSize() {
    return this.bytes;
  }

  versionsOf(tags: readonly Tag[]): string[] {
    return tags.map((tag) => {
      let version = this.versions.get(tag);
      if (version === undefined) this.versions.set(tag, (version = freshVersion()));
      return version;
    });
  }

  get(key: string, tags: readonly Tag[]): { hit: CachedEntry } | { hit: null; versions: Versions } {
    const versions = this.versionsOf(tags);
    const hit = this.lookup(key, versions);
    return hit ? { hit } : { hit: null, versions };
  }

  /** The entry kept under exactly these versions (the same object at every hit), else null. */
  lookup(key: string, versions: readonly string[]): CachedEntry | null {
    const found = this.entries.get(key);
    if (found && found.expires > Date.now() && sameVersions(found.versions, versions)) return found.entry;
    if (found) this.delete(key);
    return null;
  }

  set(key: string, versions: readonly string[], value: string, ttlMs: number, storedAt = Date.now()) {
    this.delete(key);
    const bytes = bytesOf(key, value);
    // A value larger than the whole store would only empty it.
    if (bytes > MEMORY_MAX_BYTES) return;
    this.entries.set(key, { versions, expires: Date.now() + ttlMs, bytes, entry: { storedAt, value } });
    this.bytes += bytes;
    while (this.entries.size > MEMORY_MAX_ENTRIES || this.bytes > MEMORY_MAX_BYTES)
      this.delete(this.entries.keys().next().value!);
  }

  bump(tags: Iterable<Tag>) {
    for (const tag of tags) this.versions.set(tag, freshVersion());
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string) {
    const found = this.entries.get(key);
    if (!found) return;
    this.bytes -= found.bytes;
    this.entries.delete(key);
  }
}

function sameVersions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((version, i) => version === b[i]);
}

/**
 * An entry as Redis keeps it: its head line, `{"v":[versions],"t":storedAt}`, then the value
 * untouched; the head line is also kept alone (headKey), for lookups.
 */
function headLine(versions: readonly string[], storedAt: number): string {
  return JSON.stringify({ v: versions, t: storedAt });
}

function headOf(line: string): { v: string[]; t: number } | null {
  const head = JSON.parse(line) as { v?: unknown; t?: unknown };
  return Array.isArray(head.v) && typeof head.t === 'number' ? { v: head.v as string[], t: head.t } : null;
}

/** The entry back, or null for what this version did not write (an older layout is a miss, not an error). */
function fromRedis(raw: string): { head: string; storedAt: number; value: string } | null {
  const end = raw.indexOf('\n');
  const head = end < 0 ? null : headOf(raw.slice(0, end));
  return head ? { head: raw.slice(0, end), storedAt: head.t, value: raw.slice(end + 1) } : null;
}

/** How long a replica keeps its copy of an entry read from Redis (re-checked against Redis at every lookup). */
const COPY_TTL_MS = 60_000;

export function createMemoryCache(): SharedCache {
  const memory = new MemoryStore();
  return {
    get: async (key, tags) => memory.get(key, tags),
    set: async (key, versions, value, ttlMs) => {
      if (versions) memory.set(key, versions, value, ttlMs);
    },
    bump: async (tags) => memory.bump(tags),
    get localEntries() {
      return memory.size;
    },
    get localBytes() {
      return memory.byteSize;
    },
  };
}

/**
 * The Redis store; `namespace` keeps apart gateways that share a Redis but not a database
 * (tests, staging beside production).
 */
export function createRedisCache(redis: Redis, namespace: string, logger: Logger): SharedCache {
  const fallback = new MemoryStore();
  /**
   * This replica's copies of entries read from Redis, by their head line: while Redis's head for a
   * key is the one a copy was read under, the copy is served without transferring the value again.
   */
  const copies = new MemoryStore();
  /** Tags whose bump did not reach Redis: re-sent before Redis serves anything again. */
  const unsent = new Set<Tag>();
  let warned = false;
  const tagKey = (tag: Tag) => `${namespace}:tag:${tag}`;
  const entryKey = (key: string) => `${namespace}:entry:${key}`;
  /** An entry's head line alone (its versions and date), read at every lookup in place of the value. */
  const headKey = (key: string) => `${namespace}:head:${key}`;

  function down(error: unknown) {
    if (!warned)
      logger.warn(
        { err: error },
        'public cache: Redis does not answer, caching in memory for a few seconds at a time until it is back',
      );
    warned = true;
  }

  async function flushUnsent(): Promise<void> {
    if (unsent.size === 0) return;
    const tags = [...unsent];
    await sendBumps(tags);
    for (const tag of tags) unsent.delete(tag);
  }

  async function sendBumps(tags: readonly Tag[]): Promise<void> {
    const multi = redis.multi();
    for (const tag of tags) multi.set(tagKey(tag), freshVersion(), 'PX', TAG_TTL_MS);
    const results = await multi.exec();
    const failed = results?.find(([error]) => error)?.[0];
    if (!results || failed) throw failed ?? new Error('Redis MULTI aborted');
  }

  return {
    async get(key, tags) {
      try {
        if (redis.status !== 'ready') throw new Error(`Redis is ${redis.status}`);
        await flushUnsent();
        const values = await redis.mget(...tags.map(tagKey), headKey(key));
        if (warned) {
          warned = false;
          fallback.clear();
          logger.info('public cache: Redis answers again, entries are shared across replicas');
        }
        const versions = values.slice(0, tags.length);
        const head = values[tags.length];
        if (versions.some((version) => version === null)) {
          // A tag never bumped gets a version (NX: another replica may be doing the same; GET: theirs wins).
          await Promise.all(
            tags.map(async (tag, i) => {
              if (versions[i] !== null) return;
              const fresh = freshVersion();
              const theirs = (await redis.call('SET', tagKey(tag), fresh, 'PX', String(TAG_TTL_MS), 'NX', 'GET')) as
                string | null;
              versions[i] = theirs ?? fresh;
            }),
          );
          return { hit: null, versions: versions as string[] };
        }
        if (!head || !sameVersions(headOf(head)?.v ?? [], versions as string[]))
          return { hit: null, versions: versions as string[] };
        const copy = copies.lookup(key, [head]);
        if (copy) return { hit: copy };
        const raw = await redis.get(entryKey(key));
        const stored = raw ? fromRedis(raw) : null;
        // Replaced between the two reads: a miss, as if the lookup had come a moment later.
        if (!stored || stored.head !== head) return { hit: null, versions: versions as string[] };
        copies.set(key, [head], stored.value, COPY_TTL_MS, stored.storedAt);
        return { hit: copies.lookup(key, [head])! };
      } catch (error) {
        down(error);
        return fallback.get(key, tags);
      }
    },
    async set(key, versions, value, ttlMs) {
      if (!versions) return;
      if (warned) {
        fallback.set(key, versions, value, Math.min(ttlMs, OUTAGE_TTL_MS));
        return;
      }
      try {
        const head = headLine(versions, Date.now());
        await redis
          .multi()
          .set(entryKey(key), `${head}\n${value}`, 'PX', ttlMs)
          .set(headKey(key), head, 'PX', ttlMs)
          .exec();
      } catch (error) {
        down(error);
      }
    },
    async bump(tags) {
      const list = [...new Set(tags)];
      if (list.length === 0) return;
      fallback.bump(list);
      try {
        if (redis.status !== 'ready') throw new Error(`Redis is ${redis.status}`);
        await sendBumps(list);
      } catch (error) {
        down(error);
        for (const tag of list) unsent.add(tag);
      }
    },
    get localEntries() {
      return fallback.size + copies.size;
    },
    get localBytes() {
      return fallback.byteSize + copies.byteSize;
    },
  };
}
