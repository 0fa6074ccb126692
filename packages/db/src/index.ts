// The database package's public surface: open a database, and the generated Prisma types.
export {
  openDatabase,
  parseReplicaUrls,
  READ_OPERATIONS,
  readFromPrimary,
  type Database,
  type OpenDatabaseOptions,
  type PoolStats,
  type ReadSql,
} from './client.ts';
export { resolveDatabaseTarget, type DatabaseTarget } from './database-url.ts';
export { isDatabaseUnavailable } from './unreachable.ts';
export { applyPendingMigrations } from './migrate.ts';
export { pendingMigrations, committedMigrations } from './migration-status.ts';
export { MIGRATIONS_DIR } from './paths.ts';
export { PrismaClient, Prisma } from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
export type * from './generated/prisma/models.ts';
