// Prisma CLI configuration (prisma generate, migrate *, db *), run from packages/db.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { resolveDatabaseTarget, toCliDatasourceUrl } from './src/database-url.ts';

// The CLI would download its native schema engine before every command, which cannot work
// offline. It uses this executable instead: the same engine, compiled to wasm (see its header).
// The CLI reads this file before it looks for the engine, so setting the variable here is enough.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('./engine/schema-engine.mjs', import.meta.url));

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // PostgreSQL when DATABASE_URL is set, else the embedded PGlite, whose data directory travels
  // inside a PostgreSQL-looking URL only our engine understands (engine/datasource-url.mjs).
  datasource: { url: toCliDatasourceUrl(resolveDatabaseTarget()) },
});
