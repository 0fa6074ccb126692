// Where this package's files are on disk. Resolved through the package's own name, so the answer
// is right from the TypeScript sources and from an app's bundle alike.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const PACKAGE_ROOT = dirname(require.resolve('@ekoacteurs/db/package.json'));
export const MIGRATIONS_DIR = join(PACKAGE_ROOT, 'prisma', 'migrations');
