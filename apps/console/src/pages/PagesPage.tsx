// Pages and content: what visitors reported, and the public pages; an admin can take a page
// offline with a reason its owner reads, or mark a report as dealt with.
import {
  AdminPublicPagesDocument,
  PageReportsDocument,
  ResolvePageReportDocument,
  UnpublishPageDocument,
  type PageOwnerKind,
  type PageReportStatus,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { formatDateTime } from '../format.ts';
import { ConfirmDialog, useAnnouncer } from '@ekoacteurs/ui';

import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { SelectFilter } from '@ekoacteurs/ui';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, PageTitle } from '../ui/States.tsx';
import { reasonField } from '../ui/reason-field.ts';

const PAGE_SIZE = 20;

interface PageRef {
  id: string;
  title: string;
  published: boolean;
}

export function PagesPage() {
  const { t } = useTranslation();
  const announce = useAnnouncer();
  const [, unpublish] = useMutation(UnpublishPageDocument);
  const [target, setTarget] = useState<PageRef | null>(null);

  async function takeOffline(reason: string) {
    if (!target) return;
    const outcome = outcomeOf(await unpublish({ id: target.id, reason }), 'unpublishPage', 'VisibilityPageSuccess', t);
    if (!outcome.ok) return describeFailure(outcome);
    announce.success(t('pages.unpublished', { title: target.title }));
    return null;
  }

  return (
    <section>
      <PageTitle title={t('pages.title')}>{t('pages.title')}</PageTitle>
      <p className="muted">{t('pages.intro')}</p>
      <Reports onUnpublish={setTarget} />
      <PublicPages onUnpublish={setTarget} />
      {target && (
        <ConfirmDialog
          title={t('pages.unpublishTitle', { title: target.title })}
          confirmLabel={t('pages.unpublishConfirm')}
          tone="danger"
          field={reasonField(t('pages.reason'), t('pages.reasonHint'))}
          onConfirm={takeOffline}
          onClose={() => setTarget(null)}
          returnFocusTo={() => document.querySelector<HTMLElement>('main h1')}
        >
          <p>{t('pages.unpublishBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function Reports({ onUnpublish }: { onUnpublish: (page: PageRef) => void }) {
  const { t, language } = useTranslation();
  const announce = useAnnouncer();
  const [status, setStatus] = useState<PageReportStatus>('OPEN');
  const list = usePagedQuery({
    query: PageReportsDocument,
    variables: { status },
    size: PAGE_SIZE,
    select: (data) => data.pageReports,
  });
  const [, resolve] = useMutation(ResolvePageReportDocument);
  // Resolved reports leave the "open" list as soon as the cache knows; taking a page offline
  // resolves its open reports on the server.
  const rows =
    status === 'OPEN' ? list.nodes.filter((report) => !report.resolvedAt && report.page.published) : list.nodes;

  async function markResolved(id: string, title: string) {
    const outcome = outcomeOf(await resolve({ id }), 'resolvePageReport', 'PageReportSuccess', t);
    if (!outcome.ok) return announce.error(describeFailure(outcome));
    announce.success(t('pages.resolved', { title }));
    document.querySelector<HTMLElement>('#reports-title')?.focus();
  }

  return (
    <section aria-labelledby="reports-title" aria-busy={list.fetching}>
      <h2 id="reports-title" tabIndex={-1}>
        {t('pages.reports')}
      </h2>
      <div className="filters">
        <SelectFilter
          id="reports-status"
          label={t('participants.show')}
          value={status}
          values={['OPEN', 'RESOLVED', 'ALL'] as const}
          labelOf={(value) => t(`pages.reportStatuses.${value}`)}
          onChange={setStatus}
        />
      </div>
      <PagedTable
        list={list}
        what={t('pages.reportsError')}
        caption={t('pages.reportsCaption', { count: list.total })}
        rows={rows}
        rowKey={(r) => r.id}
        empty={<Empty>{status === 'OPEN' ? t('pages.noOpenReports') : t('pages.noReports')}</Empty>}
        columns={[
          {
            key: 'page',
            header: t('pages.page'),
            rowHeader: true,
            sortValue: (r) => r.page.title,
            render: (r) => <a href={r.page.url}>{r.page.title}</a>,
          },
          {
            key: 'reason',
            header: t('pages.reportReason'),
            render: (r) => <span className="pre-wrap">{r.reason}</span>,
          },
          {
            key: 'date',
            header: t('pages.reportedOn'),
            sortValue: (r) => r.createdAt,
            render: (r) => formatDateTime(r.createdAt, language),
          },
          {
            key: 'online',
            header: t('pages.online'),
            sortValue: (r) => (r.page.published ? 1 : 0),
            render: (r) => (r.page.published ? t('common.yes') : t('pages.offline')),
          },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (r) => (
              <div className="actions">
                {r.page.published && (
                  <button type="button" className="secondary danger-outline" onClick={() => onUnpublish(r.page)}>
                    {t('pages.unpublish')}
                    <span className="visually-hidden"> — {r.page.title}</span>
                  </button>
                )}
                {!r.resolvedAt && (
                  <button type="button" className="secondary" onClick={() => markResolved(r.id, r.page.title)}>
                    {t('pages.resolve')}
                    <span className="visually-hidden"> — {r.page.title}</span>
                  </button>
                )}
              </div>
            ),
          },
        ]}
      />
    </section>
  );
}

function PublicPages({ onUnpublish }: { onUnpublish: (page: PageRef) => void }) {
  const { t } = useTranslation();
  const [ownerKind, setOwnerKind] = useState<PageOwnerKind | 'ALL'>('ALL');
  const list = usePagedQuery({
    query: AdminPublicPagesDocument,
    variables: { ownerKind: ownerKind === 'ALL' ? null : ownerKind },
    size: PAGE_SIZE,
    select: (data) => data.publicPages,
  });
  // A page taken offline leaves the list as soon as the cache knows.
  const rows = list.nodes.filter((p) => p.published);

  return (
    <section aria-labelledby="public-pages-title" aria-busy={list.fetching}>
      <h2 id="public-pages-title">{t('pages.publicPages')}</h2>
      <div className="filters">
        <SelectFilter
          id="pages-owner"
          label={t('pages.owner')}
          value={ownerKind}
          values={['ALL', 'MEMBER', 'COLLECTIVE', 'FEDERATION'] as const}
          labelOf={(value) => t(`pages.owners.${value}`)}
          onChange={setOwnerKind}
        />
      </div>
      <PagedTable
        list={list}
        what={t('pages.pagesError')}
        caption={t('pages.pagesCaption', { count: list.total })}
        rows={rows}
        rowKey={(p) => p.id}
        empty={<Empty>{t('pages.noPages')}</Empty>}
        columns={[
          {
            key: 'title',
            header: t('pages.page'),
            rowHeader: true,
            sortValue: (p) => p.title,
            render: (p) => <a href={p.url}>{p.title}</a>,
          },
          {
            key: 'owner',
            header: t('pages.owner'),
            sortValue: (p) => p.ownerKind,
            render: (p) => t(`pages.owners.${p.ownerKind}`),
          },
          { key: 'published', header: t('pages.publishedOn'), date: (p) => p.publishedAt },
          { key: 'updated', header: t('pages.updatedOn'), date: (p) => p.updatedAt },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (p) => (
              <button type="button" className="secondary danger-outline" onClick={() => onUnpublish(p)}>
                {t('pages.unpublish')}
                <span className="visually-hidden"> — {p.title}</span>
              </button>
            ),
          },
        ]}
      />
    </section>
  );
}
