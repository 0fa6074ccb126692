// The dashboard's figures as tables: what each chart draws, readable by everyone (and what the
// dashboard shows alone when a chart cannot be drawn).
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { Link } from 'wouter';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../format.ts';
import { to, ROUTES } from '../routes.ts';
import { DataTable } from '../ui/DataTable.tsx';
import {
  groupLabel,
  MEMBER_SERIES,
  type BalanceCount,
  type Flow,
  type FlowDimension,
  type MembersMonth,
  type WorkshopFill,
} from './series.ts';

export function MembersTable({ rows }: { rows: readonly MembersMonth[] }) {
  const { t, language } = useTranslation();
  const n = (value: number) => formatNumber(value, language);
  return (
    <DataTable
      caption={t('dashboard.members.title')}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'month',
          header: t('dashboard.members.month'),
          rowHeader: true,
          render: (row) => formatMonth(row.month, language),
          sortValue: (row) => row.month,
        },
        ...MEMBER_SERIES.map((series) => ({
          key: series.key,
          header: t(`dashboard.members.${series.key}`),
          className: 'number',
          render: (row: MembersMonth) => n(row[series.key]),
          sortValue: (row: MembersMonth) => row[series.key],
        })),
        {
          key: 'applications',
          header: t('dashboard.members.applications'),
          className: 'number',
          render: (row) => n(row.applications),
          sortValue: (row) => row.applications,
        },
        {
          key: 'admissions',
          header: t('dashboard.members.admissions'),
          className: 'number',
          render: (row) => n(row.admissions),
          sortValue: (row) => row.admissions,
        },
      ]}
    />
  );
}

export function WorkshopsTable({ rows }: { rows: readonly WorkshopFill[] }) {
  const { t, language } = useTranslation();
  const n = (value: number) => formatNumber(value, language);
  return (
    <DataTable
      caption={t('dashboard.workshops.title')}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'title',
          header: t('dashboard.workshops.workshop'),
          rowHeader: true,
          render: (row) => <Link href={to(ROUTES.workshop, { slug: row.slug })}>{row.title}</Link>,
          sortValue: (row) => row.title,
        },
        {
          key: 'date',
          header: t('dashboard.workshops.date'),
          render: (row) => formatDate(row.startsAt, language),
          sortValue: (row) => row.startsAt,
        },
        {
          key: 'seats',
          header: t('dashboard.workshops.seats'),
          className: 'number',
          render: (row) => `${n(row.confirmed)} / ${n(row.capacity)}`,
          sortValue: (row) => row.confirmed,
        },
        {
          key: 'fill',
          header: t('dashboard.workshops.fillRate'),
          className: 'number',
          render: (row) => formatPercent(row.fillRate, language),
          sortValue: (row) => row.fillRate,
        },
        {
          key: 'waitlist',
          header: t('dashboard.workshops.waitlisted'),
          className: 'number',
          render: (row) => n(row.waitlisted),
          sortValue: (row) => row.waitlisted,
        },
        {
          key: 'present',
          header: t('dashboard.workshops.attended'),
          className: 'number',
          render: (row) => n(row.attended),
          sortValue: (row) => row.attended,
        },
        {
          key: 'absent',
          header: t('dashboard.workshops.absent'),
          className: 'number',
          render: (row) => n(row.absent),
          sortValue: (row) => row.absent,
        },
        {
          key: 'attendance',
          header: t('dashboard.workshops.attendanceRate'),
          className: 'number',
          render: (row) => formatPercent(row.attendanceRate, language),
          sortValue: (row) => row.attendanceRate,
        },
      ]}
    />
  );
}

export function FlowsTable({ rows, by }: { rows: readonly Flow[]; by: FlowDimension }) {
  const { t, language } = useTranslation();
  return (
    <DataTable
      caption={t(by === 'REGION' ? 'dashboard.flows.captionRegion' : 'dashboard.flows.captionDomain')}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'from',
          header: t('dashboard.flows.from'),
          rowHeader: true,
          render: (row) => groupLabel(row.from, by, t),
          sortValue: (row) => groupLabel(row.from, by, t),
        },
        {
          key: 'to',
          header: t('dashboard.flows.to'),
          render: (row) => groupLabel(row.to, by, t),
          sortValue: (row) => groupLabel(row.to, by, t),
        },
        {
          key: 'count',
          header: t('dashboard.flows.count'),
          className: 'number',
          render: (row) => formatNumber(row.count, language),
          sortValue: (row) => row.count,
        },
      ]}
    />
  );
}

export function BalancesTable({ rows }: { rows: readonly BalanceCount[] }) {
  const { t, language } = useTranslation();
  return (
    <DataTable
      caption={t('dashboard.balances.title')}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'balance',
          header: t('dashboard.balances.balance'),
          rowHeader: true,
          className: 'number',
          render: (row) => formatNumber(row.balance, language),
          sortValue: (row) => row.balance,
        },
        {
          key: 'members',
          header: t('dashboard.balances.members'),
          className: 'number',
          render: (row) => formatNumber(row.members, language),
          sortValue: (row) => row.members,
        },
      ]}
    />
  );
}
