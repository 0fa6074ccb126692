// The give/receive history as monthly figures: what was given and received each month, and the
// balance at the end of it. Anchored on the current balance, so a history that is only partly
// loaded still ends on the true figure.
export interface LedgerLine {
  direction: 'GIVEN' | 'RECEIVED';
  weight: number;
  createdAt: string;
}

export interface MonthPoint {
  /** "2026-03", in Europe/Paris. */
  month: string;
  given: number;
  received: number;
  /** given − received at the end of the month. */
  balance: number;
}

const monthKey = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' });
export const monthOf = (iso: string | Date) =>
  monthKey.format(typeof iso === 'string' ? new Date(iso) : iso).slice(0, 7);

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

export function monthlySeries(
  lines: readonly LedgerLine[],
  currentBalance: number,
  now: Date = new Date(),
): MonthPoint[] {
  if (lines.length === 0) return [];
  const delta = (line: LedgerLine) => (line.direction === 'GIVEN' ? line.weight : -line.weight);
  const byMonth = new Map<string, { given: number; received: number }>();
  for (const line of lines) {
    const key = monthOf(line.createdAt);
    const bucket = byMonth.get(key) ?? { given: 0, received: 0 };
    if (line.direction === 'GIVEN') bucket.given += line.weight;
    else bucket.received += line.weight;
    byMonth.set(key, bucket);
  }
  const first = [...byMonth.keys()].sort()[0]!;
  const last = monthOf(now) > first ? monthOf(now) : [...byMonth.keys()].sort().at(-1)!;
  let balance = currentBalance - lines.reduce((sum, line) => sum + delta(line), 0);
  const points: MonthPoint[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    const bucket = byMonth.get(month) ?? { given: 0, received: 0 };
    balance += bucket.given - bucket.received;
    points.push({ month, given: bucket.given, received: bucket.received, balance });
  }
  return points;
}
