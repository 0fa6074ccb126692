// Which database this process uses. One rule for every entry point (the Prisma CLI through
// prisma.config.ts, the gateway, scripts):
//
//   DATABASE_URL set    PostgreSQL at that URL (postgresql://… or postgres://…)
//   DATABASE_URL unset  the embedded PGlite, in PGLITE_DATA_DIR if set, else <repo root>/.data/pglite
//
// Resolution is pure: the data directory is created by whoever opens it (see pglite-lock.ts).
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from './paths.ts';

export { toCliDatasourceUrl } from '../engine/datasource-url.mjs';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/**
 * `<repo root>/.data/pglite` (git-ignored), found from the package's location, so it is right from
 * an app's bundle too.
 */
export const DEFAULT_PGLITE_DATA_DIR = join(PACKAGE_ROOT, '..', '..', '.data', 'pglite');

export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  // An empty value (a blank line in a .env file) counts as unset.
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must be a PostgreSQL URL (postgresql://…); unset it to use the embedded database');
    }
    return { kind: 'postgres', url };
  }
  const dataDir = env.PGLITE_DATA_DIR ? resolve(env.PGLITE_DATA_DIR) : DEFAULT_PGLITE_DATA_DIR;
  return { kind: 'pglite', dataDir };
}
