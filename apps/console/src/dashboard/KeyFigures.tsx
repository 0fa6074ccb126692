// The federation's key figures, at the top of the dashboard.
import { FederationStatsDocument } from '@ekoacteurs/client';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatNumber } from '../format.ts';
import { Failure, Loading } from '../ui/States.tsx';

const FIGURES = ['activeMembers', 'activeCollectives', 'upcomingWorkshops'] as const;

export function KeyFigures() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FederationStatsDocument });
  const stats = data?.federationStats;
  return (
    <section aria-labelledby="figures-title" aria-busy={fetching}>
      <h2 id="figures-title" className="visually-hidden">
        {t('dashboard.figures')}
      </h2>
      {fetching && !stats && <Loading label={t('dashboard.loading')} />}
      {error && !stats && (
        <Failure error={error} what={t('dashboard.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {stats && (
        <dl className="cards figures">
          {FIGURES.map((figure) => (
            <div key={figure} className="card">
              <dt>{t(`dashboard.${figure}`, { count: stats[figure] })}</dt>
              <dd className="stat">{formatNumber(stats[figure], i18n.language)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
