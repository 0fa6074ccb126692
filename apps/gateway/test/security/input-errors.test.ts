// Bad input is the caller's to fix, and every answer says so with a code (docs/errors.md): NUL
// characters in any string argument, variables of the wrong type or missing, global IDs that do not
// decode. Production answers give no schema hints ("Did you mean …?"), enums included. Against the
// real gateway on a real database: a NUL reaching PostgreSQL used to be a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, addMember, startTestGateway, type TestGateway } from '../harness.ts';
import { codes, startSecuredServer, type SecuredServer } from './server.ts';

let t: TestGateway;
let production: SecuredServer;
let adminCookie: string;

beforeAll(async () => {
  [t, production] = await Promise.all([startTestGateway(), startSecuredServer({ config: { NODE_ENV: 'production' } })]);
  await addMember(t, { handle: 'admin-nul', email: 'admin-nul@example.fr', role: 'ADMIN' });
  adminCookie = await signIn(t, 'admin-nul@example.fr');
});
afterAll(() => Promise.all([t?.stop(), production?.stop()]));

const NUL = '\u0000';

describe('a NUL character in a string argument', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['members(regions:)', 'query($r: [String!]) { members(regions: $r) { totalCount } }', { r: [`Occitanie${NUL}`] }],
    ['members(search:)', 'query($s: String) { members(search: $s) { totalCount } }', { s: `gra${NUL}phiste` }],
    ['opportunities(search:)', 'query($s: String) { opportunities(search: $s) { totalCount } }', { s: NUL }],
    ['collectives(region:)', 'query($r: String) { collectives(region: $r) { totalCount } }', { r: `${NUL}x` }],
    ['auditLog(action:)', 'query($a: String) { auditLog(action: $a) { totalCount } }', { a: `auth${NUL}` }],
    ['member(handle:)', 'query($h: String!) { member(handle: $h) { handle } }', { h: `a${NUL}` }],
    [
      'an input object field',
      'mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { __typename } }',
      { i: { displayName: `A${NUL}`, email: 'a@example.fr' } },
    ],
  ];

  it.each(cases)('is refused as BAD_USER_INPUT in %s, before anything runs', async (_name, query, variables) => {
    const answer = await t.graphql(query, variables, { cookie: adminCookie });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors?.[0]?.message).toMatch(/NUL character/);
    expect(answer.body.data).toBeUndefined();
  });

  it('is refused when written in the document itself', async () => {
    const answer = await t.graphql('{ members(search: "gra\\u0000phiste") { totalCount } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('errors graphql-js and Pothos raise themselves', () => {
  it('code a variable of the wrong type, a missing variable and a null one BAD_USER_INPUT', async () => {
    for (const [query, variables] of [
      ['query($f: Int) { members(first: $f) { totalCount } }', { f: 'dix' }],
      ['query($h: String!) { member(handle: $h) { handle } }', {}],
      ['query($h: String!) { member(handle: $h) { handle } }', { h: null }],
      ['query($f: Int) { members(first: $f) { totalCount } }', { f: [[[1]]] }],
    ] as const) {
      const answer = await t.graphql(query, variables);
      expect(answer.body.errors?.length, query).toBeGreaterThan(0);
      expect(
        answer.body.errors?.map((e) => e.extensions?.code),
        JSON.stringify(variables),
      ).toEqual(answer.body.errors?.map(() => 'BAD_USER_INPUT'));
    }
  });

  it('code a global ID that does not decode BAD_USER_INPUT', async () => {
    for (const id of ['demain', '-1', 'Member:']) {
      const answer = await t.graphql('query($id: ID!) { node(id: $id) { id } }', { id });
      for (const error of answer.body.errors ?? [])
        expect(error.extensions?.code, `${id}: ${error.message}`).toEqual(expect.any(String));
    }
    const answer = await t.graphql('query($id: ID!) { opportunity(id: $id) { id } }', { id: 'demain' });
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('production answers', () => {
  it('suggest no enum value, field nor argument', async () => {
    const enumValue = await production.post({
      query: 'query($s: CollectiveStatus) { collectives(status: $s) { totalCount } }',
      variables: { s: 'ACTIV' },
    });
    expect(codes(enumValue)).toEqual(['BAD_USER_INPUT']);
    const literal = await production.post({ query: '{ collectives(status: ACTIV) { totalCount } }' });
    const argument = await production.post({ query: '{ collectives(statu: ACTIVE) { totalCount } }' });
    for (const answer of [enumValue, literal, argument]) {
      expect(answer.body?.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|ACTIVE"|ARCHIVED|"status"/);
    }
  });

  it('outside production still help the developer', async () => {
    const answer = await t.graphql('query($s: CollectiveStatus) { collectives(status: $s) { totalCount } }', {
      s: 'ACTIV',
    });
    expect(answer.body.errors?.[0]?.message).toMatch(/Did you mean the enum value "ACTIVE"\?/);
  });
});
