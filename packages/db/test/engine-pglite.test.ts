// The Prisma CLI through the wasm schema-engine shim on the embedded PGlite (the same tests as on
// PostgreSQL, see engine-cli-suite.ts).
import { afterAll } from 'vitest';
import { describePrismaCli } from './engine-cli-suite.ts';
import { removePgliteTemplate } from './engine-harness.ts';

afterAll(removePgliteTemplate);

describePrismaCli('pglite');
