// Cost budgets per caller in fixed windows: `consume(key, cost, limit)` spends `cost` points of
// the key's current window if they are all there, and says what is left either way.
//
// - RedisRateLimiter: shared by every gateway replica; one atomic Lua script per call, so two
//   replicas never grant the same points twice.
// - MemoryRateLimiter: this process only (no REDIS_URL, or Redis unreachable).
// - ResilientRateLimiter: Redis first; when it fails or is slow, the memory limiter answers, a
//   warning is logged once, and Redis is tried again a few seconds later.
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
  consume(key: string, cost: number, limit: number): Promise<Consumption>;
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

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: RedisLike,
    private readonly options: { windowMs: number; keyPrefix?: string },
  ) {}

  async consume(key: string, cost: number, limit: number): Promise<Consumption> {
    const reply = await this.redis.eval(
      CONSUME_SCRIPT,
      1,
      `${this.options.keyPrefix ?? 'eko:ratelimit:'}${key}`,
      cost,
      limit,
      this.options.windowMs,
    );
    if (!Array.isArray(reply) || reply.length !== 3) throw new Error(`Unexpected reply from the rate-limit script: ${JSON.stringify(reply)}`);
    const [allowed, used, ttl] = reply.map(Number) as [number, number, number];
    return { allowed: allowed === 1, limit, remaining: Math.max(0, limit - used), resetMs: Math.max(0, ttl) };
  }
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { used: number; resetAt: number }>();
  private calls = 0;

  constructor(private readonly options: { windowMs: number; now?: () => number; maxKeys?: number }) {}

  async consume(key: string, cost: number, limit: number): Promise<Consumption> {
    const now = (this.options.now ?? Date.now)();
    if (++this.calls % 1_000 === 0 || this.windows.size > (this.options.maxKeys ?? 100_000)) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { used: 0, resetAt: now + this.options.windowMs };
      this.windows.set(key, window);
    }
    const allowed = cost <= 0 || window.used + cost <= limit;
    if (allowed) window.used += Math.max(0, cost);
    return { allowed, limit, remaining: Math.max(0, limit - window.used), resetMs: window.resetAt - now };
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

  async consume(key: string, cost: number, limit: number): Promise<Consumption> {
    const now = (this.options.now ?? Date.now)();
    if (this.degraded && now < this.retryAt) return this.fallback.consume(key, cost, limit);
    try {
      const result = await withTimeout(this.primary.consume(key, cost, limit), this.options.timeoutMs ?? 250);
      if (this.degraded) {
        this.degraded = false;
        this.logger.info('Redis answers again: rate limits are shared across replicas again.');
      }
      return result;
    } catch (error) {
      if (!this.degraded) {
        this.degraded = true;
        this.logger.warn(
          { err: error },
          'Redis is unreachable: rate limits are counted in this process only until it answers again.',
        );
      }
      this.retryAt = now + (this.options.retryAfterMs ?? 5_000);
      return this.fallback.consume(key, cost, limit);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
