// The directory's members as JSON from its page statement (src/search/select-json.ts): for every
// select it translates, the rows are exactly Prisma's (keys, order of related rows, instants as Date,
// filtered relations); what it cannot translate exactly is left to Prisma (null).
import { Prisma } from '@ekoacteurs/db';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { seed } from '@ekoacteurs/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSelect } from '../../src/search/select-json.ts';

let db: TestDatabase;
let ids: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma);
  // Members with skills, collectives, and some without: the first 30 by handle.
  ids = (await db.prisma.member.findMany({ select: { id: true }, orderBy: { handle: 'asc' }, take: 30 })).map(
    (member) => member.id,
  );
});
afterAll(() => db?.close());

/** The members of `ids`, in that order, as the compiled JSON gives them. */
async function viaJson(query: Record<string, unknown>) {
  const compiled = compileSelect('Member', 'dm', query);
  expect(compiled).not.toBeNull();
  const rows = await db.prisma.$queryRaw<{ id: string; member: unknown }[]>`
    SELECT page."id", (SELECT ${compiled!.sql} FROM "Member" "dm" WHERE "dm"."id" = page."id") AS "member"
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS page("id", "n") ORDER BY page."n"`;
  return rows.map((row) => compiled!.revive(row.member));
}

/** The same members as Prisma reads them. */
async function viaPrisma(query: Record<string, unknown>) {
  const rows = (await db.prisma.member.findMany({ ...query, where: { id: { in: ids } } })) as { id: string }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

const directoryCard = {
  select: {
    id: true,
    status: true,
    listing: true,
    publicFields: true,
    handle: true,
    displayName: true,
    headline: true,
    pace: true,
    avatarUrl: true,
    updatedAt: true,
    admittedAt: true,
    skills: { orderBy: [{ skill: { domain: 'asc' } }, { skill: { name: 'asc' } }], include: { skill: true } },
    memberships: {
      where: { status: 'ACTIVE', collective: { status: 'ACTIVE' } },
      orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
      select: {
        collective: { select: { id: true, name: true, createdAt: true } },
        id: true,
        status: true,
        collectiveId: true,
        memberId: true,
        role: true,
      },
    },
  },
};

describe('a select compiled to JSON', () => {
  it('reads what Prisma reads for the directory card: scalars, lists, instants, ordered and filtered relations', async () => {
    const json = await viaJson(directoryCard);
    expect(json).toEqual(await viaPrisma(directoryCard));
    // The data is there to compare: skills in several domains, collectives, instants as dates.
    expect(json.some((member) => (member.skills as unknown[]).length > 1)).toBe(true);
    expect(json.some((member) => (member.memberships as unknown[]).length > 0)).toBe(true);
    expect(json[0]!.updatedAt).toBeInstanceOf(Date);
  });

  it('reads what Prisma reads with take, descending order, a relation to one that may be missing, and include', async () => {
    const viewer = ids[0]!;
    const query = {
      include: {
        page: { select: { slug: true, published: true } },
        introductionsRequested: { take: 1, where: { recipientId: viewer, status: 'ACCEPTED' }, select: { id: true } },
        skills: { orderBy: [{ level: 'desc' }, { skillId: 'asc' }], take: 2, select: { level: true, skillId: true } },
      },
    };
    const json = await viaJson(query);
    expect(json).toEqual(await viaPrisma(query));
    expect(json.some((member) => member.page === null)).toBe(true);
  });

  it('reads what Prisma reads for a profile: counts of relations (filtered), skip, a page with its json sections', async () => {
    // What member(handle:) plans for the bench's profile query.
    const query = {
      select: {
        ...directoryCard.select,
        bio: true,
        page: {
          include: {
            member: { select: { status: true, listing: true, handle: true } },
            collective: { select: { status: true, slug: true } },
          },
        },
        opportunitiesPosted: { orderBy: { id: 'desc' }, take: 6, skip: 0 },
        recommendationsReceived: { orderBy: { id: 'asc' }, take: 2, skip: 1, select: { id: true, note: true } },
        _count: {
          select: {
            recommendationsReceived: { where: { from: { status: 'ACTIVE' }, to: { status: 'ACTIVE' } } },
            opportunitiesPosted: true,
          },
        },
      },
    };
    const json = await viaJson(query);
    expect(json).toEqual(await viaPrisma(query));
    expect(json.some((member) => member.page !== null && (member.page as { sections: unknown }).sections)).toBe(true);
    expect(
      json.some((member) => (member._count as { recommendationsReceived: number }).recommendationsReceived > 0),
    ).toBe(true);
    expect(json.some((member) => (member.opportunitiesPosted as unknown[]).length > 0)).toBe(true);
  });

  it('leaves to Prisma what it cannot translate exactly', () => {
    for (const query of [
      { select: { id: true, _count: { select: { skills: { where: { level: { in: ['EXPERT'] } } } } } } },
      { select: { id: true, skills: { where: { level: { in: ['EXPERT'] } } } } },
      { select: { id: true, skills: { cursor: { memberId_skillId: { memberId: 'x', skillId: 'y' } } } } },
      { select: { id: true, skills: { distinct: ['level'] } } },
      { select: { id: true, noSuchField: true } },
      { select: { id: true, memberships: { orderBy: { collective: { name: { sort: 'asc', nulls: 'last' } } } } } },
      { where: { id: 'x' } },
    ]) {
      expect(compileSelect('Member', 'dm', query), JSON.stringify(query)).toBeNull();
    }
    expect(compileSelect('Member', 'dm', { select: { id: true } })?.sql).toBeInstanceOf(Prisma.Sql);
    // Compiled once per shape: the next page with the same selection reuses it.
    expect(compileSelect('Member', 'dm', directoryCard)).toBe(compileSelect('Member', 'dm', directoryCard));
  });
});
