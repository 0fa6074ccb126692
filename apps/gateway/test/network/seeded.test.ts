// The directory over the seeded network (what the apps show): the demo members are searchable,
// and a page costs a fixed number of SQL statements whatever its size: the hot reads (directory,
// search, a member's profile, upcoming workshops) at most 3, for a visitor as for an integrator.
import { seed } from '@ekoacteurs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
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
    const regional = await t.graphql(
      `{ members(regions: ["auvergne-rhone-alpes"], first: 100) { totalCount edges { node { region } } } }`,
    );
    expect(regional.body.data.members.totalCount).toBeGreaterThan(1);
    expect(
      new Set(regional.body.data.members.edges.map((edge: { node: { region: string } }) => edge.node.region)),
    ).toEqual(new Set(['Auvergne-Rhône-Alpes']));
  });

  it.each([
    ['by name', undefined],
    ['with a search', 'conseil'],
  ])(
    'reads a page of members with skills and collectives in a fixed number of statements (%s)',
    async (_label, search) => {
      // As the portal reads it: an active member finds every active member (visitors: the listed ones).
      const reader = await sessionOf(
        t,
        (await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } })).id,
      );
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
      // The session with its member; the page of ids with the total (matching once) and its members
      // with their skills and collectives, as JSON, in the same statement. (Before: 2 + 7, then 3.)
      expect(large.count).toBe(2);
    },
  );

  it('costs no more statements when a member also asks who they may contact', async () => {
    const camille = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } });
    const as: As = await sessionOf(t, camille.id);
    const withContact = PAGE.replace('pace ', 'pace contact { email } ');
    const statements = async (first: number) => {
      t.queries.length = 0;
      const { body } = await t.graphql(withContact, { first }, as);
      expect(body.errors).toBeUndefined();
      return {
        count: t.queries.length,
        contacts: body.data.members.edges.filter((edge: { node: { contact: unknown } }) => edge.node.contact).length,
      };
    };
    const small = await statements(2);
    const large = await statements(60);
    expect(large.count).toBe(small.count);
    // As above: the accepted introductions each way come with the members. (Before: 2 + 7 + 2, then 3.)
    expect(large.count).toBe(2);
    // Camille sees her own details and those of the members she is in touch with, nobody else's.
    const inTouch = await t.db.prisma.introductionRequest.count({
      where: {
        status: 'ACCEPTED',
        OR: [
          { requesterId: camille.id, recipient: { status: 'ACTIVE' } },
          { recipientId: camille.id, requester: { status: 'ACTIVE' } },
        ],
      },
    });
    expect(inTouch).toBeGreaterThan(0);
    expect(large.contacts).toBe(1 + inTouch);
  });
});

