// The console's first screen: the federation's key figures.
import { FederationStatsDocument } from '@ekoacteurs/client';
import { localeOf } from '@ekoacteurs/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

const FIGURES = ['activeMembers', 'activeCollectives', 'upcomingWorkshops'] as const;

export function Dashboard() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FederationStatsDocument });
  const stats = data?.federationStats;
  const number = new Intl.NumberFormat(localeOf(i18n.language));

  return (
    <section aria-labelledby="dashboard-title" aria-busy={fetching}>
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      {fetching && !stats && <p role="status">{t('dashboard.loading')}</p>}
      {error && !stats && (
        <div role="alert" className="notice notice-error">
          <p>{t('dashboard.error')}</p>
          <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('dashboard.retry')}
          </button>
        </div>
      )}
      {stats && (
        <dl className="cards">
          {FIGURES.map((figure) => (
            <div key={figure} className="card">
              <dt>{t(`dashboard.${figure}`, { count: stats[figure] })}</dt>
              <dd className="stat">{number.format(stats[figure])}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
