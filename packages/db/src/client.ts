// Opens the database the configuration points at: PostgreSQL when DATABASE_URL is set,
// the embedded file-backed PGlite otherwise. Both go through the same Prisma client and the
// same migrations; only the driver adapter differs.
import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { Prisma, PrismaClient } from './generated/prisma/client.ts';
import { resolveDatabaseTarget, type DatabaseTarget } from './database-url.ts';
import { acquirePgliteLock } from './pglite-lock.ts';
import { readPrepared, readThroughPrisma, type ReadSql } from './prepared-reads.ts';
import { isDatabaseUnavailable } from './unreachable.ts';

export type { DatabaseTarget, ReadSql };

export interface Database {
  readonly prisma: PrismaClient;
  /**
   * The hot reads' statements (they only read): prepared on PostgreSQL, bypassing Prisma's engine, on the
   * replicas like Prisma's reads (prepared-reads.ts); through Prisma on PGlite.
   */
  readonly read: ReadSql;
  readonly target: DatabaseTarget;
  /** The embedded instance, when the target is PGlite (migrations run through it). */
  readonly pglite: PGlite | undefined;
  /** Resolves when the database answers a trivial query; rejects with the driver's reason. */
  ping(): Promise<void>;
  /** Waits for in-flight queries, then closes the pool or flushes and closes PGlite. */
  close(): Promise<void>;
  /** The primary's connection pool, for metrics (PostgreSQL only; undefined for PGlite). */
  poolStats?(): PoolStats;
}

export interface PoolStats {
  /** Most connections the pool opens. */
  max: number;
  /** Connections open, and of those idle. */
  total: number;
  idle: number;
  /** Queries waiting for a connection right now. */
  waiting: number;
  /** Connections handed out since the start, and the seconds spent waiting for them in all. */
  acquired: number;
  waitSeconds: number;
}

export interface OpenDatabaseOptions {
  target?: DatabaseTarget;
  /** Called with every SQL statement the client sends (query-count tests, debug logs). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** Fail a query that waits longer than this for a pooled connection (default 5 s). */
  connectionTimeoutMs?: number;
  /**
   * PostgreSQL read replicas (postgresql:// URLs). Reads outside transactions go to them in turn;
   * writes, transactions, raw SQL and reads inside `readFromPrimary` go to the primary. Default:
   * DATABASE_REPLICA_URLS (comma-separated) when the target is DATABASE_URL, else none.
   */
  replicaUrls?: readonly string[];
  /** For an in-memory PGlite: start from this dumped data directory (`dumpDataDir`) instead of an empty one. */
  loadDataDir?: Blob;
  /**
   * For an in-memory PGlite: use this open instance (the caller's, tests' reused ones) instead of
   * creating one; close() then disconnects Prisma and leaves the instance open.
   */
  pglite?: PGlite;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const target = options.target ?? resolveDatabaseTarget();
  if (target.kind === 'postgres') {
    // Our own pool (the adapter ends it on disconnect), so its use and waits can be measured.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    });
    // An idle connection the server ends (a restart, a dropped database) is an 'error' event on the pool,
    // which would otherwise end the process; the pool discards that connection and opens another when
    // needed. Prisma's adapter listens only once it has connected, and the prepared reads may come first.
    const ignoreIdleError = () => {};
    pool.on('error', ignoreIdleError);
    const waits = measureWaits(pool);
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    const primary = createClient(adapter, options.onQuery);
    const replicaPools = replicaUrlsFor(target, options.replicaUrls).map((url) =>
      new pg.Pool({
        connectionString: url,
        max: options.poolSize ?? 10,
        connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      }).on('error', ignoreIdleError),
    );
    const replicas = replicaPools.map((replicaPool) =>
      createClient(new PrismaPg(replicaPool, { disposeExternalPool: true }), options.onQuery),
    );
    const prisma = replicas.length > 0 ? routeReadsToReplicas(primary, replicas) : primary;
    return {
      prisma,
      read: readPrepared({
        primary: pool,
        replicas: replicaPools,
        onPrimary: () => primaryOnly.getStore() === true,
        readsOnly,
        onQuery: options.onQuery,
      }),
      target,
      pglite: undefined,
      ping: () => primary.$queryRawUnsafe('SELECT 1').then(() => undefined),
      close: async () => {
        await Promise.all([primary, ...replicas].map((client) => client.$disconnect()));
        // Prisma ends a pool only if it connected through it: the prepared reads may have used it alone.
        await Promise.all([pool, ...replicaPools].filter((each) => !each.ended).map((each) => each.end()));
      },
      poolStats: () => ({
        max: pool.options.max ?? 10,
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
        ...waits,
      }),
    };
  }

