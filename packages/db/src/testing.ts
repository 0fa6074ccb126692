// Isolated databases for tests, so test files run in parallel without seeing each other's rows.
// PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) is set: each call clones a migrated template
// database (CREATE DATABASE … TEMPLATE, milliseconds). Otherwise an in-memory PGlite loaded from a
// migrated data directory dumped once per set of migrations (initdb and migrating cost seconds per
// instance; loading a dump costs a fraction of that).
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from './client.ts';
import { applyPendingMigrations } from './migrate.ts';
import { committedMigrations } from './migration-status.ts';
import { MIGRATIONS_DIR, PACKAGE_ROOT } from './paths.ts';

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
    const loadDataDir = await migratedPgliteDump();
    return openDatabase({ target: { kind: 'pglite', dataDir: 'memory://' }, loadDataDir, onQuery: options.onQuery });
  }
  const template = await ensureTemplate(serverUrl);
  const name = `eko_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const db = await openDatabase({
    target: { kind: 'postgres', url: withDatabase(serverUrl, name) },
    onQuery: options.onQuery,
    poolSize: 20,
  });
  return {
    ...db,
    close: async () => {
      await db.close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * Builds what createTestDatabase clones from, once per test run rather than once per test file:
 * the migrated PostgreSQL template, or the migrated PGlite dump. For a vitest globalSetup.
 */
export async function prepareTestDatabases(): Promise<void> {
  const serverUrl = testPostgresUrl();
  if (serverUrl) await ensureTemplate(serverUrl);
  else await migratedPgliteDump();
}

/** Hash of the committed migrations: a template is reused only for the migrations it was built from. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const name of committedMigrations())
    hash.update(name).update(readFileSync(join(MIGRATIONS_DIR, name, 'migration.sql')));
  return hash.digest('hex').slice(0, 16);
}

let pgliteDump: Promise<Blob> | undefined;

/**
 * A migrated PGlite data directory as a tarball, kept in the system's temporary folder under the
 * migrations' hash (and PGlite's version), so every test file of every run loads it instead of
 * running initdb and the migrations again. Written to a unique name then renamed: files racing to
 * build it each write a whole one, and a reader never sees half a file.
 */
function migratedPgliteDump(): Promise<Blob> {
  pgliteDump ??= (async () => {
    const dir = join(tmpdir(), 'ekoacteurs-test-pglite');
    const file = join(dir, `${migrationsHash()}-pglite-${pgliteVersion()}.tar`);
    try {
      return new Blob([readFileSync(file)]);
    } catch {
      const pglite = await PGlite.create('memory://');
      try {
        await applyPendingMigrations({ kind: 'pglite', pglite });
        const dump = await pglite.dumpDataDir('none');
        mkdirSync(dir, { recursive: true });
        const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
        writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
        renameSync(partial, file);
        return dump;
      } finally {
        await pglite.close();
      }
    }
  })();
  return pgliteDump;
}

function pgliteVersion(): string {
  return (
    JSON.parse(readFileSync(join(PACKAGE_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/** One migrated template per set of migrations; concurrent test files wait for the first to build it. */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const template = `eko_template_${migrationsHash()}`;
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
