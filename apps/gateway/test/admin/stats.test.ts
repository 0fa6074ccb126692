// The dashboard's figures on a small network whose every row is written here: what each chart of
// the console shows, month boundaries in Paris, who may ask, and what a dashboard costs in SQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { person, tokenFor, type Person } from '../people.ts';
import { midMonth, monthsAgo, parisMonthStart, STATEMENTS_PER_DASHBOARD, STATS } from './dashboard.ts';

let t: TestGateway;
let admin: Person;
let lea: Person;
const ids: Record<string, string> = {};

const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestGateway();
  const prisma = t.db.prisma;
  admin = await person(t, 'admin', { role: 'ADMIN' });
  lea = await person(t, 'lea');
  ids.admin = admin.id;
  ids.lea = lea.id;
  const people = [
    { handle: 'ana', status: 'APPLICANT', createdAt: midMonth(2) },
    { handle: 'ben', status: 'ACTIVE', createdAt: midMonth(2), admittedAt: midMonth(1), region: 'Bretagne' },
    { handle: 'chloe', status: 'SUSPENDED', createdAt: midMonth(1), region: 'Occitanie' },
    // Half an hour into the month in Paris is still the previous month in UTC.
    { handle: 'dan', status: 'DECLINED', createdAt: new Date(parisMonthStart().getTime() + 30 * 60_000) },
    { handle: 'eve', status: 'LEFT', createdAt: midMonth(14) },
    { handle: 'fay', status: 'ACTIVE' },
  ] as const;
  for (const { handle, ...data } of people) {
    const member = await addMember(t, { handle });
    await prisma.member.update({ where: { id: member.id }, data });
    ids[handle] = member.id;
  }
  await prisma.member.update({ where: { id: lea.id }, data: { region: 'Bretagne' } });

  const skill = (slug: string, domain: 'STRATEGY' | 'COMMUNICATION' | 'PRODUCTION') =>
    prisma.skill.create({ data: { slug, name: slug, nameEn: slug, domain } });
  const [strategy, writing, social, video] = await Promise.all([
    skill('strategie', 'STRATEGY'),
    skill('redaction', 'COMMUNICATION'),
    skill('reseaux-sociaux', 'COMMUNICATION'),
    skill('video', 'PRODUCTION'),
  ]);
  await prisma.memberSkill.createMany({
    data: [
      // Ben: one skill in each domain; the higher level decides.
      { memberId: ids.ben!, skillId: writing.id, level: 'ADVANCED' },
      { memberId: ids.ben!, skillId: video.id, level: 'BEGINNER' },
      // Chloé: a tie everywhere; the taxonomy order decides.
      { memberId: ids.chloe!, skillId: strategy.id, level: 'INTERMEDIATE' },
      { memberId: ids.chloe!, skillId: video.id, level: 'INTERMEDIATE' },
      // Léa: more skills beat a higher level.
      { memberId: lea.id, skillId: writing.id, level: 'BEGINNER' },
      { memberId: lea.id, skillId: social.id, level: 'BEGINNER' },
      { memberId: lea.id, skillId: video.id, level: 'EXPERT' },
    ],
  });

  const recommend = (from: string, to: string, createdAt = new Date()) =>
    prisma.recommendation.create({ data: { fromId: ids[from]!, toId: ids[to]!, clientName: 'Client', createdAt } });
  await recommend('ben', 'chloe');
  await recommend('lea', 'chloe');
  await recommend('chloe', 'ben');
  await recommend('lea', 'admin');
  await recommend('ben', 'lea', midMonth(14));

  const entry = (
    member: string,
    direction: 'GIVEN' | 'RECEIVED',
    weight: number,
    kind: 'RECOMMENDATION' | 'WORKSHOP_ATTENDED' | 'CORRECTION' = 'RECOMMENDATION',
    correctsId?: string,
  ) =>
    prisma.contributionEntry.create({
      data: { memberId: ids[member]!, direction, kind, weight, sourceType: 'Test', sourceId: randomUUID(), correctsId },
    });
  await entry('ben', 'GIVEN', 2);
  await entry('ben', 'RECEIVED', 2);
  const mistaken = await entry('lea', 'GIVEN', 2);
  await entry('lea', 'GIVEN', 2);
  await entry('lea', 'RECEIVED', 1, 'WORKSHOP_ATTENDED');
  await entry('lea', 'GIVEN', -2, 'CORRECTION', mistaken.id);
  await entry('admin', 'RECEIVED', 2);
  await entry('chloe', 'GIVEN', 5);

  const workshop = (slug: string, status: 'DRAFT' | 'PUBLISHED' | 'COMPLETED', startsAt: Date, capacity: number) =>
    prisma.workshop.create({
      data: {
        slug,
        title: slug,
        kind: 'ATELIER',
        format: 'ONLINE',
        status,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
        capacity,
      },
    });
  const recent = await workshop('recent', 'PUBLISHED', new Date(Date.now() - 2 * DAY), 4);
  ids.recent = recent.id;
  await workshop('last-month', 'COMPLETED', midMonth(1), 2);
  await workshop('draft', 'DRAFT', new Date(Date.now() + 5 * DAY), 10);
  await workshop('long-ago', 'COMPLETED', midMonth(14), 10);
  await prisma.workshopRegistration.createMany({
    data: [
      { workshopId: recent.id, memberId: lea.id, status: 'CONFIRMED', attended: true },
      { workshopId: recent.id, memberId: ids.ben!, status: 'CONFIRMED', attended: false },
      { workshopId: recent.id, memberId: ids.fay!, status: 'CONFIRMED' },
      { workshopId: recent.id, memberId: ids.chloe!, status: 'WAITLISTED', waitlistRank: 1 },
      { workshopId: recent.id, memberId: ids.ana!, status: 'CANCELLED' },
    ],
  });
});
afterAll(() => t?.stop());

