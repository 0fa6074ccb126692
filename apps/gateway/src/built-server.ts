// Where `pnpm build` writes the gateway's bundle (what `npm start` runs), for harnesses that run
// the gateway as its own process. Its own entry point, so importing it loads nothing else.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILT_SERVER = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'server.mjs');
