// Isolated databases for tests, so test files run in parallel without seeing each other's rows.
// PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) is set: each call clones a migrated template
// database (CREATE DATABASE … TEMPLATE, milliseconds). Otherwise an in-memory PGlite loaded from a
// migrated data directory dumped once per set of migrations (initdb and migrating cost seconds per
// instance; loading a dump costs a fraction of that), and an instance a test has closed is emptied
// and handed to the worker's next test rather than loaded again.
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
    const lease = await leasePglite();
    const db = await openDatabase({
      target: { kind: 'pglite', dataDir: 'memory://' },
      pglite: lease.pglite,
      onQuery: options.onQuery,
    });
    return {
      ...db,
      close: async () => {
        await db.close();
        await lease.release();
      },
    };
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

/**
 * This worker's PGlite instances that tests have closed, emptied back to the migrated state: opening
 * one from the dump costs most of a second (a new WASM instance, the 40 MB data directory unpacked,
 * PostgreSQL started), emptying its tables a few milliseconds. A gateway file runs after another in
 * the same worker (isolate: false), so most files get one of these.
 */
const spare: PGlite[] = [];
const MAX_SPARE = 2;
let migratedShape: Promise<string> | undefined;

/**
 * Everything a test could change besides rows that emptying would not undo: tables, columns,
 * indexes, triggers, functions, applied migrations, roles and schemas. An instance whose shape
 * differs from a fresh one's after emptying is closed instead of reused.
 */
const SHAPE_SQL = `SELECT md5(concat_ws('|',
  (SELECT string_agg(c.relname || ':' || c.relkind::text || ':' || a.attname || ':' || a.atttypid::text || ':' || a.attnotnull::text
     || ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), ''), ',' ORDER BY c.relname, a.attnum)
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')),
  (SELECT string_agg(tgrelid::regclass || ':' || tgname || ':' || tgenabled::text, ',' ORDER BY tgrelid::regclass::text, tgname)
     FROM pg_trigger WHERE NOT tgisinternal),
  (SELECT string_agg(p.proname || ':' || md5(p.prosrc), ',' ORDER BY p.proname, md5(p.prosrc))
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')),
  (SELECT string_agg(id || ':' || checksum, ',' ORDER BY id) FROM public."_prisma_migrations"),
  (SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles),
  (SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace),
  (SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database)
)) AS shape`;

async function shapeOf(pglite: PGlite): Promise<string> {
  return (await pglite.query<{ shape: string }>(SHAPE_SQL)).rows[0]!.shape;
}

interface PgliteLease {
  /** The instance as the test sees it: refuses every use once released. */
  pglite: PGlite;
  release(): Promise<void>;
}

async function leasePglite(): Promise<PgliteLease> {
  let pglite = spare.pop();
  if (!pglite) {
    pglite = await PGlite.create('memory://', { loadDataDir: await migratedPgliteDump() });
    migratedShape ??= shapeOf(pglite);
    await migratedShape;
  }
  const instance = pglite;
  let released = false;
  // A query after the test closed its database (a timer or worker it did not stop) must fail as it
  // would on a closed instance, not reach the next test's rows.
  const guarded = new Proxy(instance, {
    get(target, property) {
      if (released) {
        if (property === 'closed') return true;
        if (property === 'then') return undefined;
        throw new Error('PGlite is closed');
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    pglite: guarded,
    release: async () => {
      if (released) return;
      released = true;
      if (instance.closed) return;
      if (spare.length < MAX_SPARE && (await emptied(instance))) spare.push(instance);
      else await instance.close();
    },
  };
}

/** Empties every table back to the migrated state; false when the instance is no longer like a fresh one. */
async function emptied(pglite: PGlite): Promise<boolean> {
  try {
    // A transaction the test left open, then the session's settings, prepared statements, locks,
    // listeners and temporary tables (DISCARD ALL refuses to run inside a transaction block).
    await pglite.exec('ROLLBACK');
    await pglite.exec('DISCARD ALL');
    const { rows } = await pglite.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    // Without triggers: the ledger's append-only trigger refuses TRUNCATE (it is not a test's doing).
    await pglite.exec(
      `SET session_replication_role = replica; TRUNCATE ${rows.map((row) => row.name).join(', ')} RESTART IDENTITY; RESET session_replication_role`,
    );
    return (await shapeOf(pglite)) === (await migratedShape);
  } catch {
    return false;
  }
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
