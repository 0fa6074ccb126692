// The email outbox: every email the platform sent, or would have sent when no SMTP server is
// configured (then they stay here). Sign-in links in them are live secrets.
import { OutboxEmailsDocument } from '@ekoacteurs/client';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { LinkedText } from './LinkedText.tsx';

import { formatDateTime } from '../format.ts';
import { Pager } from '../ui/Pager.tsx';
import { usePagedQuery } from '../ui/usePagedQuery.ts';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';
import { useSubmittedSearch } from '../ui/useSubmittedSearch.ts';

const PAGE_SIZE = 20;

export function OutboxPage() {
  const { t, language } = useTranslation();
  const { draft, setDraft, search: to, submit, clear } = useSubmittedSearch();
  const list = usePagedQuery({
    query: OutboxEmailsDocument,
    variables: { to: to || null },
    size: PAGE_SIZE,
    select: (data) => data.outboxEmails,
  });

  return (
    <section aria-busy={list.fetching}>
      <PageTitle title={t('outbox.title')}>{t('outbox.title')}</PageTitle>
      <p className="muted">{t('outbox.intro')}</p>
      <p className="notice">{t('outbox.secrets')}</p>
      <form className="filters" role="search" aria-label={t('outbox.searchLabel')} onSubmit={submit}>
        <div>
          <label htmlFor="outbox-to">{t('outbox.to')}</label>
          <input id="outbox-to" type="email" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <button type="submit">{t('outbox.filter')}</button>
        {to && (
          <button type="button" className="secondary" onClick={clear}>
            {t('outbox.all')}
          </button>
        )}
      </form>
      {list.connection && <p aria-live="polite">{t('outbox.count', { count: list.connection.totalCount })}</p>}
      {list.fetching && !list.connection && <Loading label={t('outbox.loading')} />}
      {list.error && !list.connection && (
        <Failure error={list.error} what={t('outbox.error')} retry={() => list.reload()} />
      )}
      {list.connection && list.nodes.length === 0 && (
        <Empty>{to ? t('outbox.emptyFor', { to }) : t('outbox.empty')}</Empty>
      )}
      {list.nodes.length > 0 && (
        <ul className="emails">
          {list.nodes.map((email) => (
            <li key={email.id} className="card">
              <article aria-labelledby={`email-${email.id}`}>
                <h2 id={`email-${email.id}`}>{email.subject}</h2>
                <p className="muted small">
                  {t('outbox.meta', {
                    to: email.to,
                    date: formatDateTime(email.createdAt, language),
                    kind: email.kind,
                  })}
                </p>
                <p className={email.error ? 'badge badge-full' : 'badge'}>
                  {email.error
                    ? t('outbox.failed', { error: email.error })
                    : email.sentAt
                      ? t('outbox.sent', { date: formatDateTime(email.sentAt, language) })
                      : t('outbox.notSent')}
                </p>
                <details>
                  <summary>{t('outbox.read')}</summary>
                  <pre className="email-text">
                    <LinkedText text={email.text} />
                  </pre>
                </details>
              </article>
            </li>
          ))}
        </ul>
      )}
      {list.connection && <Pager {...list.pager} />}
    </section>
  );
}
