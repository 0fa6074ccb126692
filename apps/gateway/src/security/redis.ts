// The Redis connection behind shared rate limits (REDIS_URL). Tuned to fail fast: a request never
// waits on Redis for long, the rate limiter falls back to memory instead (see limiter.ts).
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

export function createRedisClient(url: string, logger: Logger): Redis {
  const client = new Redis(url, {
    // A command waits at most this long, then fails (and the limiter counts in memory).
    commandTimeout: 500,
    connectTimeout: 2_000,
    // Queued commands while disconnected fail after one reconnection attempt, not twenty.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
    connectionName: 'ekoacteurs-gateway',
  });
  // Without a listener ioredis prints every reconnection failure; the rate limiter already warns
  // once per outage, so these stay at debug level.
  client.on('error', (error: Error) => logger.debug({ err: error }, 'redis connection error'));
  return client;
}
