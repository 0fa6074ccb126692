// The public GraphQL endpoint's defences, as Yoga plugins, in the order a request meets them:
//   CORS (preflights, allow-list) → CSRF (cookie requests need X-GraphQL-Client) → body size → empty budget?
//   → persisted operations → no NUL characters in variables or literals → token limit (while parsing) → selection caps (before validation)
//   → depth / alias / directive limits → cost, page sizes, budget
//   → rate-limit headers on the response; every error coded, no schema hints in production.
// Limits are in limits.ts and documented in docs/api.md ("Limits"); error codes in docs/errors.md.
import type { Plugin } from 'graphql-yoga';
import type { Caller } from '../auth/caller.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { bodySizePlugin } from './body-size.ts';
import { corsPlugin } from './cors.ts';
import { csrfPlugin } from './csrf.ts';
import { DEFAULT_COST_MODEL, DEFAULT_STATIC_LIMITS, type Limits, type RateLimits } from './limits.ts';
import { errorCodesPlugin } from './error-codes.ts';
import { nulBytePlugin } from './nul-bytes.ts';
import { persistedOperationPlugins } from './persisted.ts';
import { rateLimitPlugins } from './rate-limit.ts';
import { createLimiters, type RateLimiter, type RedisLike } from './limiter.ts';
import { selectionLimitPlugin } from './selection-limits.ts';
import { staticLimitPlugins } from './static-limits.ts';

export { createRedisClient } from './redis.ts';
export type { Limits } from './limits.ts';
export {
  createLimiters,
  DatabaseLimiter,
  MemoryRateLimiter,
  RedisRateLimiter,
  ResilientRateLimiter,
  type Limiters,
  type RateLimiter,
  type RedisLike,
} from './limiter.ts';

export interface SecurityOptions {
  config: Config;
  logger: Logger;
  /** Shared rate-limit counters; null counts in this process only. */
  redis: RedisLike | null;
  /** The per-request limiter (createLimiters().requests); built from `redis` when absent. */
  limiter?: RateLimiter;
  /** sha256 hash ("sha256:<hex>") → document, the client's persisted-documents.json. */
  persistedDocuments: Record<string, string>;
  /** Who is calling. Called once per request here (memoised by Request). */
  callerOf: (request: Request) => Promise<Caller>;
  /** Overrides of the limits (tests use small ones). */
  limits?: Partial<Omit<Limits, 'rate'>> & { rate?: Partial<RateLimits> };
  /** Key prefix of the Redis counters (tests isolate themselves with their own). */
  redisKeyPrefix?: string;
}

/** The rate limits from the configuration (RATE_LIMIT_*; their defaults are DEFAULT_RATE_LIMITS). */
export function rateLimitsFrom(config: Config): RateLimits {
  return {
    windowMs: config.RATE_LIMIT_WINDOW_MS,
    anonymous: config.RATE_LIMIT_ANONYMOUS,
    session: config.RATE_LIMIT_SESSION,
    token: config.RATE_LIMIT_TOKEN,
  };
}

export function createSecurityPlugins(options: SecurityOptions): Plugin[] {
  const { config, logger } = options;
  const production = config.NODE_ENV === 'production';
  const limits: Limits = {
    ...DEFAULT_STATIC_LIMITS,
    ...DEFAULT_COST_MODEL,
    ...options.limits,
    rate: { ...rateLimitsFrom(config), ...options.limits?.rate },
  };
  const callerOf = memoiseByRequest(options.callerOf);

  for (const kind of ['anonymous', 'session', 'token'] as const) {
    if (limits.rate[kind] < limits.maxCost) {
      logger.warn(
        { kind, budget: limits.rate[kind], maxCost: limits.maxCost },
        'A rate-limit budget is below the maximum cost of one operation: such callers can never run the most expensive operations.',
      );
    }
  }

  return [
    corsPlugin({ origins: config.CORS_ORIGINS }),
    csrfPlugin(),
    bodySizePlugin(),
    ...rateLimitPlugins({
      limits,
      limiter:
        options.limiter ??
        createLimiters({
          redis: options.redis,
          logger,
          windowMs: limits.rate.windowMs,
          keyPrefix: options.redisKeyPrefix,
        }).requests,
      callerOf,
    }),
    ...persistedOperationPlugins({ documents: options.persistedDocuments, production, callerOf }),
    nulBytePlugin(),
    // Before graphql-armor's validation rules and graphql-js's own: refused documents skip validation.
    selectionLimitPlugin(limits),
    ...staticLimitPlugins(limits, { production }),
    errorCodesPlugin({ production }),
  ];
}

/**
 * One identification per request, however many plugins ask. Wrap the callerOf you also give the
 * context factory with it to share the answer (auth/identify.ts already memoises its own).
 */
export function memoiseByRequest<T>(identify: (request: Request) => Promise<T>): (request: Request) => Promise<T> {
  const memo = new WeakMap<Request, Promise<T>>();
  return (request) => {
    let answer = memo.get(request);
    if (!answer) {
      answer = identify(request);
      memo.set(request, answer);
    }
    return answer;
  };
}
