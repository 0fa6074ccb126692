// The workshops agenda: upcoming ones with seats left (the portal's first screen), and on /agenda
// filters by kind, format and skill, and the past workshops.
import { UpcomingWorkshopsDocument, type WorkshopFormat, type WorkshopKind } from '@ekoacteurs/client';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { WorkshopSummary } from './WorkshopSummary.tsx';
import './workshops.css';

const PAGE_SIZE = 12;
// Only on /agenda: not in the first load (the home shows the list alone).
const AgendaControls = lazy(() => import('./AgendaControls.tsx').then((m) => ({ default: m.AgendaControls })));

export interface Filters {
  kind: WorkshopKind | '';
  format: WorkshopFormat | '';
  skill: string;
  past: boolean;
}

const NO_FILTER: Filters = { kind: '', format: '', skill: '', past: false };

/** The first page without filters (the home asks for it beside the viewer query, to have it sooner). */
export const FIRST_PAGE_QUERY = { query: UpcomingWorkshopsDocument, variables: { first: PAGE_SIZE, after: null } };

/** The agenda screen (/agenda): the list with its filters and the past workshops. */
export function AgendaPage() {
  return <UpcomingWorkshops withFilters />;
}

export function UpcomingWorkshops({ withFilters = false }: { withFilters?: boolean }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UpcomingWorkshopsDocument,
    variables: {
      first: PAGE_SIZE,
      after,
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.format ? { format: filters.format } : {}),
      ...(filters.skill ? { skill: filters.skill } : {}),
      ...(filters.past ? { upcoming: false } : {}),
    },
  });
  const connection = data?.workshops;
  const filtered = filters.kind !== '' || filters.format !== '' || filters.skill !== '';

  function change(next: Partial<Filters>) {
    setAfter(null);
    setFilters((current) => ({ ...current, ...next }));
  }

  const title = filters.past ? t('workshops.pastTitle') : t('workshops.upcomingTitle');
  return (
    <section aria-labelledby="upcoming-title" aria-busy={fetching} className="wk-screen">
      <h1 id="upcoming-title">{withFilters ? t('workshops.agendaTitle') : title}</h1>
      {withFilters && (
        <Suspense fallback={null}>
          <AgendaControls filters={filters} onChange={change} />
        </Suspense>
      )}
      {withFilters && <h2 className="wk-list-title">{title}</h2>}
      {connection && connection.totalCount > 0 && (
        <p className="muted" role={withFilters ? 'status' : undefined}>
          {filters.past
            ? t('workshops.pastCount', { count: connection.totalCount })
            : t('workshops.count', { count: connection.totalCount })}
        </p>
      )}

      {error && !connection && (
        <div role="alert" className="notice notice-error">
          <p>{t('workshops.error')}</p>
          <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('workshops.retry')}
          </button>
        </div>
      )}
      {fetching && !connection && <p role="status">{t('workshops.loading')}</p>}
      {connection && connection.edges.length === 0 && (
        <div className="notice">
          <p>
            {filtered ? t('workshops.emptyFiltered') : filters.past ? t('workshops.emptyPast') : t('workshops.empty')}
          </p>
          {filtered && (
            <button type="button" className="secondary" onClick={() => change({ kind: '', format: '', skill: '' })}>
              {t('workshops.filters.reset')}
            </button>
          )}
        </div>
      )}

      {connection && connection.edges.length > 0 && (
        <ul className="cards">
          {connection.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <article aria-labelledby={`workshop-${node.id}`}>
                <WorkshopSummary workshop={node} titleId={`workshop-${node.id}`} heading="h2" />
                {node.facilitators.length > 0 && (
                  <p>
                    {t('workshops.facilitatedBy', { names: node.facilitators.map((f) => f.displayName).join(', ') })}
                  </p>
                )}
                {filters.past ? (
                  <p className="badge">{t(`workshops.status.${node.status}`)}</p>
                ) : (
                  <p className={node.seatsLeft === 0 ? 'badge badge-full' : 'badge'}>
                    {t('workshops.seatsLeft', { count: node.seatsLeft, capacity: node.capacity })}
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button type="button" disabled={fetching} onClick={() => setAfter(connection.pageInfo.endCursor)}>
          {t('workshops.loadMore')}
        </button>
      )}
    </section>
  );
}
