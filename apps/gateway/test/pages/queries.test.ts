// How many SQL statements reading pages costs: a fixed small number, whatever the page size.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { memberPage, personWithSession } from './fixtures.ts';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
  for (let n = 0; n < 25; n++) {
    const { member } = await personWithSession(t, `membre-${n}`);
    await t.db.prisma.visibilityPage.create({
      data: memberPage(member.id, `membre-${n}`, { published: true, publishedAt: new Date(Date.now() - n * 60_000) }),
    });
  }
});
afterAll(() => t?.stop());

async function statements(query: string, variables: Record<string, unknown> = {}) {
  t.queries.length = 0;
  const { body } = await t.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  return { count: t.queries.length, data: body.data };
}

it('reads a page with its owner in 5 statements', async () => {
  const { count, data } = await statements(`{
    visibilityPage(slug: "membre-3") {
      title seoDescription url
      sections { kind ... on TextSection { title html } ... on ServicesSection { items { title } } }
      member { handle displayName headline region }
    }
  }`);
  expect(data.visibilityPage.member.handle).toBe('membre-3');
  expect(data.visibilityPage.sections.length).toBeGreaterThan(0);
  // The access check (page joined to its owner's status), the page with its member and collective
  // (joined), whether the owner's page is published (the member visibility rule, for visitors).
  // Relation joins; before: 5.
  expect(count).toBe(3);
});

it('lists public pages with their owners in the same number of statements for 1 or 20 pages', async () => {
  const query = `query($first: Int) { publicPages(first: $first) { totalCount edges { node { slug title member { displayName } } } } }`;
  const one = await statements(query, { first: 1 });
  const twenty = await statements(query, { first: 20 });
  expect(twenty.data.publicPages.edges).toHaveLength(20);
  expect(twenty.count).toBe(one.count);
  // The pages, their members (owner status and fields merged), their collectives, the count, and
  // whether the owners' pages are published (the member visibility rule, for visitors: batched).
  expect(one.count).toBe(3);
});
