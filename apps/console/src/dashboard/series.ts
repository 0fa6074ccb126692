// The dashboard's figures shaped for its charts and tables, and their labels, kept apart from the
// chart library so the tables (and their tests) never load it.
import type { AdminStatsQuery } from '@ekoacteurs/client';
import type { Translate } from '@ekoacteurs/ui/i18n.ts';

export type Stats = NonNullable<AdminStatsQuery['adminStats']>;
export type MembersMonth = Stats['membersByMonth'][number];
export type WorkshopFill = Stats['workshops'][number];
export type Flow = Stats['byRegion'][number];
export type BalanceCount = Stats['balanceDistribution'][number];
export type FlowDimension = 'REGION' | 'DOMAIN';

/** The member statuses, in the order the stacked chart draws them, with colours of 3:1 contrast on white or more. */
export const MEMBER_SERIES = [
  { key: 'active', color: '#1f5f3f' },
  { key: 'applicant', color: '#0b57d0' },
  { key: 'suspended', color: '#a1460a' },
  { key: 'left', color: '#5c6670' },
  { key: 'declined', color: '#9b1c1c' },
] as const;

export const FILL_COLOR = '#1f5f3f';
export const ATTENDANCE_COLOR = '#0b57d0';
export const GIVER_COLOR = '#1f5f3f';
export const RECEIVER_COLOR = '#a1460a';

/** How many flows the chart draws; the table lists them all. */
export const TOP_FLOWS = 10;

export function groupLabel(group: string, by: FlowDimension, t: Translate): string {
  if (by === 'REGION') return group || t('dashboard.flows.noRegion');
  if (!group) return t('dashboard.flows.noSkills');
  const key = `domains.${group}`;
  return t.has(key) ? t(key) : group;
}

export function flowLabel(flow: Flow, by: FlowDimension, t: Translate): string {
  return `${groupLabel(flow.from, by, t)} → ${groupLabel(flow.to, by, t)}`;
}

/** Members who give more than they receive, as many as they receive, or less. */
export function balanceSummary(rows: readonly BalanceCount[]) {
  let givers = 0;
  let balanced = 0;
  let receivers = 0;
  for (const row of rows) {
    if (row.balance > 0) givers += row.members;
    else if (row.balance < 0) receivers += row.members;
    else balanced += row.members;
  }
  return { givers, balanced, receivers };
}

/** An axis label that fits `max` characters, shortened at a word boundary (never mid-word), with "…". */
export function shortLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
