// The gateway's one limiter: fixed-window counters, `consume(key, cost, limit, windowMs)` spends
// `cost` points of the key's current window if they are all there (all or nothing), and says what is
// left either way; `refund` gives points back. Every limit uses it:
//   - the GraphQL cost budgets (security/rate-limit.ts), once per request;
//   - sign-in attempts per address and per IP, reserved *before* a password hash runs (auth/attempts.ts);
//   - the contact form's posts per IP and its single-use tokens (public-pages/contact.ts);
//   - page reports per IP.
//
// Stores, each atomic on its own (two replicas never grant the same points twice):
//   - RedisRateLimiter: one Lua script per call, shared by every replica (REDIS_URL);
//   - DatabaseLimiter: one INSERT … ON CONFLICT statement per call (the LimiterWindow table),
//     shared by the replicas of one database; the durable choice for rare events when there is no Redis;
//   - MemoryRateLimiter: this process only;
//   - ResilientRateLimiter: Redis first; when it fails or is slow, the fallback answers (a warning
//     is logged once) and Redis is tried again a few seconds later.
// createLimiters() wires them: `requests` (per request: Redis → memory; never a SQL statement per
// request) and `attempts` (rare, must hold across replicas: Redis → database, or the database alone).
//
// Why not rate-limiter-flexible (evaluated): its consume() adds the points even when it refuses, so a
// refused expensive operation would empty a caller's budget, and it has no all-or-nothing spending;
// its Prisma store runs several statements per call. The three stores here are ~150 lines.
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';

