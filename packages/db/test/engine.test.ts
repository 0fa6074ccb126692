// The Prisma CLI through the wasm schema-engine shim on PostgreSQL (the same tests as on PGlite,
// see engine-cli-suite.ts), creating a missing database, and the commands that need none.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { describePrismaCli } from './engine-cli-suite.ts';
import {
  createTestDatabase,
  createTestProject,
  expectSuccess,
  INIT_MIGRATION,
  migrationRows,
} from './engine-harness.ts';

describePrismaCli('postgres');

test('migrate deploy creates a missing PostgreSQL database', { timeout: 120_000 }, async ({ expect }) => {
  const database = await createTestDatabase('postgres');
  const project = createTestProject(database);
  try {
    await database.drop();
    const deploy = await project.prisma('migrate', 'deploy');
    expectSuccess(deploy);
    expect(deploy.output).toMatch(/PostgreSQL database \S+ created/);
    expect((await migrationRows(database)).map((row) => row.migration_name)).toEqual([INIT_MIGRATION]);
  } finally {
    project.remove();
    await database.drop();
  }
});

test('prisma validate and prisma generate', { timeout: 120_000 }, async ({ expect }) => {
  const database = await createTestDatabase('postgres');
  const project = createTestProject(database);
  try {
    const validate = await project.prisma('validate');
    expectSuccess(validate);
    expect(validate.output).toContain('is valid');

    const generate = await project.prisma('generate');
    expectSuccess(generate);
    expect(existsSync(join(project.dir, 'generated/client/client.ts'))).toBe(true);
  } finally {
    project.remove();
    await database.drop();
  }
});
