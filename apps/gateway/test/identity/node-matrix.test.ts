// Every type implementing Node × every kind of caller, through node(id:) and nodes(ids:): the
// caller gets the object, or null with no error — never a hint that a hidden object exists. Each
// type lists its cases (a real row, and who may see it) in test/identity/node-matrix/*.ts; a new
// Node type fails this test until it is listed there. Then node(id:) / nodes(ids:) on IDs that name
// nothing (missing rows, forged, malformed), the cap on nodes(ids:) and its cost per ID.
import { randomUUID } from 'node:crypto';
import { isInterfaceType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { schema } from '../../src/schema/index.ts';
import { addMember, globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { NODE_CALLERS, unique, type NodeCaller, type NodeCase, type World } from './node-matrix/callers.ts';
import { MEMBER_NODE_TYPES } from './node-matrix/members.ts';
import { NODE_TYPES } from './node-matrix/types.ts';

const CASES: Record<string, NodeCase[]> = { ...NODE_TYPES, ...MEMBER_NODE_TYPES };

/** The object types implementing Node, read from the schema. */
function nodeTypesOf(): string[] {
  const node = schema.getType('Node');
  if (!node || !isInterfaceType(node)) throw new Error('the schema has no Node interface');
  return schema.getImplementations(node).objects.map((type) => type.name);
}

const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

let t: TestGateway;
let world: World;
/** A Skill everyone sees, placed before each row in nodes(ids:). */
let landmark: string;
/** How to call as each kind (sessions and tokens are made once; nothing here signs out). */
const as = {} as Record<NodeCaller, As>;

beforeAll(async () => {
  t = await startTestGateway();
  const prisma = t.db.prisma;
  const sessionOf = async (id: string): Promise<As> => ({
    cookie: `eko_session=${(await createSession(prisma, id, '127.0.0.1', 'test')).secret}`,
  });
  const memberA = await addMember(t, { handle: 'node-a' });
  const memberB = await addMember(t, { handle: 'node-b' });
  const admin = await addMember(t, { handle: 'node-admin', role: 'ADMIN' });
  const collective = await prisma.collective.create({ data: { slug: `collectif-${unique()}`, name: 'Collectif' } });
  await prisma.collectiveMembership.create({
    data: {
      collectiveId: collective.id,
      memberId: memberA.id,
      role: 'COORDINATOR',
      status: 'ACTIVE',
      joinedAt: new Date(),
    },
  });
  await prisma.collectiveMembership.create({
    data: { collectiveId: collective.id, memberId: memberB.id, status: 'REQUESTED' },
  });
  const publishedWorkshop = await prisma.workshop.create({
    data: {
      slug: `atelier-${unique()}`,
      kind: 'ATELIER',
      title: 'Atelier',
      startsAt: new Date('2030-02-01T09:00Z'),
      endsAt: new Date('2030-02-01T11:00Z'),
      format: 'IN_PERSON',
      capacity: 10,
      status: 'PUBLISHED',
      publishedAt: new Date(),
    },
  });
  await prisma.workshopFacilitator.create({ data: { workshopId: publishedWorkshop.id, memberId: admin.id } });
  const skill = await prisma.skill.create({
    data: { slug: 'node-matrix', name: 'Repère', nameEn: 'Landmark', domain: 'STRATEGY' },
  });
  world = { prisma, memberA, memberB, admin, collective, publishedWorkshop, tokenAPublicId: '' };
  landmark = globalId('Skill', skill.id);

  const token = async (
    ownerId: string,
    kind: 'PERSONAL' | 'INTEGRATION',
    scopes: ('read:public' | 'read:network' | 'write:profile' | 'write:workshops' | 'admin')[],
  ) => createApiToken(prisma, { kind, ownerId, name: 'test', scopes, expiresAt: null });
  as.anonymous = {};
  as.memberA = await sessionOf(memberA.id);
  as.memberB = await sessionOf(memberB.id);
  as.admin = await sessionOf(admin.id);
  as.tokenA = {
    token: (await token(memberA.id, 'PERSONAL', ['read:public', 'read:network', 'write:profile', 'write:workshops']))
      .secret,
  };
  const tokenAPublic = await token(memberA.id, 'PERSONAL', ['read:public']);
  as.tokenAPublic = { token: tokenAPublic.secret };
  as.tokenAdmin = { token: (await token(admin.id, 'INTEGRATION', ['read:public', 'admin'])).secret };
  world.tokenAPublicId = tokenAPublic.token.id;
});
afterAll(() => t?.stop());

it('lists every type that implements Node', () => {
  expect(Object.keys(CASES).sort()).toEqual(nodeTypesOf().sort());
  for (const [type, cases] of Object.entries(CASES)) expect(cases.length, type).toBeGreaterThan(0);
});

describe.each(
  Object.entries(CASES).flatMap(([type, cases]) =>
    cases.map((entry) => [entry.label ? `${type} (${entry.label})` : type, type, entry] as const),
  ),
)('%s', (_name, type, entry) => {
  let id: string;
  beforeAll(async () => {
    id = globalId(type, await entry.create(world));
  });

  it.each(NODE_CALLERS)('as %s', async (caller) => {
    const expected = entry.seenBy.has(caller) ? { __typename: type, id } : null;
    const one = await t.graphql(NODE, { id }, as[caller]);
    expect(one.body.errors ?? [], JSON.stringify(one.body)).toEqual([]);
    expect(one.body.data.node).toEqual(expected);
    // In a list, around an object everyone sees: the same answer at its position, and only there.
    const many = await t.graphql(NODES, { ids: [landmark, id, id] }, as[caller]);
    expect(many.body.errors ?? [], JSON.stringify(many.body)).toEqual([]);
    expect(many.body.data.nodes).toEqual([{ __typename: 'Skill', id: landmark }, expected, expected]);
  });
});

describe('IDs that name nothing', () => {
  it.each(nodeTypesOf())('a well-formed %s ID of a missing row: null, no error (even for an admin)', async (type) => {
    const id = globalId(type, randomUUID());
    for (const caller of ['anonymous', 'admin'] as const) {
      const one = await t.graphql(NODE, { id }, as[caller]);
      expect(one.body).toEqual({ data: { node: null } });
      const many = await t.graphql(NODES, { ids: [id, id] }, as[caller]);
      expect(many.body).toEqual({ data: { nodes: [null, null] } });
    }
  });

  it('forged and malformed IDs: null at their position, no error, the rest answered', async () => {
    const prisma = t.db.prisma;
    const session = await createSession(prisma, world.memberA.id, '127.0.0.1', 'test');
    const signInToken = await prisma.signInToken.create({
      data: {
        tokenHash: randomUUID(),
        memberId: world.memberA.id,
        purpose: 'SIGN_IN',
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    const contact = await prisma.contactMessage.create({
      data: { memberId: world.memberA.id, senderName: 'X', senderEmail: 'x@example.fr', body: 'Bonjour' },
    });
    const memberA = globalId('Member', world.memberA.id);
    const forged = [
      globalId('Session', session.session.id), // a table that is not a Node
      globalId('SignInToken', signInToken.id),
      globalId('ContactMessage', contact.id),
      globalId('Query', world.memberA.id), // a type that is not a Node
      globalId('MemberSkill', world.memberA.id),
      globalId('member', world.memberA.id), // the type's name in the wrong case
      globalId('Member', 'not-a-uuid'),
      globalId('Member', `${world.memberA.id}:extra`),
      globalId('Member', ''),
      Buffer.from(world.memberA.id).toString('base64'), // no type
      '!!!not base64!!!',
      'TWVtYmVy', // "Member"
      '',
      world.memberA.id, // a database id, not a global ID
      'x'.repeat(5_000),
    ];
    for (const caller of ['anonymous', 'admin'] as const) {
      for (const id of forged) {
        const one = await t.graphql(NODE, { id }, as[caller]);
        expect(one.body, id.slice(0, 60)).toEqual({ data: { node: null } });
      }
      // The rest answered: the landmark everyone sees, and A, whom visitors do not see (A is listed to
      // members only, so the anonymous caller gets null there too, as for a missing member).
      const many = await t.graphql(NODES, { ids: [...forged, landmark, memberA] }, as[caller]);
      expect(many.body).toEqual({
        data: {
          nodes: [
            ...forged.map(() => null),
            { __typename: 'Skill', id: landmark },
            caller === 'admin' ? { __typename: 'Member', id: memberA } : null,
          ],
        },
      });
      // A NUL character is refused before anything runs, in any variable (docs/errors.md).
      const nul = await t.graphql(NODE, { id: `${memberA}\u0000` }, as[caller]);
      expect(nul.body.errors?.map((error: any) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('an ID of a hidden object answers exactly as a missing one', async () => {
    const email = await t.db.prisma.outboxEmail.create({
      data: { to: 'x@example.fr', subject: 'Lien', text: 'secret', kind: 'sign-in-link' },
    });
    for (const caller of ['anonymous', 'memberA', 'tokenA', 'tokenAPublic'] as const) {
      const hidden = await t.graphql(
        `query($id: ID!) { node(id: $id) { id ... on OutboxEmail { text } } }`,
        { id: globalId('OutboxEmail', email.id) },
        as[caller],
      );
      const missing = await t.graphql(
        `query($id: ID!) { node(id: $id) { id ... on OutboxEmail { text } } }`,
        { id: globalId('OutboxEmail', randomUUID()) },
        as[caller],
      );
      expect(hidden.body).toEqual(missing.body);
      expect(hidden.body).toEqual({ data: { node: null } });
    }
  });
});

describe('nodes(ids:): at most 100 IDs, each one paid for', () => {
  const ids = (count: number) => Array.from({ length: count }, () => globalId('Member', randomUUID()));

  it('takes 100 IDs', async () => {
    const response = await t.graphql(NODES, { ids: ids(100) });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.nodes).toHaveLength(100);
  });

  it('refuses 101 IDs with BAD_USER_INPUT, before loading any', async () => {
    t.queries.length = 0;
    const response = await t.graphql(NODES, { ids: ids(101) });
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.path).toEqual(['nodes']);
    expect(response.body.errors?.[0]?.message).toMatch(/at most 100 IDs/);
    expect(t.queries.some((sql) => /"Member"/.test(sql))).toBe(false);
  });

  it('costs each ID as one node(id:)', async () => {
    const cost = async (query: string, variables: Record<string, unknown>) =>
      Number((await t.graphql(query, variables)).headers.get('x-query-cost'));
    // nodes 1 + n × (id 1): __typename is free.
    expect(await cost(NODES, { ids: ids(1) })).toBe(2);
    expect(await cost(NODES, { ids: ids(50) })).toBe(51);
    expect(await cost(NODES, { ids: ids(100) })).toBe(101);
    expect(await cost(NODES, { ids: [] })).toBe(1);
    // Written in the document, the same.
    expect(
      await cost(
        `{ nodes(ids: [${ids(30)
          .map((id) => `"${id}"`)
          .join(', ')}]) { id } }`,
        {},
      ),
    ).toBe(31);
    // Each ID pays for the whole selection.
    expect(
      await cost(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Member { handle displayName } } }`, {
        ids: ids(40),
      }),
    ).toBe(1 + 40 * 3);
  });

  it('refuses thousands of IDs by their cost, before anything runs', async () => {
    const response = await t.graphql(NODES, { ids: ids(15_000) });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
