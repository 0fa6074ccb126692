// The bench's GraphQL documents against the committed schema: a schema change that breaks them
// fails here, in CI, rather than in the middle of a bench run.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { expect, it } from 'vitest';
import { DOCUMENTS } from '../src/operations.ts';

const schema = buildSchema(readFileSync(new URL('../../../apps/gateway/schema.graphql', import.meta.url), 'utf8'));

it.each(Object.entries(DOCUMENTS))('%s is valid against apps/gateway/schema.graphql', (_name, document) => {
  expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
});
