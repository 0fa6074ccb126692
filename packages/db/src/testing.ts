// Isolated databases for tests, so test files run in parallel without seeing each other's rows.
// PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) is set: each call clones a migrated template
// database (CREATE DATABASE … TEMPLATE, milliseconds). Otherwise an in-memory PGlite, migrated.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from './client.ts';
import { applyPendingMigrations } from './migrate.ts';
import { committedMigrations } from './migration-status.ts';
import { MIGRATIONS_DIR } from './paths.ts';

export interface TestDatabase extends Database {
  /** Closes the connection and deletes the database. */
  close(): Promise<void>;
}

export function testPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || undefined;
}

export async function createTestDatabase(options: { onQuery?: (sql: string) => void } = {}): Promise<TestDatabase> {
  const serverUrl = testPostgresUrl();
  if (!serverUrl) {
    const db = await openDatabase({ target: { kind: 'pglite', dataDir: 'memory://' }, onQuery: options.onQuery });
    await applyPendingMigrations({ kind: 'pglite', pglite: db.pglite! });
    return db;
  }
  const template = await ensureTemplate(serverUrl);
  const name = `eko_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const db = await openDatabase({ target: { kind: 'postgres', url: withDatabase(serverUrl, name) }, onQuery: options.onQuery, poolSize: 20 });
  return {
    ...db,
    close: async () => {
      await db.close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** One migrated template per set of migrations; concurrent test files wait for the first to build it. */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of committedMigrations()) hash.update(name).update(readFileSync(join(MIGRATIONS_DIR, name, 'migration.sql')));
  const template = `eko_template_${hash.digest('hex').slice(0, 16)}`;
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(727274)');
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      await applyPendingMigrations({ kind: 'postgres', url: withDatabase(serverUrl, building) });
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(727274)');
    }
  });
  return template;
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
