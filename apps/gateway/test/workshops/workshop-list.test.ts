// The workshops list read in one statement (src/schema/workshops/workshop-list.ts) finds exactly what
// Prisma finds with the list's condition and order: the same workshops in the same order, the same
// total, page after page forwards and backwards, for each filter — on the seeded calendar.
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { seed } from '@ekoacteurs/db/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileSelect } from '../../src/search/select-json.ts';
import {
  LISTED_WORKSHOP,
  listOrder,
  listWhere,
  workshopPage,
  type ListArgs,
} from '../../src/schema/workshops/workshop-list.ts';

let db: TestDatabase;
let skillId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma);
  const taught = await db.prisma.workshopSkill.findFirstOrThrow({ select: { skillId: true } });
  skillId = taught.skillId;
});
afterAll(() => db?.close());

const selection = {
  select: {
    id: true,
    title: true,
    startsAt: true,
    capacity: true,
    _count: { select: { registrations: { where: { status: 'CONFIRMED' as const } } } },
    facilitators: {
      where: { member: { status: 'ACTIVE' as const, AND: [{}] } },
      orderBy: { memberId: 'asc' as const },
      select: { member: { select: { handle: true } } },
    },
  },
};

async function both(args: ListArgs, take: number, cursor?: { id: string }) {
  const compiled = compileSelect('Workshop', LISTED_WORKSHOP, selection);
  expect(compiled).not.toBeNull();
  const now = new Date();
  const fast = await workshopPage(db.read, args, { take, skip: cursor ? 1 : 0, cursor }, compiled!, true);
  const prisma = await db.prisma.workshop.findMany({
    ...selection,
    where: listWhere(args, now),
    orderBy: listOrder(args),
    take,
    ...(cursor ? { cursor, skip: 1 } : {}),
  });
  const total = await db.prisma.workshop.count({ where: listWhere(args, now) });
  return { fast, prisma, total };
}

it.each<[string, ListArgs]>([
  ['upcoming (the default)', { upcoming: true }],
  ['past ones, latest first', { upcoming: false }],
  ['every date', { upcoming: null }],
  ['one kind and format', { upcoming: null, kind: 'ATELIER', format: 'ONLINE' }],
  ['an admin’s status', { upcoming: null, status: 'DRAFT' }],
  ['a date range', { upcoming: null, from: new Date('2026-01-01'), to: new Date('2027-06-01') }],
  ['changed since', { upcoming: null, updatedSince: new Date('2020-01-01') }],
  ['a skill', { upcoming: null }],
  ['an id that cannot exist', { upcoming: null, skill: { id: 'not-a-uuid' } }],
])('reads what Prisma reads: %s', async (_label, args) => {
  const withSkill = _label === 'a skill' ? { ...args, skill: { id: skillId } } : args;
  const { fast, prisma, total } = await both(withSkill, 5);
  expect(fast.rows).toEqual(prisma);
  expect(fast.total).toBe(total);
});

it('pages forwards and backwards with cursors as Prisma does', async () => {
  const args = { upcoming: null };
  const everything = await db.prisma.workshop.findMany({ where: listWhere(args), orderBy: listOrder(args) });
  expect(everything.length).toBeGreaterThan(6);
  // Forwards, three at a time, from each page's last workshop: the whole list, once, in order.
  const seen: string[] = [];
  let cursor: { id: string } | undefined;
  for (;;) {
    const { fast, prisma } = await both(args, 3, cursor);
    expect(fast.rows).toEqual(prisma);
    seen.push(...fast.rows.map((row) => row.id as string));
    if (fast.rows.length < 3) break;
    cursor = { id: fast.rows.at(-1)!.id as string };
  }
  expect(seen).toEqual(everything.map((w) => w.id));
  // Backwards from the sixth: the three before it, in the list's order.
  const { fast, prisma } = await both(args, -3, { id: everything[5]!.id });
  expect(fast.rows.map((row) => row.id)).toEqual(everything.slice(2, 5).map((w) => w.id));
  expect(fast.rows).toEqual(prisma);
});