async function stats(months?: number, as: As = admin.as) {
  const { body } = await t.graphql(STATS, months === undefined ? {} : { months }, as);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.adminStats;
}

describe('members over time', () => {
  it('counts who had applied by the end of each Paris month, by their status today', async () => {
    const { months, membersByMonth } = await stats(3);
    expect(months).toBe(3);
    expect(membersByMonth).toEqual([
      {
        month: monthsAgo(2),
        applicant: 1,
        active: 1,
        suspended: 0,
        left: 1,
        declined: 0,
        applications: 2,
        admissions: 0,
      },
      {
        month: monthsAgo(1),
        applicant: 1,
        active: 1,
        suspended: 1,
        left: 1,
        declined: 0,
        applications: 1,
        admissions: 1,
      },
      // Dan applied half an hour into this month in Paris (still last month in UTC): counted this month.
      {
        month: monthsAgo(0),
        applicant: 1,
        active: 4,
        suspended: 1,
        left: 1,
        declined: 1,
        applications: 4,
        admissions: 0,
      },
    ]);
  });

  it('gives twelve months by default, oldest first', async () => {
    const { membersByMonth } = await stats();
    expect(membersByMonth.map((row: { month: string }) => row.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => monthsAgo(11 - i)),
    );
    // Eve applied 14 months ago: she is in every month of the window, never as an application.
    expect(membersByMonth[0]).toMatchObject({ left: 1, applications: 0 });
  });
});

describe('workshops', () => {
  it('shows fill rate and attendance of published and completed workshops in the window, by date', async () => {
    const { workshops } = await stats(12);
    expect(workshops).toEqual([
      {
        id: expect.any(String),
        slug: 'last-month',
        title: 'last-month',
        capacity: 2,
        confirmed: 0,
        waitlisted: 0,
        attended: 0,
        absent: 0,
        fillRate: 0,
        attendanceRate: null,
      },
      {
        id: globalId('Workshop', ids.recent!),
        slug: 'recent',
        title: 'recent',
        capacity: 4,
        confirmed: 3,
        waitlisted: 1,
        attended: 1,
        absent: 1,
        fillRate: 0.75,
        attendanceRate: 0.5,
      },
    ]);
  });
});

describe('recommendation flows', () => {
  it('counts the window’s recommendations from region to region, largest first', async () => {
    const { byRegion } = await stats(12);
    expect(byRegion).toEqual([
      { from: 'Bretagne', to: 'Occitanie', count: 2 },
      { from: 'Bretagne', to: '', count: 1 },
      { from: 'Occitanie', to: 'Bretagne', count: 1 },
    ]);
  });

  it('groups members by their main skill domain: most skills, then highest level, then taxonomy order', async () => {
    const { byDomain } = await stats(12);
    expect(byDomain).toEqual([
      { from: 'COMMUNICATION', to: 'STRATEGY', count: 2 },
      { from: 'COMMUNICATION', to: '', count: 1 },
      { from: 'STRATEGY', to: 'COMMUNICATION', count: 1 },
    ]);
  });

  it('includes older recommendations when the window is wider', async () => {
    const { byRegion } = await stats(15);
    expect(byRegion).toContainEqual({ from: 'Bretagne', to: 'Bretagne', count: 1 });
  });
});

describe('balances', () => {
  it('distributes active members by given − received, corrections included', async () => {
    const { balanceDistribution } = await stats();
    // admin −2; Ben 0 and Fay (no entries) 0; Léa 2 + 2 − 1 − 2 (correction) = 1; Chloé is suspended.
    expect(balanceDistribution).toEqual([
      { balance: -2, members: 1 },
      { balance: 0, members: 2 },
      { balance: 1, members: 1 },
    ]);
  });
});

describe('who may ask', () => {
  it('answers admins only, and says why to the others', async () => {
    const code = async (as: As) => (await t.graphql(STATS, {}, as)).body.errors?.[0]?.extensions?.code;
    expect(await code({})).toBe('UNAUTHENTICATED');
    expect(await code(lea.as)).toBe('FORBIDDEN');
    expect(await code(await tokenFor(t, admin, ['read:public', 'read:network']))).toBe('INSUFFICIENT_SCOPE');
    const withAdminScope = await t.graphql(STATS, {}, await tokenFor(t, admin, ['admin']));
    expect(withAdminScope.body.errors).toBeUndefined();
    expect(withAdminScope.body.data.adminStats.months).toBe(12);
  });

  it('refuses a window outside 1–36 months before any statistics query', async () => {
    for (const months of [0, 37, -5]) {
      t.queries.length = 0;
      const { body } = await t.graphql(STATS, { months }, admin.as);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('between 1 and 36');
      expect(t.queries.filter((sql) => sql.includes('Recommendation') || sql.includes('generate_series'))).toEqual([]);
    }
  });
});

describe('cost', () => {
  it('sends one statement per figure, plus the two that identify the caller', async () => {
    t.queries.length = 0;
    await stats(12);
    // Members by month, workshops, flows by region, flows by domain, balances.
    const statistics = t.queries.filter((sql) =>
      /generate_series|"WorkshopRegistration"|"Recommendation"|"ContributionEntry"/.test(sql),
    );
    expect(statistics).toHaveLength(5);
    expect(t.queries).toHaveLength(STATEMENTS_PER_DASHBOARD);
  });
});
