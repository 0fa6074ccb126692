// Only the columns a query asks for are read: every type backed by a Prisma model is declared in
// Pothos's select mode (a `select` of what its own rules read, each field selecting its columns).
// A type in include mode reads every column of its row whatever the query asks for: a public list
// would read the private and long ones it never shows (a workshop's visio link, a page's sections, a
// token's hash). test/network/seeded.test.ts checks the hot reads' statements themselves.
import { isInterfaceType, isObjectType } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

it('declares every Prisma-backed type in select mode', () => {
  const prismaTypes = Object.values(schema.getTypeMap()).filter(
    (type) => (isObjectType(type) || isInterfaceType(type)) && type.extensions?.pothosPrismaModel,
  );
  expect(prismaTypes.length).toBeGreaterThan(20);
  const inIncludeMode = prismaTypes
    .filter((type) => (type.extensions as { pothosPrismaSelect?: unknown }).pothosPrismaSelect === undefined)
    .map((type) => type.name);
  expect(inIncludeMode).toEqual([]);
});
