import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printSchemaSDL, SCHEMA_FILE } from '../src/schema-sdl.ts';

it('schema.graphql is the schema the gateway serves (run `pnpm --filter @ekoacteurs/gateway print-schema`)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSchemaSDL());
});
