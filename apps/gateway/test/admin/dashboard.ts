// Shared steps for the dashboard statistics tests: callers with sessions or tokens, the query the
// console sends, and the start of the current month in Paris (computed here without SQL).
import { createApiToken } from '../../src/auth/api-tokens.ts';
import type { TokenScope } from '../../src/auth/caller.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { addMember, type As, type TestGateway } from '../harness.ts';

export async function caller(
  t: TestGateway,
  handle: string,
  role: 'MEMBER' | 'ADMIN' = 'MEMBER',
): Promise<{ id: string; as: As }> {
  const member = await addMember(t, { handle, role });
  const { secret } = await createSession(t.db.prisma, member.id, '127.0.0.1', 'test');
  return { id: member.id, as: { cookie: `eko_session=${secret}` } };
}

export async function token(t: TestGateway, ownerId: string, scopes: TokenScope[]): Promise<As> {
  const { secret } = await createApiToken(t.db.prisma, {
    kind: 'PERSONAL',
    ownerId,
    name: 'test',
    scopes,
    expiresAt: null,
  });
  return { token: secret };
}

/** Everything the dashboard shows, in one request (as the console asks for it). */
export const STATS = `query($months: Int) {
  adminStats(months: $months) {
    months
    membersByMonth { month applicant active suspended left declined applications admissions }
    workshops { id slug title capacity confirmed waitlisted attended absent fillRate attendanceRate }
    byRegion: recommendationFlows(by: REGION) { from to count }
    byDomain: recommendationFlows(by: DOMAIN) { from to count }
    balanceDistribution { balance members }
  }
}`;

/** SQL statements for the whole dashboard, session lookup included (one, joined to its member): the same on any network size. */
export const STATEMENTS_PER_DASHBOARD = 6;

const PARIS_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM" of an instant, in Paris. */
export function parisMonth(instant: Date): string {
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}`;
}

/** The instant the current Paris month began (Paris is UTC+1 or UTC+2). */
export function parisMonthStart(now = new Date()): Date {
  const [year, month] = parisMonth(now).split('-').map(Number) as [number, number];
  for (const hours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, 1) - hours * 3_600_000);
    if (PARIS_DAY.format(candidate) === `01/${String(month).padStart(2, '0')}/${year}, 00:00`) return candidate;
  }
  throw new Error('no Paris month start found');
}

/** The "YYYY-MM" of the month `back` months before the current Paris month. */
export function monthsAgo(back: number, now = new Date()): string {
  const [year, month] = parisMonth(now).split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** An instant in the middle of the month `back` months ago, in Paris. */
export function midMonth(back: number): Date {
  const [year, month] = monthsAgo(back).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 15, 12));
}
