// Applies the committed SQL migrations from a running process (the gateway does so at start on the
// embedded database), through the same wasm schema engine as `prisma migrate deploy`, so that the
// `_prisma_migrations` rows are the ones the CLI writes.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { MigrationDirectory, MigrationList } from '@prisma/schema-engine-wasm';
import { panicMessage, startSchemaEngine } from '../engine/wasm-engine.mjs';
import { MIGRATIONS_DIR } from './paths.ts';

export type MigrationTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; pglite: PGlite /* already open */ };

export interface ApplyPendingMigrationsOptions {
  /** Defaults to this package's prisma/migrations. */
  migrationsDir?: string;
}

/**
 * Applies the migrations not yet applied, in order, and resolves to their names. Rejects, with the
 * engine's message, on the first failing one; that one is recorded as failed, as by the CLI. A
 * PGlite instance is left open.
 */
export async function applyPendingMigrations(
  target: MigrationTarget,
  { migrationsDir = MIGRATIONS_DIR }: ApplyPendingMigrationsOptions = {},
): Promise<string[]> {
  const migrationsList = await readMigrationsList(resolve(migrationsDir));
  const { engine, close } = await startSchemaEngine({ database: target });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    });
    return appliedMigrationNames;
  } catch (error) {
    const panic = panicMessage(error);
    throw panic === undefined ? error : new Error(`The schema engine panicked: ${panic}`, { cause: error });
  } finally {
    await close();
  }
}

/** The migrations directory as the Prisma CLI 7.10.1 hands it to the engine. */
async function readMigrationsList(baseDir: string): Promise<MigrationList> {
  const lockfilePath = 'migration_lock.toml';
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async ({ name }): Promise<MigrationDirectory> => {
        const path = 'migration.sql';
        const content = await readFile(join(baseDir, name, path), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        );
        return { path: name, migrationFile: { path, content } };
      }),
  );
  return {
    baseDir,
    lockfile: {
      path: lockfilePath,
      content: await readFile(join(baseDir, lockfilePath), 'utf8').catch(() => null),
    },
    migrationDirectories: migrationDirectories.sort((a, b) => a.path.localeCompare(b.path)),
    shadowDbInitScript: '',
  };
}
