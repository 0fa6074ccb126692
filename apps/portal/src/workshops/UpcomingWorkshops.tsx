// The list of upcoming workshops with seats left: the portal's first screen.
import { UpcomingWorkshopsDocument } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDateRange } from '../format.ts';

const PAGE_SIZE = 12;

export function UpcomingWorkshops() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UpcomingWorkshopsDocument,
    variables: { first: PAGE_SIZE, after },
  });
  const connection = data?.workshops;

  return (
    <section aria-labelledby="upcoming-title" aria-busy={fetching}>
      <h1 id="upcoming-title">{t('workshops.upcomingTitle')}</h1>
      {connection && connection.totalCount > 0 && <p className="muted">{t('workshops.count', { count: connection.totalCount })}</p>}

      {error && !connection && (
        <div role="alert" className="notice notice-error">
          <p>{t('workshops.error')}</p>
          <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('workshops.retry')}
          </button>
        </div>
      )}
      {fetching && !connection && <p role="status">{t('workshops.loading')}</p>}
      {connection && connection.edges.length === 0 && <p className="notice">{t('workshops.empty')}</p>}

      {connection && connection.edges.length > 0 && (
        <ul className="cards">
          {connection.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <article aria-labelledby={`workshop-${node.id}`}>
                <p className="eyebrow">
                  {t(`workshops.kind.${node.kind}`)} · {t(`workshops.format.${node.format}`)}
                </p>
                <h2 id={`workshop-${node.id}`}>{node.title}</h2>
                <p>
                  <time dateTime={node.startsAt}>{formatDateRange(node.startsAt, node.endsAt, node.timeZone, i18n.language)}</time>
                </p>
                {node.place && <p className="muted">{node.place}</p>}
                {node.facilitators.length > 0 && (
                  <p>{t('workshops.facilitatedBy', { names: node.facilitators.map((f) => f.displayName).join(', ') })}</p>
                )}
                <p className={node.seatsLeft === 0 ? 'badge badge-full' : 'badge'}>
                  {t('workshops.seatsLeft', { count: node.seatsLeft, capacity: node.capacity })}
                </p>
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