/** The little of a Redis client this module needs (ioredis' `Redis` and `Cluster` fit). */
export interface RedisLike {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

export interface Consumption {
  /** False when the window has fewer points left than asked: nothing was spent. */
  allowed: boolean;
  limit: number;
  /** Points left in the window after this call. */
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimiter {
  /** `windowMs` defaults to the store's own window. */
  consume(key: string, cost: number, limit: number, windowMs?: number): Promise<Consumption>;
  /** Gives back points spent in the current window (never below zero). */
  refund(key: string, cost: number): Promise<void>;
}

/** Fixed windows of a limit, the shape every caller of the limiter describes its limit with. */
export interface WindowLimit {
  /** Key namespace, e.g. "password". */
  name: string;
  max: number;
  windowMs: number;
}

// KEYS[1] the window's counter; ARGV cost, limit, window length (ms).
// Returns { allowed (0|1), used, milliseconds left in the window }.
const CONSUME_SCRIPT = `
local cost = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local ttl = redis.call('PTTL', KEYS[1])
local used = 0
if ttl > 0 then
  used = tonumber(redis.call('GET', KEYS[1]) or '0')
else
  ttl = window
end
if cost > 0 and used + cost > limit then
  return {0, used, ttl}
end
if cost > 0 then
  if used == 0 then
    redis.call('SET', KEYS[1], cost, 'PX', ttl)
    used = cost
  else
    used = redis.call('INCRBY', KEYS[1], cost)
  end
end
return {1, used, ttl}
`;

// KEYS[1] the window's counter; ARGV points to give back. Keeps the window's expiry.
const REFUND_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used <= 0 then return 0 end
local back = math.min(used, tonumber(ARGV[1]))
redis.call('DECRBY', KEYS[1], back)
return back
`;

const DEFAULT_WINDOW_MS = 60_000;

interface StoreOptions {
  /** The store's window when a call names none. */
  windowMs?: number;
  /** Put before every key (namespaces a shared store). */
  keyPrefix?: string;
}

/** What every store does the same way: its keys' prefix, and its own window when a call names none. */
abstract class Store implements RateLimiter {
  constructor(
    protected readonly options: StoreOptions,
    private readonly defaultPrefix: string,
  ) {}

  consume(key: string, cost: number, limit: number, windowMs?: number): Promise<Consumption> {
    return this.spend(this.key(key), cost, limit, windowMs ?? this.options.windowMs ?? DEFAULT_WINDOW_MS);
  }

  refund(key: string, cost: number): Promise<void> {
    return this.giveBack(this.key(key), cost);
  }

  private key(key: string) {
    return `${this.options.keyPrefix ?? this.defaultPrefix}${key}`;
  }

  protected abstract spend(key: string, cost: number, limit: number, windowMs: number): Promise<Consumption>;
  protected abstract giveBack(key: string, cost: number): Promise<void>;
}

export class RedisRateLimiter extends Store {
  constructor(
    private readonly redis: RedisLike,
    options: StoreOptions = {},
  ) {
    super(options, 'eko:ratelimit:');
  }

  protected async spend(key: string, cost: number, limit: number, windowMs: number): Promise<Consumption> {
    const reply = await this.redis.eval(CONSUME_SCRIPT, 1, key, cost, limit, windowMs);
    if (!Array.isArray(reply) || reply.length !== 3)
      throw new Error(`Unexpected reply from the rate-limit script: ${JSON.stringify(reply)}`);
    const [allowed, used, ttl] = reply.map(Number) as [number, number, number];
    return { allowed: allowed === 1, limit, remaining: Math.max(0, limit - used), resetMs: Math.max(0, ttl) };
  }

  protected async giveBack(key: string, cost: number): Promise<void> {
    await this.redis.eval(REFUND_SCRIPT, 1, key, cost);
  }
}

export class DatabaseLimiter extends Store {
  private calls = 0;

  constructor(
    private readonly prisma: PrismaClient,
    options: StoreOptions = {},
  ) {
    super(options, '');
  }

  protected async spend(id: string, cost: number, limit: number, windowMs: number): Promise<Consumption> {
    if (++this.calls % 1_000 === 0)
      await this.prisma.$executeRaw`DELETE FROM "LimiterWindow" WHERE "resetAt" < now() - interval '1 hour'`;
    const spend = cost > limit ? null : Math.max(0, cost);
    // One statement: a new or expired window starts at `cost`; a current one grows only if it stays
    // within the limit (the row lock makes concurrent calls take turns). No row back: refused.
    const rows =
      spend === null
        ? []
        : await this.prisma.$queryRaw<{ used: number; resetMs: number }[]>`
            INSERT INTO "LimiterWindow" ("key", "used", "resetAt")
            VALUES (${id}, ${spend}, now() + ${windowMs} * interval '1 millisecond')
            ON CONFLICT ("key") DO UPDATE SET
              "used" = CASE WHEN "LimiterWindow"."resetAt" <= now() THEN EXCLUDED."used" ELSE "LimiterWindow"."used" + EXCLUDED."used" END,
              "resetAt" = CASE WHEN "LimiterWindow"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "LimiterWindow"."resetAt" END
            WHERE "LimiterWindow"."resetAt" <= now() OR "LimiterWindow"."used" + EXCLUDED."used" <= ${limit}
            RETURNING "used", (extract(epoch FROM "resetAt" - now()) * 1000)::int AS "resetMs"`;
    const row = rows[0];
    if (row)
      return { allowed: true, limit, remaining: Math.max(0, limit - row.used), resetMs: Math.max(0, row.resetMs) };
    const [current] = await this.prisma.$queryRaw<{ used: number; resetMs: number }[]>`
      SELECT "used", (extract(epoch FROM "resetAt" - now()) * 1000)::int AS "resetMs" FROM "LimiterWindow" WHERE "key" = ${id}`;
    return {
      allowed: false,
      limit,
      remaining: Math.max(0, limit - (current?.used ?? 0)),
      resetMs: Math.max(0, current?.resetMs ?? windowMs),
    };
  }

  protected async giveBack(key: string, cost: number): Promise<void> {
    await this.prisma
      .$executeRaw`UPDATE "LimiterWindow" SET "used" = GREATEST(0, "used" - ${cost}) WHERE "key" = ${key} AND "resetAt" > now()`;
  }
}

export class MemoryRateLimiter extends Store {
  private readonly windows = new Map<string, { used: number; resetAt: number }>();
  private calls = 0;

  constructor(private readonly memory: StoreOptions & { now?: () => number; maxKeys?: number } = {}) {
    super(memory, '');
  }

  protected async spend(key: string, cost: number, limit: number, windowMs: number): Promise<Consumption> {
    const now = (this.memory.now ?? Date.now)();
    if (++this.calls % 1_000 === 0 || this.windows.size > (this.memory.maxKeys ?? 100_000)) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { used: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    const allowed = cost <= 0 || window.used + cost <= limit;
    if (allowed) window.used += Math.max(0, cost);
    return { allowed, limit, remaining: Math.max(0, limit - window.used), resetMs: window.resetAt - now };
  }

  protected async giveBack(key: string, cost: number): Promise<void> {
    const window = this.windows.get(key);
    if (window) window.used = Math.max(0, window.used - cost);
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

export class ResilientRateLimiter implements RateLimiter {
  private degraded = false;
  private retryAt = 0;

  constructor(
    private readonly primary: RateLimiter,
    private readonly fallback: RateLimiter,
    private readonly logger: Logger,
    private readonly options: { timeoutMs?: number; retryAfterMs?: number; now?: () => number } = {},
  ) {}

  consume(key: string, cost: number, limit: number, windowMs?: number): Promise<Consumption> {
    return this.either((store) => store.consume(key, cost, limit, windowMs));
  }

  refund(key: string, cost: number): Promise<void> {
    return this.either((store) => store.refund(key, cost));
  }

  private async either<T>(call: (store: RateLimiter) => Promise<T>): Promise<T> {
    const now = (this.options.now ?? Date.now)();
    if (this.degraded && now < this.retryAt) return call(this.fallback);
    try {
      const result = await withTimeout(call(this.primary), this.options.timeoutMs ?? 250);
      if (this.degraded) {
        this.degraded = false;
        this.logger.info('Redis answers again: limits are shared across replicas again.');
      }
      return result;
    } catch (error) {
      if (!this.degraded) {
        this.degraded = true;
        this.logger.warn(
          { err: error },
          'Redis is unreachable: limits are counted without it (in this process, or in the database) until it answers again.',
        );
      }
      this.retryAt = now + (this.options.retryAfterMs ?? 5_000);
      return call(this.fallback);
    }
  }
}

export interface Limiters {
  /** Per-request budgets: Redis when configured (memory when it fails), memory otherwise. */
  requests: RateLimiter;
  /** Rare events that must hold across replicas: Redis when configured (the database when it fails), the database otherwise. */
  attempts: RateLimiter;
}

export function createLimiters(deps: {
  redis: RedisLike | null;
  prisma?: PrismaClient;
  logger: Logger;
  windowMs?: number;
  /** Key prefix in Redis and the database (tests isolate themselves with their own). */
  keyPrefix?: string;
}): Limiters {
  const memory = new MemoryRateLimiter({ windowMs: deps.windowMs });
  const database = deps.prisma
    ? new DatabaseLimiter(deps.prisma, { windowMs: deps.windowMs, keyPrefix: deps.keyPrefix })
    : new MemoryRateLimiter({ windowMs: deps.windowMs });
  if (!deps.redis) return { requests: memory, attempts: database };
  const redis = new RedisRateLimiter(deps.redis, { windowMs: deps.windowMs, keyPrefix: deps.keyPrefix });
  return {
    requests: new ResilientRateLimiter(redis, memory, deps.logger),
    attempts: new ResilientRateLimiter(redis, database, deps.logger, { timeoutMs: 1_000 }),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
