// The resilience tests need real servers on TCP: PostgreSQL (to cut it, to share it between
// processes, to copy it as a replica) and Redis. PostgreSQL is TEST_DATABASE_URL's, else the one
// on 127.0.0.1:5432 (as Redis is TEST_REDIS_URL's, else 127.0.0.1:6379, like the other tests).
import { openDatabase, type PrismaClient } from '@ekoacteurs/db';
import { testPostgresUrl } from '@ekoacteurs/db/testing';

export const POSTGRES_URL = testPostgresUrl() ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// createTestDatabase reads this when called: every database of these files is a PostgreSQL one.
process.env.TEST_DATABASE_URL = POSTGRES_URL;

export function hostAndPort(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)) };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}

/** Runs SQL as the server's superuser, on its maintenance database by default (CREATE / DROP DATABASE). */
export async function admin<T>(work: (prisma: PrismaClient) => Promise<T>, database = 'postgres'): Promise<T> {
  const db = await openDatabase({
    target: { kind: 'postgres', url: withDatabase(POSTGRES_URL, database) },
    poolSize: 1,
    replicaUrls: [],
  });
  try {
    return await work(db.prisma);
  } finally {
    await db.close();
  }
}
