// Shared steps for the dashboard statistics tests: the query the console sends, and the start of
// the current month in Paris (computed here without SQL).
import { wallClock } from '@ekoacteurs/ui/wall-clock.ts';

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

const PARIS = 'Europe/Paris';

/** "YYYY-MM" of an instant, in Paris. */
export function parisMonth(instant: Date): string {
  const { year, month } = wallClock(instant, PARIS);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The instant the current Paris month began (Paris is UTC+1 or UTC+2). */
export function parisMonthStart(now = new Date()): Date {
  const { year, month } = wallClock(now, PARIS);
  for (const hours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, 1) - hours * 3_600_000);
    const clock = wallClock(candidate, PARIS);
    if (clock.year === year && clock.month === month && clock.day === 1 && clock.hour === 0 && clock.minute === 0)
      return candidate;
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
