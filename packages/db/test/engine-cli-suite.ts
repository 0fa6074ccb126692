// The Prisma CLI, spawned for real, running its migrate and db commands through the wasm
// schema-engine shim. The same tests run on PostgreSQL (engine.test.ts) and on the embedded PGlite
// (engine-pglite.test.ts): two files, so that vitest runs them in parallel.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import {
  createTestDatabase,
  createTestProject,
  type DatabaseKind,
  expectSuccess,
  INIT_MIGRATION,
  migrationRows,
  objectExists,
  sha256,
  type TestDatabase,
  type TestProject,
} from './engine-harness.ts';

const BROKEN_MIGRATION = '20300101000000_broken';

export function describePrismaCli(kind: DatabaseKind): void {
  describe(`Prisma CLI on ${kind}`, { timeout: 180_000 }, () => {
    // Each test gets a database and a project of its own.
    const it = test.extend<{ database: TestDatabase; project: TestProject }>({
      // oxlint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
      database: async ({}, use) => {
        const database = await createTestDatabase(kind);
        await use(database);
        await database.drop();
      },
      project: async ({ database }, use) => {
        const project = createTestProject(database);
        await use(project);
        project.remove();
      },
    });

    async function deploy(project: TestProject) {
      expectSuccess(await project.prisma('migrate', 'deploy'));
    }

    async function columnExists(database: TestDatabase, table: string, column: string) {
      const rows = await database.query(
        `SELECT 1 FROM information_schema.columns WHERE table_name = '${table}' AND column_name = '${column}'`,
      );
      return rows.length > 0;
    }

    it('migrate status reports pending migrations until migrate deploy applies them', async ({
      database,
      project,
      expect,
    }) => {
      const pending = await project.prisma('migrate', 'status');
      expect(pending.exitCode).not.toBe(0);
      expect(pending.output).toMatch(new RegExp(`have not yet been applied:\\s+${INIT_MIGRATION}`));

      const deployed = await project.prisma('migrate', 'deploy');
      expectSuccess(deployed);
      expect(deployed.output).toContain('All migrations have been successfully applied.');

      const upToDate = await project.prisma('migrate', 'status');
      expectSuccess(upToDate);
      expect(upToDate.output).toContain('Database schema is up to date!');

      expect(await migrationRows(database)).toEqual([
        {
          migration_name: INIT_MIGRATION,
          checksum: sha256(project.migrationSql(INIT_MIGRATION)),
          finished_at: expect.any(Date),
          rolled_back_at: null,
          logs: null,
          applied_steps_count: 1,
        },
      ]);
      // Its `$$` body contains a `;`: the script reached the database whole.
      expect(await objectExists(database, 'title_length')).toBe(true);
    });

    it('migrate dev creates and applies a migration for a schema change', async ({ database, project, expect }) => {
      await deploy(project);
      project.useSchema('schema.v2.prisma');

      const dev = await project.prisma('migrate', 'dev', '--name', 'add_isbn');
      expectSuccess(dev);

      const created = readdirSync(join(project.dir, 'prisma/migrations')).find((name) => name.endsWith('_add_isbn'));
      expect(created).toMatch(/^\d{14}_add_isbn$/);
      expect(project.migrationSql(created!)).toMatch(/ALTER TABLE "Book" ADD COLUMN\s+"isbn" TEXT;/);
      expect((await migrationRows(database)).map((row) => [row.migration_name, row.finished_at !== null])).toEqual([
        [INIT_MIGRATION, true],
        [created, true],
      ]);
      expect(await columnExists(database, 'Book', 'isbn')).toBe(true);

      // The database, as the engine reads it back, now matches the schema.
      const inSync = await project.prisma(
        'migrate',
        'diff',
        '--from-config-datasource',
        '--to-schema',
        'prisma/schema.prisma',
        '--exit-code',
      );
      expectSuccess(inSync);
      expect(inSync.output).toContain('No difference detected.');
    });

    it('a failing migration is recorded as failed and leaves nothing of itself', async ({
      database,
      project,
      expect,
    }) => {
      await deploy(project);
      project.addMigration(BROKEN_MIGRATION, 'broken-migration.sql');

      const failed = await project.prisma('migrate', 'deploy');
      expect(failed.exitCode).not.toBe(0);
      expect(failed.output).toContain('MissingTable');

      const broken = (await migrationRows(database)).find((row) => row.migration_name === BROKEN_MIGRATION);
      // Failing on its last statement proves the `$$` body before it was not cut at its `;`.
      expect(broken).toMatchObject({
        finished_at: null,
        rolled_back_at: null,
        applied_steps_count: 0,
        logs: expect.stringContaining('MissingTable'),
      });
      expect(await objectExists(database, 'Draft')).toBe(false);
      expect(await objectExists(database, 'draft_count')).toBe(false);

      const status = await project.prisma('migrate', 'status');
      expect(status.exitCode).not.toBe(0);
      expect(status.output).toContain(`have failed:\n${BROKEN_MIGRATION}`);
    });

    it('migrate diff, db push and migrate reset', async ({ database, project, expect }) => {
      // --from-migrations replays the migrations in a shadow database.
      const noDrift = await project.prisma(
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        'prisma/schema.prisma',
        '--exit-code',
      );
      expectSuccess(noDrift);
      expect(noDrift.output).toContain('No difference detected.');

      const script = await project.prisma(
        'migrate',
        'diff',
        '--from-config-datasource',
        '--to-schema',
        'schema.v2.prisma',
        '--script',
      );
      expectSuccess(script);
      expect(script.output).toMatch(/CREATE TABLE "Book" \([^;]*"isbn" TEXT,/);

      project.useSchema('schema.v2.prisma');
      const push = await project.prisma('db', 'push');
      expectSuccess(push);
      expect(await columnExists(database, 'Book', 'isbn')).toBe(true);

      const reset = await project.prisma('migrate', 'reset', '--force');
      expectSuccess(reset);
      expect(await columnExists(database, 'Book', 'isbn')).toBe(false);
      expect((await migrationRows(database)).map((row) => row.migration_name)).toEqual([INIT_MIGRATION]);
    });
  });
}
