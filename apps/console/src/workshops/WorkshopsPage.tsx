// Workshops: by status (published by default, or drafts, cancelled, completed) and period, with
// their fill; create one from here.
import { AdminWorkshopsDocument, type WorkshopStatus } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDateTime, formatNumber } from '../format.ts';
import { to, ROUTES } from '../routes.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { pageOf, Pager, useCursorPages } from '../ui/Pager.tsx';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';

const PAGE_SIZE = 20;
const STATUSES: (WorkshopStatus | 'LISTED')[] = ['LISTED', 'DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED'];
const PERIODS = { upcoming: true, past: false, all: null } as const;

export function WorkshopsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<WorkshopStatus | 'LISTED'>('LISTED');
  const [period, setPeriod] = useState<keyof typeof PERIODS>('upcoming');
  const pages = useCursorPages(`${status}|${period}`);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminWorkshopsDocument,
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      status: status === 'LISTED' ? null : status,
      upcoming: PERIODS[period],
    },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.workshops;
  const page = pageOf(connection, pages.after, PAGE_SIZE);
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <section aria-busy={fetching}>
      <div className="title-row">
        <PageTitle title={t('workshops.title')}>{t('workshops.title')}</PageTitle>
        <Link href={ROUTES.newWorkshop} className="button">
          {t('workshops.create')}
        </Link>
      </div>
      <div className="filters">
        <div>
          <label htmlFor="workshops-status">{t('workshops.status')}</label>
          <select
            id="workshops-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as WorkshopStatus | 'LISTED')}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.workshopFilter.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="workshops-period">{t('workshops.period')}</label>
          <select
            id="workshops-period"
            value={period}
            onChange={(e) => setPeriod(e.target.value as keyof typeof PERIODS)}
          >
            {(Object.keys(PERIODS) as (keyof typeof PERIODS)[]).map((value) => (
              <option key={value} value={value}>
                {t(`workshops.periods.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {connection && <p aria-live="polite">{t('workshops.count', { count: connection.totalCount })}</p>}
      {fetching && !connection && <Loading label={t('workshops.loading')} />}
      {error && !connection && (
        <Failure error={error} what={t('workshops.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {connection && (
        <DataTable
          caption={t('workshops.caption')}
          rows={page.nodes}
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
              render: (w) => formatDateTime(w.startsAt, i18n.language, w.timeZone),
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
            {
              key: 'waitlist',
              header: t('workshops.waitlist'),
              className: 'number',
              sortValue: (w) => w.waitlistCount,
              render: (w) => n(w.waitlistCount),
            },
          ]}
        />
      )}
      {connection && (
        <Pager
          page={pages.page}
          total={connection.totalCount}
          size={PAGE_SIZE}
          hasNext={page.hasNext}
          busy={fetching}
          onNext={() => page.lastCursor && pages.next(page.lastCursor)}
          onPrevious={pages.previous}
        />
      )}
    </section>
  );
}
