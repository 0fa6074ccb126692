// How many SQL statements the representative collective pages send: a fixed, small number,
// whatever the page size (no N+1 over members, commitments or journal entries).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';

let t: TestGateway;
let insider: Person;
const SIZE = 12;

/** Pinned: a change here means a new query per request, or an N+1. */
const STATEMENTS = {
  insider: 4, // relation joins (before: 14)
  // The collective with its member count, memberships, members; whether their pages are published
  // (the visibility rule, for visitors: one statement for the whole page).
  visitor: 2, // relation joins (before: 4)
  // Collectives, their total count, memberships, members.
  // +1: whether the members' pages are published (the member visibility rule, for visitors; batched).
  list: 3, // relation joins (before: 5)
  // Session and caller (2); collectives, memberships, members (3); the viewer's own memberships, read
  // again by one batched fallback (2) as they filter the same relation differently; the scope check (1);
  // charter revisions (1).
  memberList: 5, // relation joins (before: 9)
};

beforeAll(async () => {
  t = await startTestGateway();
  insider = await person(t, 'membre-0');
  const prisma = t.db.prisma;
  const others = await Promise.all(Array.from({ length: SIZE - 1 }, (_, i) => person(t, `membre-${i + 1}`)));
  const people = [insider, ...others];
  // Listed to visitors with a published page: visitors find them (visibility/member.ts).
  await prisma.member.updateMany({ where: { id: { in: people.map((p) => p.id) } }, data: { listing: 'VISITORS' } });
  await prisma.visibilityPage.createMany({
    data: people.map((p, i) => ({
      slug: `page-membre-${i}`,
      ownerKind: 'MEMBER' as const,
      memberId: p.id,
      title: `Membre ${i}`,
      published: true,
      publishedAt: new Date(),
    })),
  });
  for (const slug of ['grand-collectif', 'autre-collectif']) {
    const collective = await prisma.collective.create({ data: { slug, name: slug, purpose: 'Mesurer les requêtes.' } });
    await prisma.charterAgreement.createMany({
      data: [1, 2, 3].map((position) => ({ collectiveId: collective.id, position, text: `Accord ${position}` })),
    });
    await prisma.collectiveMembership.createMany({
      data: people.map((p, i) => ({
        collectiveId: collective.id,
        memberId: p.id,
        role: i < 2 ? 'COORDINATOR' : 'MEMBER',
        status: 'ACTIVE',
        responsibilities: `Responsabilité ${i}`,
        joinedAt: new Date(Date.UTC(2026, 0, 1 + i)),
        charterAccepted: new Date(Date.UTC(2026, 0, 1 + i)),
      })),
    });
    for (const [i, p] of people.entries()) {
      const commitment = await prisma.commitment.create({
        data: {
          collectiveId: collective.id,
          memberId: p.id,
          description: `Engagement ${i}`,
          dueOn: new Date(Date.UTC(2026, 5, 1 + i)),
        },
      });
      await prisma.commitmentChange.create({
        data: { commitmentId: commitment.id, changedById: p.id, toStatus: 'OPEN', toDueOn: commitment.dueOn },
      });
      await prisma.journalEntry.create({
        data: { collectiveId: collective.id, authorId: p.id, kind: 'SUCCESS', title: `Entrée ${i}` },
      });
    }
  }
});
afterAll(() => t?.stop());

const COLLECTIVE_PAGE = `query($first: Int) {
  collective(slug: "grand-collectif") {
    name purpose description charterRevisedAt
    charter { position text }
    members(first: $first) { totalCount edges { node { role responsibilities acceptedCurrentCharter member { displayName handle } } } }
    commitments(first: $first) { totalCount edges { node { description dueOn status member { displayName } changes { toStatus changedBy { displayName } } } } }
    journal(first: $first) { totalCount edges { node { kind title createdAt author { displayName } } } }
  }
}`;

async function statements(query: string, variables: Record<string, unknown>, as = insider.as) {
  t.queries.length = 0;
  const response = await t.graphql(query, variables, as);
  expect(response.body.errors).toBeUndefined();
  return { count: t.queries.length, data: response.body.data };
}

it('reads a collective with its members, commitments and journal in a fixed number of statements', async () => {
  const one = await statements(COLLECTIVE_PAGE, { first: 1 });
  const ten = await statements(COLLECTIVE_PAGE, { first: 10 });
  expect(ten.data.collective.members.edges).toHaveLength(10);
  expect(ten.data.collective.commitments.edges).toHaveLength(10);
  expect(ten.data.collective.journal.edges).toHaveLength(10);
  expect(ten.data.collective.journal.edges[0].node.author.displayName).toBe('membre 11');
  expect(ten.count).toBe(one.count);
  // Session and caller (2); the collective with its three totalCounts (1); charter, memberships, commitments,
  // journal, commitment changes (5); members behind memberships, commitments, changes and journal (4);
  // the caller's membership for the scope checks (1); the charter's last revision (1).
  expect(ten.count).toBe(STATEMENTS.insider);
});

it('reads the public face for a visitor in a fixed number of statements', async () => {
  const query = `query($first: Int) { collective(slug: "grand-collectif") { name purpose members(first: $first) { totalCount edges { node { role member { displayName } } } } } }`;
  const one = await statements(query, { first: 1 }, {});
  const all = await statements(query, { first: SIZE }, {});
  expect(all.data.collective.members.edges).toHaveLength(SIZE);
  expect(all.count).toBe(one.count);
  expect(all.count).toBe(STATEMENTS.visitor);
});

it('reads a page of collectives with their members in a fixed number of statements', async () => {
  const query = `query($first: Int) { collectives(first: $first) { totalCount edges { node { name members(first: 3) { edges { node { member { displayName } } } } } } } }`;
  const one = await statements(query, { first: 1 }, {});
  const two = await statements(query, { first: 2 }, {});
  expect(two.data.collectives.edges).toHaveLength(2);
  expect(two.count).toBe(one.count);
  expect(two.count).toBe(STATEMENTS.list);
});

it('reads a member’s page of collectives with their own membership in a fixed number of statements', async () => {
  const query = `query($first: Int) { collectives(first: $first) { edges { node { name viewerMembership { role acceptedCurrentCharter } members(first: 3) { edges { node { member { displayName } } } } } } } }`;
  const one = await statements(query, { first: 1 });
  const two = await statements(query, { first: 2 });
  expect(two.data.collectives.edges.map((e: any) => e.node.viewerMembership.role)).toEqual([
    'COORDINATOR',
    'COORDINATOR',
  ]);
  expect(two.count).toBe(one.count);
  expect(two.count).toBe(STATEMENTS.memberList);
});
