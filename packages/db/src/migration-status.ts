// Which committed migrations a database has not applied yet (read-only; never applies anything).
import { readdirSync } from 'node:fs';
import type { PrismaClient } from './generated/prisma/client.ts';
import { MIGRATIONS_DIR } from './paths.ts';

export function committedMigrations(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function pendingMigrations(prisma: PrismaClient, dir = MIGRATIONS_DIR): Promise<string[]> {
  const [{ exists }] = await prisma.$queryRawUnsafe<[{ exists: boolean }]>(
    `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`,
  );
  const applied = exists
    ? new Set(
        (
          await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
            'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
          )
        ).map((row) => row.migration_name),
      )
    : new Set<string>();
  return committedMigrations(dir).filter((name) => !applied.has(name));
}
