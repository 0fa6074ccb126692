// The committed SDL (packages/contract/schema.graphql) is the schema this gateway serves.
import { expect, it } from 'vitest';
import { readSchemaSdl } from '@ekoacteurs/contract/schema-file';
import { printSchemaSDL } from '../src/schema-sdl.ts';

it('packages/contract/schema.graphql is the schema the gateway serves (run `pnpm --filter @ekoacteurs/gateway print-schema`)', () => {
  expect(readSchemaSdl()).toBe(printSchemaSDL());
});
