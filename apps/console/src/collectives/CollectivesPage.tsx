// Collectives and opportunities: an overview of both, and archiving a collective when needed
// (it stays readable, refuses changes, and its members are notified with the reason).
import {
  AdminCollectivesDocument,
  AdminOpportunitiesDocument,
  ArchiveCollectiveDocument,
  type CollectiveStatus,
  type OpportunityStatus,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { formatDate } from '../format.ts';
import { ConfirmDialog, useAnnouncer } from '@ekoacteurs/ui';

import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { SelectFilter } from '@ekoacteurs/ui';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, PageTitle } from '../ui/States.tsx';
import { SearchForm } from '../ui/SearchForm.tsx';
import { useSubmittedSearch } from '../ui/useSubmittedSearch.ts';

const PAGE_SIZE = 20;

export function CollectivesPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle title={t('collectives.title')}>{t('collectives.title')}</PageTitle>
      <Collectives />
      <Opportunities />
    </section>
  );
}

function Collectives() {
  const { t, language } = useTranslation();
  const announce = useAnnouncer();
  const [status, setStatus] = useState<CollectiveStatus>('ACTIVE');
  const words = useSubmittedSearch();
  const list = usePagedQuery({
    query: AdminCollectivesDocument,
    variables: { status, search: words.search || null },
    size: PAGE_SIZE,
    select: (data) => data.collectives,
  });
  const [, archive] = useMutation(ArchiveCollectiveDocument);
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const rows = list.nodes.filter((c) => c.status === status);

  async function run(reason: string) {
    if (!target) return;
    const outcome = outcomeOf(
      await archive({ id: target.id, reason: reason || null }),
      'archiveCollective',
      'CollectiveSuccess',
      t,
    );
    if (!outcome.ok) return describeFailure(outcome);
    announce.success(t('collectives.archived', { name: target.name }));
    return null;
  }

  return (
    <section aria-labelledby="collectives-title" aria-busy={list.fetching}>
      <h2 id="collectives-title" tabIndex={-1}>
        {t('collectives.collectives')}
      </h2>
      <SearchForm
        label={t('collectives.searchLabel')}
        words={words}
        field={{ id: 'collectives-search', label: t('collectives.search'), maxLength: 100 }}
        button={t('members.searchButton')}
      >
        <SelectFilter
          id="collectives-status"
          label={t('collectives.status')}
          value={status}
          values={['ACTIVE', 'ARCHIVED'] as const}
          labelOf={(value) => t(`status.collective.${value}`)}
          onChange={setStatus}
        />
      </SearchForm>
      <PagedTable
        list={list}
        what={t('collectives.error')}
        caption={t('collectives.caption', { count: list.total })}
        rows={rows}
        rowKey={(c) => c.id}
        empty={<Empty>{t('collectives.empty')}</Empty>}
        columns={[
          {
            key: 'name',
            header: t('collectives.name'),
            rowHeader: true,
            sortValue: (c) => c.name,
            render: (c) => <a href={`/collectifs/${c.slug}`}>{c.name}</a>,
          },
          { key: 'purpose', header: t('collectives.purpose'), render: (c) => c.purpose },
          { key: 'region', header: t('members.region'), sortValue: (c) => c.region, render: (c) => c.region || '—' },
          { key: 'members', header: t('collectives.members'), count: (c) => c.members.totalCount },
          { key: 'created', header: t('collectives.createdOn'), date: (c) => c.createdAt },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (c) =>
              c.status === 'ACTIVE' ? (
                <button
                  type="button"
                  className="secondary danger-outline"
                  onClick={() => setTarget({ id: c.id, name: c.name })}
                >
                  {t('collectives.archive')}
                  <span className="visually-hidden"> — {c.name}</span>
                </button>
              ) : (
                t('collectives.archivedOn', { date: formatDate(c.archivedAt, language) })
              ),
          },
        ]}
      />
      {target && (
        <ConfirmDialog
          title={t('collectives.archiveTitle', { name: target.name })}
          confirmLabel={t('collectives.archiveConfirm')}
          tone="danger"
          field={{ label: t('collectives.reason'), hint: t('collectives.reasonHint'), maxLength: 1000 }}
          onConfirm={run}
          onClose={() => setTarget(null)}
          returnFocusTo={() => document.getElementById('collectives-title')}
        >
          <p>{t('collectives.archiveBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

const OPPORTUNITY_STATUSES: OpportunityStatus[] = ['OPEN', 'TEAM_FORMING', 'SUBMITTED', 'WON', 'LOST', 'CLOSED'];

function Opportunities() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OpportunityStatus | 'LIVE' | 'ALL'>('LIVE');
  const statuses = status === 'LIVE' ? null : status === 'ALL' ? OPPORTUNITY_STATUSES : [status];
  const list = usePagedQuery({
    query: AdminOpportunitiesDocument,
    variables: { statuses },
    size: PAGE_SIZE,
    select: (data) => data.opportunities,
  });

  return (
    <section aria-labelledby="opportunities-title" aria-busy={list.fetching}>
      <h2 id="opportunities-title">{t('collectives.opportunities')}</h2>
      <p className="muted">{t('collectives.opportunitiesNote')}</p>
      <div className="filters">
        <SelectFilter
          id="opportunities-status"
          label={t('collectives.status')}
          value={status}
          values={['LIVE', 'ALL', ...OPPORTUNITY_STATUSES] as const}
          labelOf={(value) =>
            value === 'LIVE'
              ? t('collectives.live')
              : value === 'ALL'
                ? t('collectives.allStatuses')
                : t(`status.opportunity.${value}`)
          }
          onChange={setStatus}
        />
      </div>
      <PagedTable
        list={list}
        what={t('collectives.opportunitiesError')}
        caption={t('collectives.opportunitiesCaption', { count: list.total })}
        rowKey={(o) => o.id}
        empty={<Empty>{t('collectives.noOpportunities')}</Empty>}
        columns={[
          {
            key: 'title',
            header: t('collectives.opportunity'),
            rowHeader: true,
            sortValue: (o) => o.title,
            render: (o) => o.title,
          },
          {
            key: 'kind',
            header: t('collectives.kind'),
            sortValue: (o) => o.kind,
            render: (o) => t(`opportunityKind.${o.kind}`),
          },
          {
            key: 'status',
            header: t('collectives.status'),
            sortValue: (o) => o.status,
            render: (o) => t(`status.opportunity.${o.status}`),
          },
          {
            key: 'by',
            header: t('collectives.postedBy'),
            sortValue: (o) => o.collective?.name ?? o.postedBy.displayName,
            render: (o) => (o.collective ? `${o.collective.name} (${o.postedBy.displayName})` : o.postedBy.displayName),
          },
          { key: 'interests', header: t('collectives.interests'), count: (o) => o.interests.totalCount },
          { key: 'deadline', header: t('collectives.deadline'), date: (o) => o.deadline, missing: '—' },
          { key: 'created', header: t('collectives.postedOn'), date: (o) => o.createdAt },
        ]}
      />
    </section>
  );
}
