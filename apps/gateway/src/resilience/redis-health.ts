// Whether the replicas' shared Redis answers, for /readyz and the logs. Without it the gateway keeps
// serving: rate limits are counted per process (security/limiter.ts) and live events reach
// only the subscribers of the replica where they happen (events/redis.ts). /readyz stays 200 then,
// with `redis: "unavailable"`: a load balancer must not take every replica out for it.
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

export type RedisState = 'ready' | 'unavailable' | 'not configured';

const PING_TIMEOUT_MS = 500;

export interface RedisHealth {
  state(): Promise<RedisState>;
}

export function watchRedis(redis: Redis | null, logger: Logger): RedisHealth {
  if (!redis) return { state: async () => 'not configured' };
  let lost = false;
  redis.on('close', () => {
    if (lost) return;
    lost = true;
    logger.warn(
      'Redis connection lost: rate limits are counted per process and live events reach only this replica’s subscribers until it is back.',
    );
  });
  redis.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger.info('Redis is back: rate limits and live events are shared across replicas again.');
  });
  return {
    async state() {
      if (redis.status !== 'ready') return 'unavailable';
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'unavailable'>((resolve) => {
        timer = setTimeout(() => resolve('unavailable'), PING_TIMEOUT_MS);
      });
      const ping = redis.ping().then(
        () => 'ready' as const,
        () => 'unavailable' as const,
      );
      try {
        return await Promise.race([ping, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
