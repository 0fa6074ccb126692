// The dashboard's charts (recharts), in their own chunk: the screen and its tables show without
// them. Each chart is one image for assistive technologies, named by a sentence that sums it up;
// its figures are in the table beside it.
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactElement } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { formatMonth, formatNumber, formatPercent } from '../format.ts';
import {
  ATTENDANCE_COLOR,
  FILL_COLOR,
  flowLabel,
  GIVER_COLOR,
  MEMBER_SERIES,
  RECEIVER_COLOR,
  shortLabel,
  TOP_FLOWS,
  type BalanceCount,
  type Flow,
  type FlowDimension,
  type MembersMonth,
  type WorkshopFill,
} from './series.ts';

const HEIGHT = 300;

function ChartImage({ label, children, height = HEIGHT }: { label: string; children: ReactElement; height?: number }) {
  return (
    <div role="img" aria-label={label} className="chart">
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export function MembersChart({ rows, label }: { rows: readonly MembersMonth[]; label: string }) {
  const { t, language } = useTranslation();
  const data = rows.map((row) => ({ ...row, label: formatMonth(row.month, language) }));
  return (
    <ChartImage label={label}>
      <BarChart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip formatter={(value) => formatNumber(Number(value), language)} />
        <Legend />
        {MEMBER_SERIES.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={t(`dashboard.members.${series.key}`)}
            stackId="members"
            fill={series.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartImage>
  );
}

export function WorkshopsChart({ rows, label }: { rows: readonly WorkshopFill[]; label: string }) {
  const { t, language } = useTranslation();
  // Keys other than "fill": recharts reads a datum's `fill` as its colour.
  const data = rows.map((row) => ({
    title: row.title,
    fillRate: Math.round(row.fillRate * 100),
    attendance: row.attendanceRate === null ? null : Math.round(row.attendanceRate * 100),
  }));
  return (
    <ChartImage label={label} height={HEIGHT + 70}>
      <BarChart data={data} accessibilityLayer={false} margin={{ bottom: 40, left: 100 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="title"
          interval={0}
          angle={-40}
          textAnchor="end"
          height={110}
          tickFormatter={(title: string) => shortLabel(title, 22)}
        />
        <YAxis domain={[0, 100]} unit=" %" />
        <Tooltip formatter={(value) => (value === null ? '—' : formatPercent(Number(value) / 100, language))} />
        <Legend verticalAlign="top" />
        <Bar dataKey="fillRate" name={t('dashboard.workshops.fillRate')} fill={FILL_COLOR} isAnimationActive={false} />
        <Bar
          dataKey="attendance"
          name={t('dashboard.workshops.attendanceRate')}
          fill={ATTENDANCE_COLOR}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartImage>
  );
}

export function FlowsChart({ rows, by, label }: { rows: readonly Flow[]; by: FlowDimension; label: string }) {
  const { t, language } = useTranslation();
  const data = rows.slice(0, TOP_FLOWS).map((row) => ({ flow: flowLabel(row, by, t), count: row.count }));
  return (
    <ChartImage label={label} height={Math.max(160, data.length * 34 + 40)}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="flow" width={260} tickFormatter={(flow: string) => shortLabel(flow, 38)} />
        <Tooltip formatter={(value) => formatNumber(Number(value), language)} />
        <Bar dataKey="count" name={t('dashboard.flows.count')} fill={FILL_COLOR} isAnimationActive={false} />
      </BarChart>
    </ChartImage>
  );
}

/** Every balance between the lowest and the highest, so the bars read as a histogram (gaps show as empty). */
function withGaps(rows: readonly BalanceCount[]): { balance: number; members: number }[] {
  const first = rows[0]?.balance ?? 0;
  const last = rows.at(-1)?.balance ?? 0;
  if (last - first > 100) return rows.map(({ balance, members }) => ({ balance, members }));
  const byBalance = new Map(rows.map((row) => [row.balance, row.members]));
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    balance: first + i,
    members: byBalance.get(first + i) ?? 0,
  }));
}

export function BalancesChart({ rows, label }: { rows: readonly BalanceCount[]; label: string }) {
  const { t, language } = useTranslation();
  const data = withGaps(rows);
  return (
    <ChartImage label={label}>
      <BarChart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="balance" />
        <YAxis allowDecimals={false} />
        <Tooltip
          formatter={(value) => formatNumber(Number(value), language)}
          labelFormatter={(balance) => t('dashboard.balances.balanceOf', { balance })}
        />
        <Bar dataKey="members" name={t('dashboard.balances.members')} isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.balance} fill={row.balance < 0 ? RECEIVER_COLOR : GIVER_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ChartImage>
  );
}
