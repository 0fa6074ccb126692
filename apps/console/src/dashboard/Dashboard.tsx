// The console's first screen: key figures, then how the network lives over a chosen window —
// members over time, workshop fill and attendance, recommendation flows, give/receive balances.
// Each chart comes with its table; the charts load in a chunk of their own.
import { AdminStatsDocument } from '@ekoacteurs/client';
import { lazy, Suspense, useDeferredValue, useId, useState, type ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { formatMonth, formatNumber, formatPercent } from '../format.ts';
import { ErrorBoundary, RadioGroup } from '@ekoacteurs/ui';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { balanceSummary, flowLabel, type FlowDimension, type Stats } from './series.ts';
import { BalancesTable, FlowsTable, MembersTable, WorkshopsTable } from './StatsTables.tsx';
import { useNearViewport } from './useNearViewport.ts';

// One download for the four charts, shared by their lazy wrappers.
let chartsModule: Promise<typeof import('./Charts.tsx')> | null = null;
const charts = () => (chartsModule ??= import('./Charts.tsx'));
const MembersChart = lazy(() => charts().then((m) => ({ default: m.MembersChart })));
const WorkshopsChart = lazy(() => charts().then((m) => ({ default: m.WorkshopsChart })));
const FlowsChart = lazy(() => charts().then((m) => ({ default: m.FlowsChart })));
const BalancesChart = lazy(() => charts().then((m) => ({ default: m.BalancesChart })));

const WINDOWS = [6, 12, 24, 36] as const;

export function Dashboard() {
  const { t } = useTranslation();
  const [months, setMonths] = useState<number>(12);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminStatsDocument, variables: { months } });
  // The panels (four summaries, four tables) are drawn in a deferred render, which React splits
  // into short slices: the figures' arrival does not freeze a phone's main thread for the time of
  // one long task (Lighthouse's blocking time).
  const stats = useDeferredValue(data?.adminStats);

  return (
    <section aria-busy={fetching}>
      <PageTitle title={t('dashboard.title')}>{t('dashboard.title')}</PageTitle>
      <KeyFigures />
      <div className="toolbar">
        <label htmlFor="dashboard-window">{t('dashboard.window')}</label>
        <select id="dashboard-window" value={months} onChange={(event) => setMonths(Number(event.target.value))}>
          {WINDOWS.map((value) => (
            <option key={value} value={value}>
              {t('dashboard.months', { count: value })}
            </option>
          ))}
        </select>
      </div>
      {!stats && (fetching || data?.adminStats) && <Loading label={t('dashboard.statsLoading')} />}
      {error && !stats && (
        <Failure
          error={error}
          what={t('dashboard.statsError')}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {stats && <StatsPanels stats={stats} />}
    </section>
  );
}

function StatsPanels({ stats }: { stats: Stats }) {
  const { t, language } = useTranslation();
  const [by, setBy] = useState<FlowDimension>('REGION');
  const n = (value: number) => formatNumber(value, language);
  const last = stats.membersByMonth.at(-1);
  const flows = by === 'REGION' ? stats.byRegion : stats.byDomain;
  const top = flows[0];
  const balances = balanceSummary(stats.balanceDistribution);
  const filled = stats.workshops.reduce((sum, w) => sum + w.confirmed, 0);
  const seats = stats.workshops.reduce((sum, w) => sum + w.capacity, 0);

  // Each chart's accessible name: its title, then the sentence that sums it up.
  const members = {
    title: t('dashboard.members.title'),
    summary: last
      ? t('dashboard.members.summary', {
          month: formatMonth(last.month, language),
          active: n(last.active),
          applicant: n(last.applicant),
          suspended: n(last.suspended),
        })
      : '',
  };
  const workshops = {
    title: t('dashboard.workshops.title'),
    summary: t('dashboard.workshops.summary', {
      count: stats.workshops.length,
      rate: formatPercent(seats > 0 ? filled / seats : 0, language),
    }),
  };
  const flowsText = {
    title: t('dashboard.flows.title'),
    summary: top
      ? t('dashboard.flows.summary', {
          count: flows.reduce((sum, f) => sum + f.count, 0),
          top: flowLabel(top, by, t),
          topCount: n(top.count),
        })
      : '',
  };
  const balancesText = {
    title: t('dashboard.balances.title'),
    summary: t('dashboard.balances.summary', {
      givers: n(balances.givers),
      balanced: n(balances.balanced),
      receivers: n(balances.receivers),
    }),
  };
  const label = (text: { title: string; summary: string }) => `${text.title}. ${text.summary}`;

  return (
    <div className="panels">
      <ChartPanel
        {...members}
        intro={t('dashboard.members.intro')}
        chart={<MembersChart rows={stats.membersByMonth} label={label(members)} />}
        table={<MembersTable rows={stats.membersByMonth} />}
      />
      <ChartPanel
        {...workshops}
        intro={t('dashboard.workshops.intro')}
        empty={stats.workshops.length === 0 ? t('dashboard.workshops.empty') : undefined}
        chart={<WorkshopsChart rows={stats.workshops} label={label(workshops)} />}
        table={<WorkshopsTable rows={stats.workshops} />}
      />
      <ChartPanel
        {...flowsText}
        intro={t('dashboard.flows.intro')}
        controls={
          <RadioGroup
            className="inline-choices"
            name="flow-dimension"
            legend={t('dashboard.flows.groupBy')}
            values={['REGION', 'DOMAIN'] as const}
            value={by}
            onChange={setBy}
            labelOf={(value) => t(`dashboard.flows.by${value}`)}
          />
        }
        empty={flows.length === 0 ? t('dashboard.flows.empty') : undefined}
        chart={<FlowsChart rows={flows} by={by} label={label(flowsText)} />}
        table={<FlowsTable rows={flows} by={by} />}
      />
      <ChartPanel
        {...balancesText}
        intro={t('dashboard.balances.intro')}
        empty={stats.balanceDistribution.length === 0 ? t('dashboard.balances.empty') : undefined}
        chart={<BalancesChart rows={stats.balanceDistribution} label={label(balancesText)} />}
        table={<BalancesTable rows={stats.balanceDistribution} />}
      />
    </div>
  );
}

function ChartPanel({
  title,
  intro,
  summary,
  controls,
  chart,
  table,
  empty,
}: {
  title: string;
  intro: string;
  /** One sentence that says what the chart shows, shown under it (and part of its accessible name). */
  summary: string;
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  empty?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [chartFailed, setChartFailed] = useState(false);
  const [near, slot] = useNearViewport<HTMLDivElement>();
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      <p className="muted">{intro}</p>
      {controls}
      {empty ? (
        <Empty>{empty}</Empty>
      ) : (
        <>
          <div ref={slot} className="chart-slot">
            {chartFailed ? (
              <p className="notice">{t('dashboard.chartFailed')}</p>
            ) : (
              near && (
                <ErrorBoundary fallback={null} onError={() => setChartFailed(true)}>
                  <Suspense fallback={<Loading label={t('dashboard.chartLoading')} />}>{chart}</Suspense>
                </ErrorBoundary>
              )
            )}
          </div>
          <p className="chart-summary">{summary}</p>
          {chartFailed ? (
            table
          ) : (
            <details>
              <summary>{t('dashboard.showTable')}</summary>
              {table}
            </details>
          )}
        </>
      )}
    </section>
  );
}
