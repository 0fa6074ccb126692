// The public cache's entry point for the server: the store (Redis shared by the replicas, or memory
// without REDIS_URL), or null when PUBLIC_CACHE is off. Entries are namespaced by database, so
// gateways sharing a Redis but not a database (tests, staging) never see each other's answers.
import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { DatabaseTarget } from '@ekoacteurs/db';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createMemoryCache, createRedisCache, type SharedCache } from './store.ts';

export { invalidatingClient } from './invalidation.ts';
export { publicCachePlugin } from './graphql-plugin.ts';
export type { SharedCache } from './store.ts';

/** A name for each in-memory database, shared by the gateways of this process that open it. */
const inMemoryNames = new WeakMap<DatabaseTarget, string>();

function inMemoryName(target: DatabaseTarget): string {
  let name = inMemoryNames.get(target);
  if (!name) inMemoryNames.set(target, (name = `memory://${randomUUID()}`));
  return name;
}

export function createPublicCache(deps: {
  config: Pick<Config, 'PUBLIC_CACHE'>;
  redis: Redis | null;
  target: DatabaseTarget;
  logger: Logger;
}): SharedCache | null {
  if (!deps.config.PUBLIC_CACHE) return null;
  if (!deps.redis) return createMemoryCache();
  // An in-memory database (memory://, the tests' embedded default) is this process's alone, and
  // every one has the same name: its answers are kept under a name of its own, the same for every
  // gateway opened on that database (two replicas in one test share it, as they share a server's).
  const database =
    deps.target.kind === 'postgres'
      ? deps.target.url
      : deps.target.dataDir.startsWith('memory://')
        ? inMemoryName(deps.target)
        : deps.target.dataDir;
  const namespace = `ekoacteurs:cache:${createHash('sha256').update(database).digest('hex').slice(0, 16)}`;
  return createRedisCache(deps.redis, namespace, deps.logger);
}
