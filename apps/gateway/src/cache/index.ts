// The public cache's entry point for the server: the store (Redis shared by the replicas, or memory
// without REDIS_URL), or null when PUBLIC_CACHE is off. Entries are namespaced by database
// (database-namespace.ts), so gateways sharing a Redis but not a database never see each other's answers.
import type { Redis } from 'ioredis';
import type { DatabaseTarget } from '@ekoacteurs/db';
import type { Config } from '../config.ts';
import { databaseNamespace } from '../database-namespace.ts';
import type { Logger } from '../logger.ts';
import { createMemoryCache, createRedisCache, type SharedCache } from './store.ts';

export { invalidatingClient } from './invalidation.ts';
export { publicCachePlugin } from './graphql-plugin.ts';
export type { SharedCache } from './store.ts';

export function createPublicCache(deps: {
  config: Pick<Config, 'PUBLIC_CACHE'>;
  redis: Redis | null;
  target: DatabaseTarget;
  logger: Logger;
}): SharedCache | null {
  if (!deps.config.PUBLIC_CACHE) return null;
  if (!deps.redis) return createMemoryCache();
  return createRedisCache(deps.redis, `ekoacteurs:cache:${databaseNamespace(deps.target)}`, deps.logger);
}
