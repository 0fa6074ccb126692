// The Fédivers screen: who follows the federation, its collectives and members from Mastodon,
// Mobilizon and other ActivityPub servers, and the instances admins blocked (block one with a
// reason; unblock it). What is shared is told in docs/fediverse.md.
import {
  AdminBlockedInstancesDocument,
  AdminFediverseFollowersDocument,
  BlockInstanceDocument,
  UnblockInstanceDocument,
} from '@ekoacteurs/client';
import { ConfirmDialog, useAnnouncer } from '@ekoacteurs/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../ui/DataTable.tsx';
import { describeFailure, outcomeOf } from '../ui/outcome.ts';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';
import { SearchForm } from '../ui/SearchForm.tsx';
import { useSubmittedSearch } from '../ui/useSubmittedSearch.ts';

const PAGE_SIZE = 20;

export function FediversePage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle title={t('fediverse.title')}>{t('fediverse.title')}</PageTitle>
      <p className="muted">{t('fediverse.intro')}</p>
      <Followers />
      <BlockedInstances />
    </section>
  );
}

function Followers() {
  const { t } = useTranslation();
  const words = useSubmittedSearch();
  const list = usePagedQuery({
    query: AdminFediverseFollowersDocument,
    variables: { instance: words.search || null },
    size: PAGE_SIZE,
    select: (data) => data.fediverseFollowers,
  });

  return (
    <section aria-labelledby="followers-title" aria-busy={list.fetching}>
      <h2 id="followers-title">{t('fediverse.followers')}</h2>
      <SearchForm
        label={t('fediverse.filterLabel')}
        words={words}
        field={{
          id: 'followers-instance',
          label: t('fediverse.instance'),
          maxLength: 300,
          placeholder: 'mastodon.example',
        }}
        button={t('fediverse.filter')}
      />
      <PagedTable
        list={list}
        what={t('fediverse.followersError')}
        caption={t('fediverse.followersCaption', { count: list.total })}
        rowKey={(f) => f.id}
        empty={<Empty>{t('fediverse.noFollowers')}</Empty>}
        columns={[
          {
            key: 'who',
            header: t('fediverse.account'),
            rowHeader: true,
            sortValue: (f) => f.handle || f.followerUri,
            render: (f) => (
              <a href={f.followerUri} rel="noopener noreferrer nofollow" target="_blank">
                {f.handle || f.followerUri}
              </a>
            ),
          },
          {
            key: 'instance',
            header: t('fediverse.instance'),
            sortValue: (f) => f.instance,
            render: (f) => f.instance,
          },
          {
            key: 'follows',
            header: t('fediverse.follows'),
            sortValue: (f) => f.followedKind,
            render: (f) => t(`fediverse.kind.${f.followedKind}`),
          },
          { key: 'since', header: t('fediverse.since'), date: (f) => f.createdAt },
        ]}
      />
    </section>
  );
}

function BlockedInstances() {
  const { t } = useTranslation();
  const announce = useAnnouncer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminBlockedInstancesDocument,
    requestPolicy: 'cache-and-network',
  });
  const [blocking, block] = useMutation(BlockInstanceDocument);
  const [, unblock] = useMutation(UnblockInstanceDocument);
  const [instance, setInstance] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const list = data?.blockedInstances;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = outcomeOf(
      await block({ instance: instance.trim(), reason: reason.trim() || null }),
      'blockInstance',
      'BlockInstanceSuccess',
      t,
    );
    if (!outcome.ok) return setProblem(describeFailure(outcome));
    setProblem(null);
    setInstance('');
    setReason('');
    announce.success(t('fediverse.blocked', { instance: outcome.payload.blocked.instance }));
  }

  async function run() {
    if (!target) return;
    const outcome = outcomeOf(await unblock({ instance: target }), 'unblockInstance', 'UnblockInstanceSuccess', t);
    if (!outcome.ok) return describeFailure(outcome);
    announce.success(t('fediverse.unblocked', { instance: target }));
    return null;
  }

  return (
    <section aria-labelledby="blocked-title" aria-busy={fetching}>
      <h2 id="blocked-title" tabIndex={-1}>
        {t('fediverse.blockedTitle')}
      </h2>
      <p className="muted">{t('fediverse.blockedIntro')}</p>
      <form className="filters" aria-labelledby="block-form-title" onSubmit={submit} noValidate>
        <h3 id="block-form-title" className="visually-hidden">
          {t('fediverse.blockForm')}
        </h3>
        <div>
          <label htmlFor="block-instance">{t('fediverse.instance')}</label>
          <input
            id="block-instance"
            required
            maxLength={300}
            placeholder="mastodon.example"
            value={instance}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'block-problem' : undefined}
            onChange={(e) => setInstance(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="block-reason">{t('fediverse.reason')}</label>
          <input id="block-reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" disabled={blocking.fetching || !instance.trim()}>
          {blocking.fetching ? t('common.working') : t('fediverse.block')}
        </button>
      </form>
      {problem && (
        <p id="block-problem" role="alert" className="error">
          {problem}
        </p>
      )}
      {fetching && !list && <Loading />}
      {error && !list && (
        <Failure
          error={error}
          what={t('fediverse.blockedError')}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {list && (
        <DataTable
          caption={t('fediverse.blockedCaption', { count: list.length })}
          rows={list}
          rowKey={(b) => b.instance}
          empty={<Empty>{t('fediverse.noneBlocked')}</Empty>}
          columns={[
            {
              key: 'instance',
              header: t('fediverse.instance'),
              rowHeader: true,
              sortValue: (b) => b.instance,
              render: (b) => b.instance,
            },
            { key: 'reason', header: t('fediverse.reason'), render: (b) => b.reason || '—' },
            { key: 'since', header: t('fediverse.blockedOn'), date: (b) => b.createdAt },
            {
              key: 'actions',
              header: t('common.actions'),
              render: (b) => (
                <button type="button" className="secondary" onClick={() => setTarget(b.instance)}>
                  {t('fediverse.unblock')}
                  <span className="visually-hidden"> — {b.instance}</span>
                </button>
              ),
            },
          ]}
        />
      )}
      {target && (
        <ConfirmDialog
          title={t('fediverse.unblockTitle', { instance: target })}
          confirmLabel={t('fediverse.unblock')}
          onConfirm={run}
          onClose={() => setTarget(null)}
          returnFocusTo={() => document.getElementById('blocked-title')}
        >
          <p>{t('fediverse.unblockBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
