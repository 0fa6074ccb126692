// Two gateway replicas on one test database and one Redis (127.0.0.1:6379, or TEST_REDIS_URL), as
// production runs several processes: for the tests of what must reach every replica (live streams
// ending, notifications reaching the other replica, tokens kept in memory being forgotten). A file
// calls useReplicas() once, at its top level.
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createGateway, type Gateway } from '../src/server.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Replicas {
  db: TestDatabase;
  /** A client of the replicas' Redis, to look at it (e.g. who subscribes to a channel). */
  redis: Redis;
  /** The replicas' base URLs. */
  a: string;
  b: string;
}

/** Starts both replicas before the file's tests and stops them after; the fields are set from then on. */
export function useReplicas(options: { onQuery?: (sql: string) => void } = {}): Replicas {
  const replicas = {} as Replicas;
  const gateways: Gateway[] = [];
  async function replica(): Promise<string> {
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL }), PORT: 0 };
    // The database outlives both replicas: each one's shutdown must not close it.
    const gateway = createGateway({
      config,
      db: { ...replicas.db, close: async () => {} },
      logger: createLogger(config.LOG_LEVEL),
    });
    gateways.push(gateway);
    return `http://127.0.0.1:${await gateway.listen()}`;
  }
  beforeAll(async () => {
    replicas.db = await createTestDatabase(options);
    replicas.redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    replicas.a = await replica();
    replicas.b = await replica();
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.shutdown();
    await replicas.redis?.quit();
    await replicas.db?.close();
  });
  return replicas;
}

/**
 * Waits until at least `count` replicas subscribe to a Redis channel (SUBSCRIBE is sent
 * asynchronously), for 10 s at most: on the embedded database under the whole suite on two busy
 * cores, a replica's event loop shares its time with PGlite, and 3 s was once not enough.
 */
export async function subscribedOnRedis(redis: Redis, channel: string, count = 1): Promise<void> {
  const deadline = Date.now() + 10_000;
  do {
    const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (Number(subscribers) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  } while (Date.now() < deadline);
  throw new Error(`fewer than ${count} replicas ever subscribed to ${channel} within 10 s`);
}