describe('the hot reads', () => {
  const HOT = {
    'the directory page': [
      `query($first: Int) { members(first: $first) { totalCount edges { node { handle displayName headline skills { level skill { name } } collectives { role collective { name } } } } } }`,
      (d: any) => d.members.edges.length,
    ],
    'a directory search': [
      `query($first: Int) { members(first: $first, search: "conseil") { totalCount edges { node { handle displayName headline skills { skill { name } } } } } }`,
      (d: any) => d.members.edges.length,
    ],
    'a member profile': [
      `{ member(handle: "camille-martin") { handle displayName headline bio skills { level skill { name } } collectives { collective { name } } page { title url } } }`,
      (d: any) => d.member?.handle,
    ],
    'upcoming workshops': [
      `query($first: Int) { workshops(first: $first) { totalCount edges { node { title startsAt capacity seatsLeft waitlistCount skills { name } facilitators { displayName } } } } }`,
      (d: any) => d.workshops.edges.length,
    ],
  } as const;
  let integrator: As;

  beforeAll(async () => {
    const camille = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } });
    const { secret } = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: camille.id,
      name: 'hot reads',
      scopes: ['read:network'],
      expiresAt: null,
    });
    integrator = { token: secret };
    // The token's first use records when it was used (once, in the background): not part of a read.
    // From its second check on, the gateway keeps it in memory (auth/token-callers.ts).
    await t.graphql('{ viewer { handle } }', {}, integrator);
    await t.graphql('{ viewer { handle } }', {}, integrator);
  });

  // The page, what it selects and its total in one statement (search/select-json.ts); a visitor's
  // pass through the public cache first (a miss here) adds none.
  it.each([
    [{ 'the directory page': 1, 'a directory search': 1, 'a member profile': 1, 'upcoming workshops': 1 }, 'visitor'],
    [
      { 'the directory page': 1, 'a directory search': 1, 'a member profile': 1, 'upcoming workshops': 1 },
      'integrator',
    ],
  ] as const)('each costs %j SQL statements, as many for a page of 1 as of 20 (%s)', async (pinned, who) => {
    for (const [label, [query, seen]] of Object.entries(HOT) as [
      keyof typeof pinned,
      (typeof HOT)[keyof typeof HOT],
    ][]) {
      const counts: number[] = [];
      const shown: unknown[] = [];
      for (const first of [1, 20]) {
        t.queries.length = 0;
        const { body } = await t.graphql(query, { first }, who === 'visitor' ? {} : integrator);
        expect(body.errors, label).toBeUndefined();
        counts.push(t.queries.length);
        shown.push(seen(body.data));
      }
      expect({ label, counts }).toEqual({ label, counts: [counts[0], counts[0]] });
      expect({ label, statements: counts[0] }).toEqual({ label, statements: pinned[label] });
      expect(shown[1], label).toBeTruthy();
    }
  });

  it('identifies a token or a session, with its owner, in one statement; a token checked twice in none', async () => {
    const camille = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } });
    const { secret } = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: camille.id,
      name: 'identified',
      scopes: ['read:network'],
      expiresAt: null,
    });
    const counts: number[] = [];
    for (const as of [{ token: secret }, { token: secret }, { token: secret }, await sessionOf(t, camille.id)]) {
      const { body } = await t.graphql('{ __typename }', {}, as);
      expect(body.data.__typename).toBe('Query');
      // Counted after one uncounted request (a token's first use also records lastUsedAt, in the background).
      await new Promise((resolve) => setTimeout(resolve, 100));
      t.queries.length = 0;
      await t.graphql('{ __typename }', {}, as);
      counts.push(t.queries.length);
    }
    // Before: the token (or session), then its owner. Now one statement, and none once kept.
    expect(counts).toEqual([1, 0, 0, 1]);
  });

  // Only the columns a query asks for are read (select mode on every type these reads reach): a
  // public list never reads a secret, a private field or a long text it does not show.
  it.each([
    ['the directory page', /passwordHash|motivation|concerns|"description"|responsibilities|"email"/],
    ['a directory search', /passwordHash|motivation|concerns|"description"|responsibilities|"email"/],
    ['a member profile', /passwordHash|motivation|concerns|"description"|responsibilities|"email"|"sections"/],
    ['upcoming workshops', /"onlineUrl"|"description"|"place"|"createdById"|passwordHash/],
  ] as const)('%s never reads what it does not show (secrets, private fields, long texts)', async (label, unread) => {
    const [query, seen] = HOT[label];
    t.queries.length = 0;
    const { body } = await t.graphql(query, { first: 20 });
    expect(body.errors).toBeUndefined();
    expect(seen(body.data)).toBeTruthy();
    expect(t.queries.join('\n')).not.toMatch(unread);
  });

  it('reads the columns a query does ask for', async () => {
    t.queries.length = 0;
    const { body } = await t.graphql(
      `{ workshops(first: 3) { edges { node { description place } } } skills { nameEn } member(handle: "camille-martin") { page { sections { __typename } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.workshops.edges[0].node.description.length).toBeGreaterThan(0);
    expect(body.data.skills.every((skill: { nameEn: string }) => skill.nameEn.length > 0)).toBe(true);
    expect(body.data.member.page.sections.length).toBeGreaterThan(0);
    expect(t.queries.join('\n')).toMatch(/"description"[^]*"place"|"place"[^]*"description"/);
  });
});
