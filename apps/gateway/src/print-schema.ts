// Writes the schema as SDL to packages/contract/schema.graphql (committed: every API change is a
// diff, and the client generates its typed documents from it).
// Usage: pnpm --filter @ekoacteurs/gateway print-schema
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from '@ekoacteurs/contract/schema-file';
import { printSchemaSDL } from './schema-sdl.ts';

writeFileSync(SCHEMA_FILE, printSchemaSDL());
console.log(`Wrote ${SCHEMA_FILE}`);
