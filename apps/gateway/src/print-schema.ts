// Writes the schema as SDL to apps/gateway/schema.graphql (committed: every API change is a diff).
// Usage: pnpm --filter @ekoacteurs/gateway print-schema
import { writeFileSync } from 'node:fs';
import { printSchemaSDL, SCHEMA_FILE } from './schema-sdl.ts';

writeFileSync(SCHEMA_FILE, printSchemaSDL());
console.log(`Wrote ${SCHEMA_FILE}`);
