// Abusive documents are refused before anything executes, quickly, with their documented code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startSecuredServer, type Answer, type SecuredServer } from './server.ts';

let dev: SecuredServer;
let production: SecuredServer;
let shallow: SecuredServer;

beforeAll(async () => {
  [dev, production, shallow] = await Promise.all([
    startSecuredServer(),
    startSecuredServer({ config: { NODE_ENV: 'production' } }),
    startSecuredServer({ limits: { maxDepth: 3 } }),
  ]);
});
afterAll(() => Promise.all([dev?.stop(), production?.stop(), shallow?.stop()]));

function expectRefused(answer: Answer, code: string) {
  expect(codes(answer)).toEqual([code]);
  expect(answer.status).toBe(400);
  expect(answer.body?.data).toBeUndefined();
  expect(answer.ms).toBeLessThan(1_000);
}

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

describe('static limits', () => {
  it('refuses an alias bomb', async () => {
    const answer = await dev.post({ query: `{ ${repeat(40, (i) => `a${i}: federationStats { activeMembers }`)} }` });
    expectRefused(answer, 'TOO_MANY_ALIASES');
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 20, found: 40 });
    expect(answer.body?.errors?.[0]?.message).toMatch(/40 aliases; the limit is 20/);
  });

  it('refuses a selection set of more than 50 fields before validating it (validation compares them pairwise)', async () => {
    const answer = await dev.post({ query: `{ ${repeat(51, () => 'federationStats { activeMembers }')} }` });
    expectRefused(answer, 'TOO_MANY_SELECTIONS');
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 50, found: 51 });
  });

  it('refuses a document of more than 500 fields, counted across selection sets and fragments', async () => {
    const fragments = repeat(12, (i) => `fragment F${i} on FederationStats { ${repeat(45, () => 'activeMembers')} }`);
    const answer = await dev.post({ query: `{ federationStats { ${repeat(12, (i) => `...F${i}`)} } } ${fragments}` });
    expectRefused(answer, 'TOO_MANY_SELECTIONS');
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 500, found: 541 });
  });

  it('refuses an alias bomb too large to even parse on its token count', async () => {
    const answer = await dev.post({ query: `{ ${repeat(5_000, (i) => `a${i}: __typename`)} }` });
    expectRefused(answer, 'TOO_MANY_TOKENS');
    expect(answer.body?.errors?.[0]?.message).toBe('The document has more than 2000 tokens. Send smaller operations.');
  });

  it('refuses a document with too many tokens', async () => {
    const answer = await dev.post({ query: `{ ${repeat(2_100, () => '__typename')} }` });
    expectRefused(answer, 'TOO_MANY_TOKENS');
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 2_000 });
  });

  it('refuses too many directives', async () => {
    const answer = await dev.post({ query: `{ ${repeat(25, () => '__typename @skip(if: false)')} }` });
    expectRefused(answer, 'TOO_MANY_DIRECTIVES');
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 20, found: 25 });
  });

  it('refuses a deeply nested query (limit lowered to 3 for the test schema)', async () => {
    const answer = await shallow.post({ query: '{ workshops { edges { node { facilitators { handle } } } } }' });
    expectRefused(answer, 'QUERY_TOO_DEEP');
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 3, found: 5 });
  });

  it('counts depth through fragments', async () => {
    const answer = await shallow.post({
      query:
        'query { workshops { ...W } } fragment W on QueryWorkshopsConnection { edges { node { facilitators { handle } } } }',
    });
    expectRefused(answer, 'QUERY_TOO_DEEP');
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 3, found: 5 });
  });

  it('refuses deeply nested introspection (each nested list multiplies the work)', async () => {
    // graphql-js itself refuses fields › type › fields › type › fields …
    const recursive = await dev.post({
      query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    });
    expectRefused(recursive, 'GRAPHQL_VALIDATION_FAILED');
    // … and any list nested deeper than types › fields › args is refused here.
    const nested = await dev.post({
      query: '{ __schema { types { fields { args { type { enumValues { name } } } } } } }',
    });
    expectRefused(nested, 'QUERY_TOO_DEEP');
    expect(nested.body?.errors?.[0]?.extensions).toMatchObject({ limit: 3, found: 4 });
  });

  it('refuses an operation whose computed cost is over the limit', async () => {
    const page =
      'workshops(first: 100) { edges { node { facilitators { handle displayName } skills { name slug } } } }';
    const answer = await dev.post({ query: `{ a: ${page} b: ${page} }` });
    expectRefused(answer, 'QUERY_TOO_COMPLEX');
    // 2 × (workshops 1 + edges 1 + 100 × (node 1 + facilitators (1 + 10 × 2) + skills (1 + 10 × 2)))
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ cost: 8_604, limit: 5_000 });
  });

  it('refuses first: 1000 on a connection, as a literal or a variable', async () => {
    const literal = await dev.post({ query: '{ workshops(first: 1000) { totalCount } }' });
    expectRefused(literal, 'PAGE_SIZE_TOO_LARGE');
    expect(literal.body?.errors?.[0]?.message).toBe(
      '"first" on Query.workshops must be between 0 and 100 (got 1000). Page through larger results with "after" / "before".',
    );
    const variable = await dev.post({
      query: 'query($n: Int) { workshops(last: $n) { totalCount } }',
      variables: { n: 1000 },
    });
    expectRefused(variable, 'PAGE_SIZE_TOO_LARGE');
    expect(variable.body?.errors?.[0]?.extensions).toMatchObject({
      field: 'Query.workshops',
      argument: 'last',
      limit: 100,
      found: 1000,
    });
  });
});

describe('errors every client meets', () => {
  it('codes a syntax error GRAPHQL_PARSE_FAILED', async () => {
    const answer = await dev.post({ query: '{ workshops { ' });
    expectRefused(answer, 'GRAPHQL_PARSE_FAILED');
    expect(answer.body?.errors?.[0]?.message).toMatch(/^Syntax Error/);
  });

  it('codes a document the schema does not accept GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await dev.post({ query: '{ workshopz { totalCount } }' });
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.body?.errors?.[0]?.locations).toEqual([{ line: 1, column: 3 }]);
  });

  it('suggests field names outside production only', async () => {
    const development = await dev.post({ query: '{ workshopz { totalCount } }' });
    expect(development.body?.errors?.[0]?.message).toMatch(/Did you mean "workshop" or "workshops"\?/);
    const hidden = await production.post({ query: '{ workshopz { totalCount } }' });
    expectRefused(hidden, 'GRAPHQL_VALIDATION_FAILED');
    expect(hidden.body?.errors?.[0]?.message).toBe('Cannot query field "workshopz" on type "Query".');
  });

  it('answers the standard introspection query (GraphiQL, codegen)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const answer = await dev.post({
      query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }),
    });
    expect(answer.body?.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.body?.data.__schema.queryType.name).toBe('Query');
  });
});
