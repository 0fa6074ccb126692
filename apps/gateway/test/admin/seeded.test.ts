// The dashboard over the seeded network: its figures agree with the rows they summarise, and the
// whole dashboard costs as many statements as on an almost empty database.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { As, TestGateway } from '../harness.ts';
import { startSeededGateway } from './seeded-network.ts';
import { monthsAgo, STATEMENTS_PER_DASHBOARD, STATS } from './dashboard.ts';

let t: TestGateway;
let admin: As;

beforeAll(async () => {
  ({ t, admin } = await startSeededGateway());
});
afterAll(() => t?.stop());

async function dashboard(months = 12) {
  t.queries.length = 0;
  const { body } = await t.graphql(STATS, { months }, admin);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.adminStats;
}

it('agrees with the network it summarises', async () => {
  const prisma = t.db.prisma;
  const stats = await dashboard(36);
  const now = stats.membersByMonth.at(-1);
  expect(now.month).toBe(monthsAgo(0));
  const byStatus = await prisma.member.groupBy({ by: ['status'], _count: true });
  const count = (status: string) => byStatus.find((group) => group.status === status)?._count ?? 0;
  expect(now).toMatchObject({
    applicant: count('APPLICANT'),
    active: count('ACTIVE'),
    suspended: count('SUSPENDED'),
    left: count('LEFT'),
    declined: count('DECLINED'),
  });

  const balances = stats.balanceDistribution as { balance: number; members: number }[];
  expect(balances.reduce((sum, row) => sum + row.members, 0)).toBe(count('ACTIVE'));
  expect(balances.some((row) => row.balance !== 0)).toBe(true);

  // Recommendations made in the window, whichever way they are grouped.
  const flows = (rows: { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);
  expect(flows(stats.byRegion)).toBeGreaterThan(0);
  expect(flows(stats.byDomain)).toBe(flows(stats.byRegion));

  expect(stats.workshops.length).toBeGreaterThan(0);
  for (const workshop of stats.workshops) {
    expect(workshop.confirmed).toBeLessThanOrEqual(workshop.capacity);
    expect(workshop.attended + workshop.absent).toBeLessThanOrEqual(workshop.confirmed);
  }
});

it('costs the same number of statements as on a small network', async () => {
  await dashboard(36);
  expect(t.queries).toHaveLength(STATEMENTS_PER_DASHBOARD);
});
