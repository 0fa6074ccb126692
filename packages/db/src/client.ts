// Opens the database the configuration points at: PostgreSQL when DATABASE_URL is set,
// the embedded file-backed PGlite otherwise. Both go through the same Prisma client and the
// same migrations; only the driver adapter differs.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolveDatabaseTarget, type DatabaseTarget } from './database-url.ts';
import { acquirePgliteLock } from './pglite-lock.ts';

export type { DatabaseTarget };

export interface Database {
  readonly prisma: PrismaClient;
  readonly target: DatabaseTarget;
  /** The embedded instance, when the target is PGlite (migrations run through it). */
  readonly pglite: PGlite | undefined;
  /** Resolves when the database answers a trivial query; rejects with the driver's reason. */
  ping(): Promise<void>;
  /** Waits for in-flight queries, then closes the pool or flushes and closes PGlite. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  target?: DatabaseTarget;
  /** Called with every SQL statement the client sends (query-count tests, debug logs). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** Fail a query that waits longer than this for a pooled connection (default 5 s). */
  connectionTimeoutMs?: number;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const target = options.target ?? resolveDatabaseTarget();
  if (target.kind === 'postgres') {
    const adapter = new PrismaPg({
      connectionString: target.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    });
    const prisma = createClient(adapter, options.onQuery);
    return {
      prisma,
      target,
      pglite: undefined,
      ping: () => prisma.$queryRawUnsafe('SELECT 1').then(() => undefined),
      close: () => prisma.$disconnect(),
    };
  }

  // An in-memory instance (tests) has no folder to protect.
  const inMemory = target.dataDir.startsWith('memory://');
  const releaseLock = inMemory ? async () => {} : await acquirePgliteLock(target.dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(target.dataDir);
  } catch (error) {
    await releaseLock();
    throw error;
  }
  const prisma = createClient(new PrismaPGlite(pglite), options.onQuery);
  return {
    prisma,
    target,
    pglite,
    ping: () => pglite.query('SELECT 1').then(() => undefined),
    close: async () => {
      await prisma.$disconnect();
      // PGlite flushes its files on close; the lock goes only once that is done.
      await pglite.close();
      await releaseLock();
    },
  };
}

function createClient(adapter: SqlDriverAdapterFactory, onQuery: ((sql: string) => void) | undefined): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma;
}
