// Shared by the schema-engine tests: throwaway databases (a PostgreSQL database or a PGlite data
// directory), copies of the fixture project, and the real Prisma CLI run against them.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { expect } from 'vitest';
import { acquirePgliteLock } from '../src/pglite-lock.ts';

export type DatabaseKind = 'postgres' | 'pglite';
export const DATABASE_KINDS: DatabaseKind[] = ['postgres', 'pglite'];

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const SHIM_PATH = join(PACKAGE_DIR, 'engine/schema-engine.mjs');
const PRISMA_BIN = join(PACKAGE_DIR, 'node_modules/.bin/prisma');
const FIXTURE_DIR = join(PACKAGE_DIR, 'test/fixtures/engine-project');
export const INIT_MIGRATION = '20240101000000_init';

// Any database of the test server: the tests create their own databases next to it.
const PG_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ekoacteurs-${prefix}-`));
}

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** What selects this database for prisma.config.ts (DATABASE_URL or PGLITE_DATA_DIR). */
  readonly env: Record<string, string>;
  /** Runs a query on it; for PGlite, only while no other process has the data directory open. */
  query<Row>(sql: string): Promise<Row[]>;
  drop(): Promise<void>;
}

export function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'postgres' ? createPgDatabase() : createPgliteDatabase();
}

async function createPgDatabase(): Promise<TestDatabase> {
  const name = `ekoacteurs_engine_test_${randomUUID().replaceAll('-', '')}`;
  const url = new URL(PG_SERVER_URL);
  url.pathname = `/${name}`;
  await runPg(PG_SERVER_URL, `CREATE DATABASE "${name}"`);
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.href },
    async query<Row>(sql: string) {
      return (await runPg(url.href, sql)) as Row[];
    },
    async drop() {
      await runPg(PG_SERVER_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function runPg(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

let pgliteTemplate: Promise<string> | undefined;

/** A fresh data directory: a copy of one initialised once per test file (initdb takes seconds). */
async function createPgliteDatabase(): Promise<TestDatabase> {
  pgliteTemplate ??= (async () => {
    const dir = join(makeTempDir('pglite-template'), 'data');
    await (await PGlite.create(dir)).close();
    return dir;
  })();
  const root = makeTempDir('pglite');
  const dataDir = join(root, 'data');
  cpSync(await pgliteTemplate, dataDir, { recursive: true });
  return {
    kind: 'pglite',
    env: { PGLITE_DATA_DIR: dataDir },
    async query<Row>(sql: string) {
      const release = await acquirePgliteLock(dataDir);
      const pglite = await PGlite.create(dataDir);
      try {
        return (await pglite.query<Row>(sql)).rows;
      } finally {
        await pglite.close();
        await release();
      }
    },
    async drop() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** For afterAll in the files that create PGlite databases. */
export async function removePgliteTemplate(): Promise<void> {
  if (!pgliteTemplate) return;
  rmSync(dirname(await pgliteTemplate), { recursive: true, force: true });
  pgliteTemplate = undefined;
}

export interface CliResult {
  exitCode: number;
  /** stdout and stderr together. */
  output: string;
}

export interface TestProject {
  readonly dir: string;
  prisma(...args: string[]): Promise<CliResult>;
  /** Replaces prisma/schema.prisma with a file of the fixture project. */
  useSchema(fixtureFile: string): void;
  /** Adds a migration directory holding a file of the fixture project. */
  addMigration(name: string, fixtureFile: string): void;
  migrationSql(name: string): string;
  remove(): void;
}

/**
 * A copy of test/fixtures/engine-project, whose prisma.config.ts is this package's own (engine shim,
 * datasource selection) with the schema and migrations paths pointed at the copy.
 */
export function createTestProject(database: TestDatabase): TestProject {
  const dir = makeTempDir('project');
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  writeFileSync(
    join(dir, 'prisma.config.ts'),
    [
      `import config from ${JSON.stringify(join(PACKAGE_DIR, 'prisma.config.ts'))};`,
      `export default { ...config, schema: 'prisma/schema.prisma', migrations: { path: 'prisma/migrations' } };`,
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', ...database.env };
  // Only the test database's own variable selects it, and the engine is the one the config sets.
  for (const name of ['DATABASE_URL', 'PGLITE_DATA_DIR', 'PRISMA_SCHEMA_ENGINE_BINARY']) {
    if (!(name in database.env)) delete env[name];
  }
  const migrationsDir = join(dir, 'prisma/migrations');
  return {
    dir,
    prisma: (...args) => runCli(PRISMA_BIN, args, dir, env),
    useSchema(fixtureFile) {
      cpSync(join(FIXTURE_DIR, fixtureFile), join(dir, 'prisma/schema.prisma'));
    },
    addMigration(name, fixtureFile) {
      cpSync(join(FIXTURE_DIR, fixtureFile), join(migrationsDir, name, 'migration.sql'));
    },
    migrationSql: (name) => readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function runCli(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, output: `${stdout}${stderr}` });
    });
  });
}

/** Fails the test, with the CLI's output, unless it exited with 0. */
export function expectSuccess({ exitCode, output }: CliResult): void {
  if (exitCode !== 0) expect.fail(`prisma exited with ${exitCode}:\n${output}`);
}

export interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

export function migrationRows(database: TestDatabase): Promise<MigrationRow[]> {
  return database.query<MigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count
     FROM _prisma_migrations ORDER BY migration_name, started_at`,
  );
}

/** The checksum Prisma records for a migration: SHA-256 of its script. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whether a table or a function of that name exists. */
export async function objectExists(database: TestDatabase, name: string): Promise<boolean> {
  const [row] = await database.query<{ found: boolean }>(
    `SELECT to_regclass('public."${name}"') IS NOT NULL
         OR EXISTS (SELECT 1 FROM pg_proc WHERE proname = '${name}') AS found`,
  );
  return row?.found === true;
}
