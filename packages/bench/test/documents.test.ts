// The bench's GraphQL documents against the committed schema: a schema change that breaks them
// fails here, in CI, rather than in the middle of a bench run.
import { buildSchema, parse, validate } from 'graphql';
import { expect, it } from 'vitest';
import { readSchemaSdl } from '@ekoacteurs/contract/schema-file';
import { DOCUMENTS } from '../src/operations.ts';

const schema = buildSchema(readSchemaSdl());

it.each(Object.entries(DOCUMENTS))(
  '%s is valid against the committed schema (@ekoacteurs/contract)',
  (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  },
);
