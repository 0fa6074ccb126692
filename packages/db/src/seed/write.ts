// Writes built rows to the database: one transaction, tables in foreign-key order, chunks of rows.
// Refuses a database that already holds data unless asked to empty it first.
//
// Rows are typed by Prisma's createMany inputs, but written with one
// `INSERT … SELECT … FROM json_populate_recordset($1)` per chunk: PostgreSQL maps the JSON fields to
// the columns (enums, uuids, dates, jsonb) itself. With Prisma 7, `createMany` costs about 0.25 ms of
// client CPU per row (query compilation and argument serialisation), which put --scale 10000
// (≈300 000 rows) at over a minute; this path writes the same rows in a few seconds.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { SEED_TABLES, type SeedData, type SeedRows, type SeedSummary, type SeedTable } from './types.ts';

type Tx = Prisma.TransactionClient;
type Queryable = Pick<Tx, '$queryRawUnsafe'>;

/** Rows per INSERT (one JSON parameter each). */
export const CHUNK_SIZE = 2000;

export class SeedRefusedError extends Error {
  readonly nonEmptyTables: readonly string[];

  constructor(tables: readonly string[]) {
    const listed =
      tables.length > 4 ? `${tables.slice(0, 4).join(', ')} and ${tables.length - 4} more tables` : tables.join(', ');
    super(
      `The database already holds data (${listed}). ` +
        'The seed only fills an empty database; run it with --reset (or { reset: true }) to empty every table first.',
    );
    this.name = 'SeedRefusedError';
    this.nonEmptyTables = tables;
  }
}

/** Every model's table (the schema maps none, so table names are model names). */
function allTables(): string[] {
  return Object.values(Prisma.ModelName);
}

const quote = (table: string) => `"${table.replace(/"/g, '""')}"`;

/** The model tables that hold at least one row, in one query. */
export async function nonEmptyTables(db: Queryable): Promise<string[]> {
  const probes = allTables().map((table) => `SELECT '${table}' AS t WHERE EXISTS (SELECT 1 FROM ${quote(table)})`);
  let found: Array<{ t: string }>;
  try {
    found = await db.$queryRawUnsafe<Array<{ t: string }>>(probes.join(' UNION ALL '));
  } catch (error) {
    // 42P01: undefined table.
    if (/42P01|relation "\w+" does not exist/.test(String((error as Error)?.message))) {
      throw new Error('The database has no tables yet: apply the migrations first (pnpm db:deploy), then seed.', {
        cause: error,
      });
    }
    throw error;
  }
  return found.map((row) => row.t);
}

export interface WriteOptions {
  reset: boolean;
  /** Called after each table is written (progress output). */
  onTable?: (table: SeedTable, count: number) => void;
}

export async function writeSeedData(prisma: PrismaClient, data: SeedData, options: WriteOptions): Promise<SeedSummary> {
  return prisma.$transaction(
    async (tx) => {
      if (options.reset) {
        // One statement. The ledger refuses TRUNCATE (append-only trigger): a reset, a development and
        // benchmark tool run as the tables' owner, lifts that trigger for this transaction only.
        await tx.$executeRawUnsafe(`ALTER TABLE "ContributionEntry" DISABLE TRIGGER "ContributionEntry_no_truncate"`);
        await tx.$executeRawUnsafe(`TRUNCATE TABLE ${allTables().map(quote).join(', ')} CASCADE`);
        await tx.$executeRawUnsafe(`ALTER TABLE "ContributionEntry" ENABLE TRIGGER "ContributionEntry_no_truncate"`);
      } else {
        const filled = await nonEmptyTables(tx);
        if (filled.length > 0) throw new SeedRefusedError(filled);
      }
      const summary = {} as SeedSummary;
      // The directory's search document is computed by triggers (member-search migration): put it
      // off while writing, then compute it once per member rather than on insert and again per skill.
      await tx.$queryRawUnsafe(`SELECT set_config('eko.search_deferred', 'on', true)`);
      for (const table of SEED_TABLES) {
        summary[table] = await writeTable(tx, table, data.rows[table]);
        options.onTable?.(table, summary[table]);
      }
      await tx.$queryRawUnsafe(`SELECT set_config('eko.search_deferred', 'off', true)`);
      await tx.$executeRawUnsafe(`UPDATE "Member" SET "searchVector" = NULL`);
      return summary;
    },
    { maxWait: 60_000, timeout: 15 * 60_000 },
  );
}

async function writeTable<K extends SeedTable>(tx: Tx, table: K, rows: SeedRows[K]): Promise<number> {
  if (rows.length === 0) return 0;
  const tableName = quote(table.charAt(0).toUpperCase() + table.slice(1));
  const columns = Object.keys(rows[0]!);
  const expected = new Set(columns);
  for (const row of rows as ReadonlyArray<Record<string, unknown>>) {
    // A column missing from some rows would be written NULL instead of its default: refuse it.
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((key) => !expected.has(key) || row[key] === undefined)) {
      throw new Error(`Seed rows for ${table} do not all have the same columns (${columns.join(', ')})`);
    }
  }
  const list = columns.map(quote).join(', ');
  const sql = `INSERT INTO ${tableName} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${tableName}, $1::json)`;
  let written = 0;
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    written += await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(start, start + CHUNK_SIZE)));
  }
  return written;
}
