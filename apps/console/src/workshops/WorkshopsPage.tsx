// Workshops: by status (published by default, or drafts, cancelled, completed) and period, with
// their fill; create one from here.
import { AdminWorkshopsDocument, type WorkshopStatus } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

import { Link } from 'wouter';
import { formatDateTime, formatNumber } from '../format.ts';
import { to, ROUTES } from '../routes.ts';

import { SelectFilter } from '@ekoacteurs/ui';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, PageTitle } from '../ui/States.tsx';

const PAGE_SIZE = 20;
const STATUSES: (WorkshopStatus | 'LISTED')[] = ['LISTED', 'DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED'];
const PERIODS = { upcoming: true, past: false, all: null } as const;

export function WorkshopsPage() {
  const { t, language } = useTranslation();
  const [status, setStatus] = useState<WorkshopStatus | 'LISTED'>('LISTED');
  const [period, setPeriod] = useState<keyof typeof PERIODS>('upcoming');
  const list = usePagedQuery({
    query: AdminWorkshopsDocument,
    variables: { status: status === 'LISTED' ? null : status, upcoming: PERIODS[period] },
    size: PAGE_SIZE,
    select: (data) => data.workshops,
  });
  const n = (value: number) => formatNumber(value, language);

  return (
    <section aria-busy={list.fetching}>
      <div className="title-row">
        <PageTitle title={t('workshops.title')}>{t('workshops.title')}</PageTitle>
        <Link href={ROUTES.newWorkshop} className="button">
          {t('workshops.create')}
        </Link>
      </div>
      <div className="filters">
        <SelectFilter
          id="workshops-status"
          label={t('workshops.status')}
          value={status}
          values={STATUSES}
          labelOf={(value) => t(`status.workshopFilter.${value}`)}
          onChange={setStatus}
        />
        <SelectFilter
          id="workshops-period"
          label={t('workshops.period')}
          value={period}
          values={Object.keys(PERIODS) as (keyof typeof PERIODS)[]}
          labelOf={(value) => t(`workshops.periods.${value}`)}
          onChange={setPeriod}
        />
      </div>
      {list.connection && <p aria-live="polite">{t('workshops.count', { count: list.connection.totalCount })}</p>}
      <PagedTable
        list={list}
        what={t('workshops.error')}
        loadingLabel={t('workshops.loading')}
        caption={t('workshops.caption')}
        rowKey={(w) => w.id}
        empty={<Empty>{t('workshops.empty')}</Empty>}
        columns={[
          {
            key: 'title',
            header: t('workshops.workshop'),
            rowHeader: true,
            sortValue: (w) => w.title,
            render: (w) => <Link href={to(ROUTES.workshop, { slug: w.slug })}>{w.title}</Link>,
          },
          {
            key: 'kind',
            header: t('workshops.kind'),
            sortValue: (w) => t(`kind.${w.kind}`),
            render: (w) => t(`kind.${w.kind}`),
          },
          {
            key: 'date',
            header: t('workshops.date'),
            sortValue: (w) => w.startsAt,
            render: (w) => formatDateTime(w.startsAt, language, w.timeZone),
          },
          {
            key: 'format',
            header: t('workshops.format'),
            sortValue: (w) => w.format,
            render: (w) => t(`format.${w.format}`),
          },
          {
            key: 'status',
            header: t('workshops.status'),
            sortValue: (w) => w.status,
            render: (w) => <span className={`badge workshop-${w.status}`}>{t(`status.workshop.${w.status}`)}</span>,
          },
          {
            key: 'seats',
            header: t('workshops.seats'),
            className: 'number',
            sortValue: (w) => w.confirmedCount / Math.max(1, w.capacity),
            render: (w) => `${n(w.confirmedCount)} / ${n(w.capacity)}`,
          },
          { key: 'waitlist', header: t('workshops.waitlist'), count: (w) => w.waitlistCount },
        ]}
      />
    </section>
  );
}
