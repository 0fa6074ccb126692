// The federation's page for visitors: what it is (its own page when published), who is in it,
// what is coming up, and how to join.
import type { FederationPageData } from '../data/federation.ts';
import { paths } from '../urls.ts';
import { CollectiveCards, MemberCards, WorkshopCards } from './cards.tsx';
import { useEnv } from './env.tsx';
import { Sections } from './Sections.tsx';

export function FederationPage({ data }: { data: FederationPageData }) {
  const { t, href } = useEnv();
  const { page } = data;
  return (
    <>
      <h1>{page?.title || t('site.federation')}</h1>
      <p className="lead">{page?.seoDescription || t('federation.lead')}</p>
      <p className="actions">
        <a className="button" href={paths.apply}>
          {t('site.join')}
        </a>
        <a className="button secondary" href={href(paths.directory)}>
          {t('federation.allMembers')}
        </a>
      </p>
      <section aria-labelledby="chiffres">
        <h2 id="chiffres">{t('federation.stats')}</h2>
        <ul className="stats">
          <li>
            <span className="stat">{data.listedMembers}</span> {t('federation.listed', { count: data.listedMembers })}{' '}
            <span className="stat-note">{t('federation.ofActive', { count: data.activeMembers })}</span>
          </li>
          <li>
            <span className="stat">{data.collectives.length}</span>{' '}
            {t('federation.collectives', { count: data.collectives.length })}
          </li>
          <li>
            <span className="stat">{data.upcomingCount}</span>{' '}
            {t('federation.workshops', { count: data.upcomingCount })}
          </li>
        </ul>
      </section>
      {page ? <Sections sections={page.sections} contactHref={paths.apply} /> : null}
      {data.featured.length ? (
        <section aria-labelledby="membres">
          <h2 id="membres">{t('federation.someMembers')}</h2>
          <MemberCards members={data.featured.map((member) => ({ ...member, hasPage: true }))} />
          <p>
            <a href={href(paths.directory)}>{t('federation.allMembers')}</a>
          </p>
        </section>
      ) : null}
      {data.collectives.length ? (
        <section aria-labelledby="collectifs">
          <h2 id="collectifs">{t('federation.collectivesTitle')}</h2>
          <CollectiveCards collectives={data.collectives} />
        </section>
      ) : null}
      <section aria-labelledby="a-venir">
        <h2 id="a-venir">{t('federation.upcoming')}</h2>
        {data.upcoming.length ? <WorkshopCards workshops={data.upcoming} /> : <p>{t('calendar.none')}</p>}
        <p>
          <a href={href(paths.calendar)}>{t('federation.allWorkshops')}</a>
        </p>
      </section>
    </>
  );
}
