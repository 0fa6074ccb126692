// The audit log, newest first, filtered by who acted, what they did and when (Paris dates).
import { AuditLogDocument, FacilitatorSearchDocument } from '@ekoacteurs/client';
import { Field } from '@ekoacteurs/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { formatDateTime, PARIS, zonedToIso } from '../format.ts';

import { AuditSentence } from './AuditSentence.tsx';
import { PagedTable } from '../ui/PagedTable.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, PageTitle } from '../ui/States.tsx';

const PAGE_SIZE = 25;
/** Families of actions, as the API names them (a prefix ending with "." matches the family). */
const ACTION_FAMILIES = [
  'auth.',
  'membership.',
  'member.',
  'token.',
  'workshop.',
  'page.',
  'collective.',
  'webhook.',
] as const;

interface Filters {
  actor: { id: string; name: string } | null;
  action: string;
  since: string;
  until: string;
}

const NO_FILTERS: Filters = { actor: null, action: '', since: '', until: '' };

export function AuditLogPage() {
  const { t, language } = useTranslation();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [actorSearch, setActorSearch] = useState('');
  const [actorQuery, setActorQuery] = useState('');
  const [{ data: actors }] = useQuery({
    query: FacilitatorSearchDocument,
    variables: { search: actorQuery, first: 6 },
    pause: actorQuery.length < 2,
  });
  const variables = {
    actorId: filters.actor?.id ?? null,
    action: filters.action.trim() || null,
    since: filters.since ? zonedToIso(filters.since, '00:00', PARIS) : null,
    // "Until" a date includes that whole day.
    until: filters.until ? zonedToIso(nextDay(filters.until), '00:00', PARIS) : null,
  };
  const list = usePagedQuery({
    query: AuditLogDocument,
    variables,
    size: PAGE_SIZE,
    select: (data) => data.auditLog,
  });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }

  function byActor(actor: { id: string; name: string }) {
    const next = { ...draft, actor };
    setDraft(next);
    setFilters(next);
  }

  return (
    <section aria-busy={list.fetching}>
      <PageTitle title={t('audit.title')}>{t('audit.title')}</PageTitle>
      <form className="filters" aria-label={t('audit.filters')} onSubmit={apply}>
        <fieldset>
          <legend>{t('audit.actor')}</legend>
          {draft.actor ? (
            <p>
              {draft.actor.name}{' '}
              <button type="button" className="link-button" onClick={() => setDraft({ ...draft, actor: null })}>
                {t('audit.anyActor')}
              </button>
            </p>
          ) : (
            <>
              <label htmlFor="audit-actor-search">{t('audit.findActor')}</label>
              <div className="inline-search">
                <input
                  id="audit-actor-search"
                  type="search"
                  value={actorSearch}
                  onChange={(e) => setActorSearch(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      setActorQuery(actorSearch.trim());
                    }
                  }}
                />
                <button type="button" className="secondary" onClick={() => setActorQuery(actorSearch.trim())}>
                  {t('editor.searchMember')}
                </button>
              </div>
              <ul className="results" aria-live="polite">
                {actors?.members?.edges.map(({ node }) => (
                  <li key={node.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setDraft({ ...draft, actor: { id: node.id, name: node.displayName } })}
                    >
                      {node.displayName}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
        <Field id="audit-action" label={t('audit.action')} hint={t('audit.actionHint')}>
          {(control) => (
            <input
              {...control}
              list="audit-actions"
              value={draft.action}
              maxLength={100}
              onChange={(e) => setDraft({ ...draft, action: e.target.value })}
            />
          )}
        </Field>
        <datalist id="audit-actions">
          {ACTION_FAMILIES.map((family) => (
            <option key={family} value={family}>
              {family}
            </option>
          ))}
        </datalist>
        <Field id="audit-since" label={t('audit.since')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.since}
              onChange={(e) => setDraft({ ...draft, since: e.target.value })}
            />
          )}
        </Field>
        <Field id="audit-until" label={t('audit.until')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.until}
              onChange={(e) => setDraft({ ...draft, until: e.target.value })}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit">{t('audit.apply')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
            }}
          >
            {t('audit.reset')}
          </button>
        </div>
      </form>
      {list.connection && <p aria-live="polite">{t('audit.count', { count: list.connection.totalCount })}</p>}
      <PagedTable
        list={list}
        what={t('audit.error')}
        loadingLabel={t('audit.loading')}
        caption={t('audit.caption')}
        rowKey={(e) => e.id}
        empty={<Empty>{t('audit.empty')}</Empty>}
        columns={[
          {
            key: 'date',
            header: t('audit.date'),
            rowHeader: true,
            sortValue: (e) => e.createdAt,
            render: (e) => <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, language)}</time>,
          },
          {
            key: 'what',
            header: t('auditSentence.sentence'),
            sortValue: (e) => e.action,
            render: (e) => (
              <>
                <AuditSentence entry={e} />
                {e.actor && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() => byActor({ id: e.actor!.id, name: e.actor!.displayName })}
                    >
                      {t('audit.onlyThisActor')}
                      <span className="visually-hidden"> — {e.actor.displayName}</span>
                    </button>
                  </>
                )}
              </>
            ),
          },
          { key: 'ip', header: t('audit.ip'), render: (e) => e.ip },
          {
            key: 'data',
            header: t('audit.details'),
            render: (e) =>
              e.data && Object.keys(e.data).length > 0 ? (
                <details>
                  <summary>{t('audit.showDetails')}</summary>
                  <pre>{pretty(e.data)}</pre>
                </details>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </section>
  );
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function pretty(data: unknown): string {
  return JSON.stringify(data, null, 2);
}
