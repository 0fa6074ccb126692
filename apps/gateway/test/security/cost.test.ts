// The cost model, and the apps' real documents against every limit.
import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { operationCost } from '../../src/security/cost.ts';
import { DEFAULT_COST_MODEL, DEFAULT_STATIC_LIMITS } from '../../src/security/limits.ts';

const cost = (document: string, variables?: Record<string, unknown>) =>
  operationCost(schema, parse(document), { variables }, DEFAULT_COST_MODEL);

describe('cost model', () => {
  it('counts 1 per field, __typename free', () => {
    expect(cost('{ federationStats { activeMembers activeCollectives } __typename }')?.cost).toBe(3);
  });

  it('multiplies lists of objects by 10', () => {
    // skills 1 + 10 × (slug + name)
    expect(cost('{ skills { slug name } }')?.cost).toBe(21);
  });

  it('multiplies a connection page by first / last, 20 by default, but not its totalCount or pageInfo', () => {
    // workshops 1 + totalCount 1 + pageInfo (1 + 1) + edges (1 + n × (node 1 + title 1))
    expect(cost('{ workshops { totalCount pageInfo { hasNextPage } edges { node { title } } } }')?.cost).toBe(
      5 + 20 * 2,
    );
    expect(cost('{ workshops(first: 5) { totalCount pageInfo { hasNextPage } edges { node { title } } } }')?.cost).toBe(
      5 + 5 * 2,
    );
    expect(cost('query($n: Int) { workshops(last: $n) { edges { node { title } } } }', { n: 50 })?.cost).toBe(
      2 + 50 * 2,
    );
  });

  it('reports page sizes over 100 or below 0, and costs them at most 100', () => {
    const report = cost(
      '{ a: workshops(first: 1000) { edges { node { title } } } b: workshops(last: -1) { totalCount } }',
    );
    expect(report?.pageSizeViolations).toEqual([
      { field: 'Query.workshops', argument: 'first', value: 1000 },
      { field: 'Query.workshops', argument: 'last', value: -1 },
    ]);
    expect(report?.cost).toBe(2 + 100 * 2 + 2);
  });

  it('costs fragments and inline fragments like the fields they stand for', () => {
    const inline = cost('{ workshops { edges { node { title facilitators { handle } } } } }')?.cost;
    const spread = cost(
      'query { workshops { ...Page } } fragment Page on QueryWorkshopsConnection { edges { node { ... on Workshop { title } ...F } } } fragment F on Workshop { facilitators { handle } }',
    )?.cost;
    expect(spread).toBe(inline);
  });

  it('costs a document that spreads fragments exponentially in linear time', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { __typename }`
        : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const started = performance.now();
    const report = cost(`{ ...F0 } ${fragments.join(' ')}`);
    expect(report?.cost).toBe(0);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('returns null when the variables do not fit (execution reports that, running nothing)', () => {
    expect(cost('query($n: Int!) { workshops(first: $n) { totalCount } }', {})).toBeNull();
  });

  it('lets the standard introspection query through, counting its lists once', () => {
    const report = cost(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }),
    );
    expect(report?.introspectionListDepth).toBe(DEFAULT_STATIC_LIMITS.maxIntrospectionListDepth);
    expect(report!.cost).toBeLessThan(DEFAULT_STATIC_LIMITS.maxCost);
  });
});

// The apps' own documents are checked as they are sent in app-documents.test.ts.