  // An in-memory instance (tests) has no folder to protect.
  const inMemory = target.dataDir.startsWith('memory://');
  const releaseLock = inMemory ? async () => {} : await acquirePgliteLock(target.dataDir);
  const given = inMemory ? options.pglite : undefined;
  let pglite: PGlite;
  try {
    pglite =
      given ?? (await PGlite.create(target.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}));
  } catch (error) {
    await releaseLock();
    throw error;
  }
  const prisma = createClient(new PrismaPGlite(pglite), options.onQuery);
  return {
    prisma,
    read: readThroughPrisma(prisma),
    target,
    pglite,
    ping: () => pglite.query('SELECT 1').then(() => undefined),
    close: async () => {
      await prisma.$disconnect();
      if (given) return;
      // PGlite flushes its files on close; the lock goes only once that is done.
      await pglite.close();
      await releaseLock();
    },
  };
}

/** Counts connections handed out and the time spent waiting for them (both call styles of pg). */
function measureWaits(pool: pg.Pool): { acquired: number; waitSeconds: number } {
  const totals = { acquired: 0, waitSeconds: 0 };
  const connect = pool.connect.bind(pool) as (
    callback?: (error: Error | undefined, client: unknown, done: unknown) => void,
  ) => Promise<unknown> | undefined;
  const record = (started: bigint) => {
    totals.acquired += 1;
    totals.waitSeconds += Number(process.hrtime.bigint() - started) / 1e9;
  };
  (pool as { connect: unknown }).connect = (
    callback?: (error: Error | undefined, client: unknown, done: unknown) => void,
  ) => {
    const started = process.hrtime.bigint();
    if (callback) {
      return connect((error, client, done) => {
        if (!error) record(started);
        callback(error, client, done);
      });
    }
    return connect()!.then((client) => {
      record(started);
      return client;
    });
  };
  return totals;
}

function createClient(adapter: SqlDriverAdapterFactory, onQuery: ((sql: string) => void) | undefined): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma;
}

// Read replicas (DATABASE_REPLICA_URLS). A replica trails the primary by its replication lag, so a
// caller that must read what it has just written (a mutation reading back its result) runs inside
// `readFromPrimary`; the gateway does so for every mutation.

const primaryOnly = new AsyncLocalStorage<true>();

/** Runs `work` with every query it makes (however deep in its async calls) sent to the primary. */
export function readFromPrimary<T>(work: () => T): T {
  return primaryOnly.run(true, work);
}

/** The replica URLs from a comma-separated list (blank entries ignored). */
export function parseReplicaUrls(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

function replicaUrlsFor(target: DatabaseTarget, explicit: readonly string[] | undefined): readonly string[] {
  if (explicit) return explicit;
  // The listed replicas are DATABASE_URL's: a test database or another target has none.
  if (target.kind !== 'postgres' || target.url !== process.env.DATABASE_URL) return [];
  return parseReplicaUrls(process.env.DATABASE_REPLICA_URLS);
}

/** The model operations that only read (the gateway's cache invalidation treats the rest as writes). */
export const READ_OPERATIONS: ReadonlySet<string> = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);

/**
 * A raw statement that surely only reads: a SELECT or WITH naming no write, no row lock, no sequence
 * and no advisory lock. Anything else (a write's RETURNING, a claim FOR UPDATE) stays on the primary.
 */
export function readsOnly(sql: string): boolean {
  return (
    /^\s*(select|with)\b/i.test(sql) &&
    !/\b(insert|update|delete|merge|truncate|nextval|setval|pg_advisory\w*)\b|\bfor\s+(no\s+key\s+)?(update|share|key\s+share)\b/i.test(
      sql,
    )
  );
}

function routeReadsToReplicas(primary: PrismaClient, replicas: PrismaClient[]): PrismaClient {
  let next = 0;
  const routed = primary.$extends({
    query: {
      // The raw reads (the directory's search, a page of members as JSON) go to the replicas too.
      async $queryRaw({ args, query, ...rest }) {
        const internal = (rest as { __internalParams?: { transaction?: unknown } }).__internalParams;
        const inTransaction = internal === undefined || internal.transaction !== undefined;
        const statement = args as unknown as Prisma.Sql;
        if (inTransaction || primaryOnly.getStore() || !readsOnly(statement.sql)) return query(args);
        const replica = replicas[next++ % replicas.length]!;
        try {
          return await replica.$queryRaw(statement);
        } catch (error) {
          if (isDatabaseUnavailable(error)) return query(args);
          throw error;
        }
      },
      $allModels: {
        async $allOperations({ model, operation, args, query, ...rest }) {
          // Prisma marks queries that belong to a transaction; those stay on its connection. Should
          // that marker ever be missing, everything stays on the primary (never a wrong answer).
          const internal = (rest as { __internalParams?: { transaction?: unknown } }).__internalParams;
          const inTransaction = internal === undefined || internal.transaction !== undefined;
          if (!READ_OPERATIONS.has(operation) || inTransaction || primaryOnly.getStore()) return query(args);
          const replica = replicas[next++ % replicas.length]!;
          const delegate = (replica as unknown as Record<string, Record<string, (args: unknown) => Promise<unknown>>>)[
            lowerFirst(model)
          ]!;
          try {
            return await delegate[operation]!(args);
          } catch (error) {
            // A replica that cannot be reached is skipped: the primary answers instead.
            if (isDatabaseUnavailable(error)) return query(args);
            throw error;
          }
        },
      },
    },
  });
  return routed as unknown as PrismaClient;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
