// One collective, as its members live it: who it is, its charter, its members with their roles
// and responsibilities, commitments and journal. Coordinators manage it from here; other members
// of the federation read its charter and ask to join.
import './catalogue.ts';
import { CollectivePageDocument } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { AboutSection } from './AboutSection.tsx';
import { CharterSection } from './CharterSection.tsx';
import { CommitmentsSection } from './CommitmentsSection.tsx';
import { JoinPanel } from './JoinPanel.tsx';
import { JournalSection } from './JournalSection.tsx';
import { MembersSection } from './MembersSection.tsx';
import { COLLECTIVE_PATHS } from '../shared/paths.ts';
import { formatDate } from '../shared/dates.ts';
import { LiveStatus, LoadFailed, Skeleton, ScreenTitle, useArrival, SectionNav } from '@ekoacteurs/ui';
import { standingOf } from './standing.ts';
import './collectives.css';

export function CollectivePage() {
  const { t, language } = useTranslation();
  const { slug = '' } = useParams<{ slug: string }>();
  const { viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CollectivePageDocument, variables: { slug } });
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const justCreated = useArrival<boolean>('created');

  if (fetching && !data) return <Skeleton label={t('collectives.page.loading')} />;
  if (error && !data)
    return (
      <LoadFailed message={t('collectives.page.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  const collective = data?.collective;
  if (!collective) {
    return (
      <section aria-labelledby="collective-missing" className="co-screen narrow">
        <ScreenTitle id="collective-missing">{t('collectives.page.notFoundTitle')}</ScreenTitle>
        <p>{t('collectives.page.notFound')}</p>
        <p className="actions">
          <Link href={COLLECTIVE_PATHS.mine} className="button">
            {t('collectives.nav')}
          </Link>
          <Link href={COLLECTIVE_PATHS.browse} className="button secondary">
            {t('collectives.mine.browse')}
          </Link>
        </p>
      </section>
    );
  }

  const standing = standingOf(collective, viewer?.id ?? null);
  const me = collective.viewerMembership;

  return (
    <article aria-labelledby="collective-title" className="co-screen collective">
      <header className="collective-header">
        <p className="eyebrow">
          {[standing.isMember && me ? t(`collectives.role.${me.role}`) : null, collective.region || null]
            .filter(Boolean)
            .join(' · ') || t('collectives.page.eyebrow')}
        </p>
        <ScreenTitle id="collective-title">{collective.name}</ScreenTitle>
        <p className="lead-small">{collective.purpose}</p>
        {standing.archived && (
          <p className="notice">
            {t('collectives.page.archived', {
              date: collective.archivedAt ? formatDate(collective.archivedAt, language) : '',
            })}
          </p>
        )}
        {justCreated && standing.isCoordinator && (
          <p className="notice notice-success">{t('collectives.page.created')}</p>
        )}
        <LiveStatus message={announcement} />
        {standing.isMember && (
          <SectionNav
            label={t('collectives.page.sections')}
            parts={[
              { id: 'charte', title: t('collectives.charter.title') },
              { id: 'membres', title: t('collectives.members.title') },
              { id: 'engagements', title: t('collectives.commitments.title') },
              { id: 'journal', title: t('collectives.journal.title') },
            ]}
          />
        )}
      </header>

      <AboutSection collective={collective} standing={standing} announce={setAnnouncement} />
      <CharterSection collective={collective} standing={standing} announce={setAnnouncement} />
      {!standing.isMember && <JoinPanel collective={collective} />}
      <MembersSection collective={collective} standing={standing} announce={setAnnouncement} />
      {standing.isMember && (
        <CommitmentsSection collective={collective} standing={standing} announce={setAnnouncement} />
      )}
      {standing.isMember && <JournalSection collective={collective} standing={standing} announce={setAnnouncement} />}
    </article>
  );
}
