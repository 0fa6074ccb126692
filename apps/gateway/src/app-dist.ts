// Where the built portal and console live: their workspace packages' dist folders.
// Resolved through the workspace links, so it works from source (tsx) and from the bundle.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function appDistDir(app: 'portal' | 'console'): string {
  return join(dirname(require.resolve(`@ekoacteurs/${app}/package.json`)), 'dist');
}
