// The email outbox: every email the platform sent, or would have sent when no SMTP server is
// configured (then they stay here). Sign-in links in them are live secrets.
import { OutboxEmailsDocument } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkedText } from './LinkedText.tsx';
import { useQuery } from 'urql';
import { formatDateTime } from '../format.ts';
import { pageOf, Pager, useCursorPages } from '../ui/Pager.tsx';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';

const PAGE_SIZE = 20;

export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState('');
  const [to, setTo] = useState('');
  const pages = useCursorPages(to);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OutboxEmailsDocument,
    variables: { first: PAGE_SIZE, after: pages.after, to: to || null },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.outboxEmails;
  const page = pageOf(connection, pages.after, PAGE_SIZE);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTo(draft.trim());
  }

  return (
    <section aria-busy={fetching}>
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
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft('');
              setTo('');
            }}
          >
            {t('outbox.all')}
          </button>
        )}
      </form>
      {connection && <p aria-live="polite">{t('outbox.count', { count: connection.totalCount })}</p>}
      {fetching && !connection && <Loading label={t('outbox.loading')} />}
      {error && !connection && (
        <Failure error={error} what={t('outbox.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {connection && page.nodes.length === 0 && <Empty>{to ? t('outbox.emptyFor', { to }) : t('outbox.empty')}</Empty>}
      {page.nodes.length > 0 && (
        <ul className="emails">
          {page.nodes.map((email) => (
            <li key={email.id} className="card">
              <article aria-labelledby={`email-${email.id}`}>
                <h2 id={`email-${email.id}`}>{email.subject}</h2>
                <p className="muted small">
                  {t('outbox.meta', {
                    to: email.to,
                    date: formatDateTime(email.createdAt, i18n.language),
                    kind: email.kind,
                  })}
                </p>
                <p className={email.error ? 'badge badge-full' : 'badge'}>
                  {email.error
                    ? t('outbox.failed', { error: email.error })
                    : email.sentAt
                      ? t('outbox.sent', { date: formatDateTime(email.sentAt, i18n.language) })
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
      {connection && (
        <Pager
          page={pages.page}
          total={connection.totalCount}
          size={PAGE_SIZE}
          hasNext={page.hasNext}
          busy={fetching}
          onNext={() => page.lastCursor && pages.next(page.lastCursor)}
          onPrevious={pages.previous}
        />
      )}
    </section>
  );
}
