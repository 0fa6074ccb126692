// The public calendar: published workshops to come, month by month.
import { publicFeedUrl } from '../../calendar/urls.ts';
import type { WorkshopSummary } from '../data/workshops.ts';
import { WorkshopCards } from './cards.tsx';
import { useEnv } from './env.tsx';

export function CalendarPage({ workshops }: { workshops: WorkshopSummary[] }) {
  const { t, publicUrl } = useEnv();
  const months = groupByMonth(workshops, t('locale'));
  return (
    <>
      <h1>{t('calendar.title')}</h1>
      <p className="lead">{t('calendar.description')}</p>
      <p>
        <a href={publicFeedUrl(publicUrl.replace(/\/$/, ''))}>{t('calendar.subscribe')}</a>
      </p>
      {months.length === 0 ? <p>{t('calendar.none')}</p> : null}
      {months.map(([month, list]) => (
        <section key={month} aria-label={month}>
          <h2>{month}</h2>
          <WorkshopCards workshops={list} />
        </section>
      ))}
    </>
  );
}

function groupByMonth(workshops: WorkshopSummary[], locale: string): [string, WorkshopSummary[]][] {
  const groups = new Map<string, WorkshopSummary[]>();
  for (const workshop of workshops) {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(
      workshop.startsAt,
    );
    const label = month.charAt(0).toUpperCase() + month.slice(1);
    groups.set(label, [...(groups.get(label) ?? []), workshop]);
  }
  return [...groups];
}
