// The federation's key figures, at the top of the dashboard. While they load, the three cards are
// already there (their labels, a shimmer for the number): the charts below do not move when the
// figures arrive (layout shift).
import { FederationStatsDocument } from '@ekoacteurs/client';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { formatNumber } from '../format.ts';
import { Failure } from '../ui/States.tsx';

const FIGURES = ['activeMembers', 'activeCollectives', 'upcomingWorkshops'] as const;

export function KeyFigures() {
  const { t, language } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FederationStatsDocument });
  const stats = data?.federationStats;
  return (
    <section aria-labelledby="figures-title" aria-busy={fetching}>
      <h2 id="figures-title" className="visually-hidden">
        {t('dashboard.figures')}
      </h2>
      {fetching && !stats && (
        <>
          <p role="status" className="visually-hidden">
            {t('dashboard.loading')}
          </p>
          <dl className="cards figures" aria-hidden="true">
            {FIGURES.map((figure) => (
              <div key={figure} className="card">
                <dt>{t(`dashboard.${figure}`, { count: 2 })}</dt>
                <dd className="stat">
                  <span className="skeleton-line figure-pending">{'\u00a0'}</span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {error && !stats && (
        <Failure error={error} what={t('dashboard.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {stats && (
        <dl className="cards figures">
          {FIGURES.map((figure) => (
            <div key={figure} className="card">
              <dt>{t(`dashboard.${figure}`, { count: stats[figure] })}</dt>
              <dd className="stat">{formatNumber(stats[figure], language)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
