// My give/receive balance (/contributions): the figures, their history month by month (chart and
// table), and every entry of the ledger with what produced it.
import './catalogue.ts';
import { MyContributionsDocument, type MyContributionsQuery } from '@ekoacteurs/client';
import { LoadFailed, localeOf, ScreenTitle, Skeleton } from '@ekoacteurs/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDateTime } from '../shared/dates.ts';
import { BalanceChart } from './BalanceChart.tsx';
import { monthlySeries } from './series.ts';
import './contributions.css';

type Viewer = NonNullable<MyContributionsQuery['viewer']>;
type Entry = NonNullable<Viewer['contributions']>['edges'][number]['node'];

export function ContributionsPage() {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyContributionsDocument,
    variables: { first: 100 },
  });
  // Older pages, loaded on demand, kept beside the first one.
  const [older, setOlder] = useState<Entry[]>([]);
  const [{ data: olderData, fetching: loadingOlder }] = useQuery({
    query: MyContributionsDocument,
    variables: { first: 100, after },
    pause: !after,
  });
  const olderPage = olderData?.viewer?.contributions;
  const [seen, setSeen] = useState<string | null>(null);
  if (olderPage && after && seen !== after) {
    setSeen(after);
    setOlder((current) => [...current, ...olderPage.edges.map((edge) => edge.node)]);
  }

  // Partial data (the viewer known from another screen, its ledger not yet) is not shown.
  const viewer = data?.viewer?.contributions ? data.viewer : null;
  let body;
  if (!viewer && (fetching || (!error && !data))) body = <Skeleton label={t('contributions.loading')} />;
  else if (!viewer)
    body = (
      <LoadFailed message={t('contributions.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  else {
    const entries = [...(viewer.contributions?.edges.map((edge) => edge.node) ?? []), ...older];
    const pageInfo = olderPage && after ? olderPage.pageInfo : viewer.contributions?.pageInfo;
    body = (
      <Ledger
        viewer={viewer}
        entries={entries}
        more={pageInfo?.hasNextPage ? () => setAfter(pageInfo.endCursor ?? null) : null}
        loadingMore={loadingOlder}
      />
    );
  }
  return (
    <section aria-labelledby="contributions-title" className="wk-screen">
      <ScreenTitle id="contributions-title">{t('contributions.title')}</ScreenTitle>
      <p className="muted">{t('contributions.intro')}</p>
      {body}
    </section>
  );
}

function Ledger({
  viewer,
  entries,
  more,
  loadingMore,
}: {
  viewer: Viewer;
  entries: Entry[];
  more: (() => void) | null;
  loadingMore: boolean;
}) {
  const { t, language } = useTranslation();
  const locale = localeOf(language);
  const balance = viewer.balance ?? { given: 0, received: 0, balance: 0 };
  const points = useMemo(() => monthlySeries(entries, balance.balance), [entries, balance.balance]);
  const monthName = (month: string, style: 'short' | 'long') =>
    new Intl.DateTimeFormat(locale, {
      month: style,
      year: style === 'short' ? '2-digit' : 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-15T00:00:00Z`));
  const number = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });

  return (
    <>
      <dl className="ct-figures">
        <div>
          <dt>{t('contributions.given')}</dt>
          <dd className="stat">{balance.given}</dd>
        </div>
        <div>
          <dt>{t('contributions.received')}</dt>
          <dd className="stat">{balance.received}</dd>
        </div>
        <div>
          <dt>{t('contributions.balance')}</dt>
          <dd className="stat">{number.format(balance.balance)}</dd>
        </div>
      </dl>
      <p>
        {balance.balance > 0
          ? t('contributions.moreGiven')
          : balance.balance < 0
            ? t('contributions.moreReceived')
            : t('contributions.even')}
      </p>

      {entries.length === 0 ? (
        <div className="notice">
          <p>{t('contributions.empty')}</p>
          <Link href="/agenda" className="button">
            {t('contributions.emptyAction')}
          </Link>
        </div>
      ) : (
        <>
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('contributions.historyTitle')}</h2>
            <BalanceChart
              points={points}
              title={t('contributions.chartTitle')}
              description={t('contributions.chartDescription', {
                from: monthName(points[0]!.month, 'long'),
                to: monthName(points.at(-1)!.month, 'long'),
                balance: number.format(points.at(-1)!.balance),
              })}
              monthLabel={(month) => monthName(month, 'short')}
            />
            <div className="ct-table-wrap">
              <table className="ct-table">
                <caption id="history-table-caption">{t('contributions.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('contributions.month')}</th>
                    <th scope="col">{t('contributions.given')}</th>
                    <th scope="col">{t('contributions.received')}</th>
                    <th scope="col">{t('contributions.balanceEnd')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...points].reverse().map((point) => (
                    <tr key={point.month}>
                      <th scope="row">{monthName(point.month, 'long')}</th>
                      <td>{point.given}</td>
                      <td>{point.received}</td>
                      <td>{number.format(point.balance)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="entries-title">
            <h2 id="entries-title">
              {t('contributions.entriesTitle', { count: viewer.contributions?.totalCount ?? entries.length })}
            </h2>
            <ul className="boxed-list">
              {entries.map((entry) => (
                <li key={entry.id} className={entry.direction === 'GIVEN' ? 'ct-given' : 'ct-received'}>
                  <p className="ct-entry-head">
                    <strong>{t(`contributions.kinds.${entry.kind}`)}</strong>{' '}
                    <span className="ct-amount">
                      {t(entry.direction === 'GIVEN' ? 'contributions.givenAmount' : 'contributions.receivedAmount', {
                        weight: number.format(entry.weight),
                      })}
                    </span>
                  </p>
                  <p className="muted">
                    <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time>
                    {' · '}
                    <Source entry={entry} />
                  </p>
                  {entry.note && <p>{entry.note}</p>}
                </li>
              ))}
            </ul>
            {more && (
              <button type="button" className="secondary" onClick={more} disabled={loadingMore}>
                {loadingMore ? t('contributions.loading') : t('contributions.more')}
              </button>
            )}
          </section>
        </>
      )}
    </>
  );
}

function Source({ entry }: { entry: Entry }) {
  const { t, language } = useTranslation();
  const source = entry.source;
  if (!source) return <>{t('contributions.source.hidden')}</>;
  switch (source.__typename) {
    case 'Workshop':
      return (
        <>
          {t('contributions.source.workshop')}{' '}
          <Link href={`/agenda/${encodeURIComponent(source.slug)}`}>{source.title}</Link>
        </>
      );
    case 'Recommendation':
      return (
        <>
          {entry.direction === 'GIVEN'
            ? t('contributions.source.recommendationTo', { name: source.to.displayName })
            : t('contributions.source.recommendationFrom', { name: source.from.displayName })}
          {source.clientName ? ` (${source.clientName})` : ''}
        </>
      );
    case 'OpportunityInterest':
      return (
        <>
          {t('contributions.source.opportunity')}{' '}
          <Link href={`/opportunites/${encodeURIComponent(source.opportunity.id)}`}>{source.opportunity.title}</Link>
        </>
      );
    case 'ContributionEntry':
      return (
        <>
          {t('contributions.source.correction', {
            kind: t(`contributions.kinds.${source.kind}`),
            date: formatDateTime(source.createdAt, language),
          })}
        </>
      );
    default:
      return <>{entry.sourceType}</>;
  }
}
