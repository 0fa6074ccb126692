// The hot reads' way to the database: a statement that only reads (the directory's page, a member's
// profile as JSON) sent straight to PostgreSQL as a named prepared statement — parsed and planned once
// per connection, then only bound and executed — instead of through Prisma's engine, which compiles
// every raw statement again and walks every value of its rows (measured: Prisma's query compiler and
// result interpretation were ~13 % of the gateway's CPU on the directory page).
//
// Same routing as Prisma's reads (client.ts): read replicas in turn, the primary inside
// `readFromPrimary`, the primary when a replica cannot be reached. Never inside a transaction: a
// prepared read runs on a connection of its own. The embedded PGlite has no such cost to save: there
// the statement goes through Prisma as before.
//
// Rows come as the pg driver reads them: text, uuid and integer columns as strings and numbers (what
// Prisma returns for them too); callers select only such columns (JSON as ::text, counts as ::int).
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Prisma, PrismaClient } from './generated/prisma/client.ts';
import { isDatabaseUnavailable } from './unreachable.ts';

/** Runs a statement that only reads and returns its rows. */
export type ReadSql = <Row>(statement: Prisma.Sql) => Promise<Row[]>;

const names = new Map<string, string>();
/**
 * How many statements are prepared at the most (on each connection, where PostgreSQL keeps each one's
 * plan until the connection closes). The hot reads are a few shapes; queries selecting other fields make
 * others: past this many, a new text runs unprepared, so no caller can grow the database's memory.
 */
export const MAX_PREPARED = 200;

/** The prepared statement's name for this text (the same on every connection), or undefined past MAX_PREPARED. */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `read_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/** Through Prisma (PGlite, or any client without a pool of its own). */
export function readThroughPrisma(prisma: Pick<PrismaClient, '$queryRaw'>): ReadSql {
  return <Row>(statement: Prisma.Sql) => prisma.$queryRaw<Row[]>(statement);
}

/** Prepared on PostgreSQL: replicas in turn unless `onPrimary()` says so; an unreachable replica is skipped. */
export function readPrepared(options: {
  primary: pg.Pool;
  replicas: readonly pg.Pool[];
  onPrimary: () => boolean;
  /** Whether a statement surely only reads (client.ts): anything else runs on the primary. */
  readsOnly: (sql: string) => boolean;
  onQuery?: (sql: string) => void;
}): ReadSql {
  const { primary, replicas, onPrimary, readsOnly, onQuery } = options;
  let next = 0;
  const run = async <Row>(pool: pg.Pool, statement: Prisma.Sql): Promise<Row[]> => {
    const text = statement.text;
    onQuery?.(text);
    const name = statementName(text);
    const values = statement.values as unknown[];
    const result = await pool.query(name ? { name, text, values } : { text, values });
    return result.rows as Row[];
  };
  return async <Row>(statement: Prisma.Sql) => {
    // A statement that might write (or lock) goes to the primary whatever the caller said.
    if (replicas.length === 0 || onPrimary() || !readsOnly(statement.sql)) return run<Row>(primary, statement);
    const replica = replicas[next++ % replicas.length]!;
    try {
      return await run<Row>(replica, statement);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return run<Row>(primary, statement);
      throw error;
    }
  };
}
