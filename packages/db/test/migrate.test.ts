// applyPendingMigrations (what the gateway runs at start) against `prisma migrate deploy`.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, test } from 'vitest';
import { applyPendingMigrations } from '../src/migrate.ts';
import { acquirePgliteLock } from '../src/pglite-lock.ts';
import {
  createTestDatabase,
  createTestProject,
  DATABASE_KINDS,
  expectSuccess,
  INIT_MIGRATION,
  migrationRows,
  objectExists,
  removePgliteTemplate,
  sha256,
  type MigrationRow,
  type TestDatabase,
} from './engine-harness.ts';

const SECOND_MIGRATION = '20240102000000_book_title_index';
const BROKEN_MIGRATION = '20300101000000_broken';

afterAll(removePgliteTemplate);

/** Runs applyPendingMigrations on the test database, as the gateway would. */
async function applyTo(database: TestDatabase, migrationsDir: string): Promise<string[]> {
  if (database.kind === 'postgres') {
    return applyPendingMigrations({ kind: 'postgres', url: database.env.DATABASE_URL! }, { migrationsDir });
  }
  const dataDir = database.env.PGLITE_DATA_DIR!;
  const release = await acquirePgliteLock(dataDir);
  const pglite = await PGlite.create(dataDir);
  try {
    return await applyPendingMigrations({ kind: 'pglite', pglite }, { migrationsDir });
  } finally {
    await pglite.close();
    await release();
  }
}

/** What must not depend on who applied a migration, nor when. */
function comparable(row: MigrationRow) {
  const { migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count } = row;
  return { migration_name, checksum, finished: finished_at !== null, rolled_back_at, logs, applied_steps_count };
}

describe.each(DATABASE_KINDS)('applyPendingMigrations on %s', { timeout: 180_000 }, (kind) => {
  test('records the same _prisma_migrations rows as prisma migrate deploy', async () => {
    const viaCli = await createTestDatabase(kind);
    const viaApi = await createTestDatabase(kind);
    const project = createTestProject(viaCli);
    const migrationsDir = join(project.dir, 'prisma/migrations');
    try {
      project.addMigration(SECOND_MIGRATION, 'second-migration.sql');
      const deploy = await project.prisma('migrate', 'deploy');
      expectSuccess(deploy);

      expect(await applyTo(viaApi, migrationsDir)).toEqual([INIT_MIGRATION, SECOND_MIGRATION]);
      expect(await applyTo(viaApi, migrationsDir)).toEqual([]);

      const cliRows = (await migrationRows(viaCli)).map(comparable);
      expect((await migrationRows(viaApi)).map(comparable)).toEqual(cliRows);
      expect(cliRows.map(({ migration_name, checksum }) => [migration_name, checksum])).toEqual([
        [INIT_MIGRATION, sha256(project.migrationSql(INIT_MIGRATION))],
        [SECOND_MIGRATION, sha256(project.migrationSql(SECOND_MIGRATION))],
      ]);

      // A failing migration rejects, and is recorded as failed with nothing of it applied.
      project.addMigration(BROKEN_MIGRATION, 'broken-migration.sql');
      await expect(applyTo(viaApi, migrationsDir)).rejects.toThrow(/MissingTable/);
      expect((await migrationRows(viaApi)).at(-1)).toMatchObject({
        migration_name: BROKEN_MIGRATION,
        finished_at: null,
        logs: expect.stringContaining('MissingTable'),
      });
      expect(await objectExists(viaApi, 'Draft')).toBe(false);
    } finally {
      project.remove();
      await Promise.all([viaCli.drop(), viaApi.drop()]);
    }
  });
});
