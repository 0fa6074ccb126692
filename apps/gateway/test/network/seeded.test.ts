// The directory over the seeded network (what the apps show): the demo members are searchable,
// and a page costs a fixed number of SQL statements whatever its size.
import { seed } from '@ekoacteurs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type As, type TestGateway } from '../harness.ts';
import { sessionOf } from './fixtures.ts';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
  await seed(t.db.prisma);
});
afterAll(() => t?.stop());

const PAGE = `query($first: Int, $search: String) {
  members(first: $first, search: $search) {
    totalCount
    edges { node { displayName headline pace skills { level skill { name domain } } collectives { role collective { name } } } }
  }
}`;

describe('the seeded network', () => {
  it('is searchable as soon as it is written', async () => {
    const { body } = await t.graphql(`{ members(search: "graphiste lyon") { edges { node { handle } } } }`);
    expect(body.data.members.edges[0].node.handle).toBe('camille-martin');
    const regional = await t.graphql(`{ members(regions: ["auvergne-rhone-alpes"], first: 100) { totalCount edges { node { region } } } }`);
    expect(regional.body.data.members.totalCount).toBeGreaterThan(1);
    expect(new Set(regional.body.data.members.edges.map((edge: { node: { region: string } }) => edge.node.region))).toEqual(new Set(['Auvergne-Rhône-Alpes']));
  });

  it.each([
    ['by name', undefined],
    ['with a search', 'conseil'],
  ])('reads a page of members with skills and collectives in a fixed number of statements (%s)', async (_label, search) => {
    // As the portal reads it: an active member finds every active member (visitors: the listed ones).
    const reader = await sessionOf(t, (await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } })).id);
    const statements = async (first: number) => {
      t.queries.length = 0;
      const { body } = await t.graphql(PAGE, { first, search }, reader);
      expect(body.errors).toBeUndefined();
      return { count: t.queries.length, size: body.data.members.edges.length };
    };
    const small = await statements(2);
    const large = await statements(20);
    expect(large.size).toBeGreaterThan(small.size);
    expect(large.count).toBe(small.count);
    // Two identify the session; the page of ids, the total, then one per table: members, their skills, skills, memberships, collectives.
    expect(large.count).toBe(2 + 7);
  });

  it('adds a fixed two statements when a member also asks who they may contact', async () => {
    const camille = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } });
    const as: As = await sessionOf(t, camille.id);
    const withContact = PAGE.replace('pace ', 'pace contact { email } ');
    const statements = async (first: number) => {
      t.queries.length = 0;
      const { body } = await t.graphql(withContact, { first }, as);
      expect(body.errors).toBeUndefined();
      return { count: t.queries.length, contacts: body.data.members.edges.filter((edge: { node: { contact: unknown } }) => edge.node.contact).length };
    };
    const small = await statements(2);
    const large = await statements(60);
    expect(large.count).toBe(small.count);
    // Two identify the session; the page as above; accepted introductions each way between Camille and the page's members.
    expect(large.count).toBe(2 + 7 + 2);
    // Camille sees her own details and those of the members she is in touch with, nobody else's.
    const inTouch = await t.db.prisma.introductionRequest.count({
      where: { status: 'ACCEPTED', OR: [{ requesterId: camille.id, recipient: { status: 'ACTIVE' } }, { recipientId: camille.id, requester: { status: 'ACTIVE' } }] },
    });
    expect(inTouch).toBeGreaterThan(0);
    expect(large.contacts).toBe(1 + inTouch);
  });
});
