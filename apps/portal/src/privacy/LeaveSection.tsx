// Leave the federation: what will be erased, cancelled and kept (and why), what must be done first
// (hand over a collective), then a confirmation by typing one's handle. After leaving the session
// is gone: the page says goodbye and offers the way home (a full reload clears the app's cache).
import './catalogue.ts';
import { LeaveFederationDocument, LeavingPreviewDocument } from '@ekoacteurs/client';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';

export function LeaveSection({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [{ data }] = useQuery({ query: LeavingPreviewDocument, requestPolicy: 'network-only' });
  const [{ fetching }, leave] = useMutation(LeaveFederationDocument);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const preview = data?.leavingPreview;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const result = await leave({ confirmHandle: typed });
    const payload = result.data?.leaveFederation;
    if (payload?.__typename === 'ErasureSuccess') setDone(true);
    else if (payload?.__typename === 'ConfirmationMismatchError') setProblem(t('privacy.leave.mismatch'));
    else if (payload && 'message' in payload) setProblem(t('privacy.leave.failed', { message: payload.message }));
    else setProblem(t('privacy.leave.network'));
  }

  if (done) {
    return (
      <section aria-labelledby="leave-title" className="panel pv-panel">
        <h2 id="leave-title">{t('privacy.leave.title')}</h2>
        <p role="status">{t('privacy.leave.done')}</p>
        <p>
          <a className="button" href="/">
            {t('privacy.leave.home')}
          </a>
        </p>
      </section>
    );
  }

  const blocked = (preview?.blockingCollectives.length ?? 0) > 0;
  return (
    <section aria-labelledby="leave-title" className="panel pv-panel">
      <h2 id="leave-title">{t('privacy.leave.title')}</h2>
      <p>{t('privacy.leave.intro')}</p>
      {preview && (
        <>
          <h3>{t('privacy.leave.erasedTitle')}</h3>
          <p>{t('privacy.leave.erased')}</p>
          <h3>{t('privacy.leave.cancelledTitle')}</h3>
          <ul>
            <li>
              {preview.futureRegistrations > 0
                ? t('privacy.leave.registrations', { count: preview.futureRegistrations })
                : t('privacy.leave.noRegistrations')}
            </li>
            {preview.collectivesToArchive.length > 0 && (
              <li>
                {t('privacy.leave.archived', { names: preview.collectivesToArchive.map((c) => c.name).join(', ') })}
              </li>
            )}
          </ul>
          <h3>{t('privacy.leave.keptTitle')}</h3>
          <ul>
            <li>{t('privacy.leave.ledger', { count: preview.ledgerEntries })}</li>
            <li>
              {t('privacy.leave.collectiveHistory', {
                commitments: preview.commitments,
                journal: preview.journalEntries,
              })}
            </li>
            <li>{t('privacy.leave.recommendations', { count: preview.recommendations })}</li>
            <li>{t('privacy.leave.opportunities', { count: preview.opportunities })}</li>
            <li>{t('privacy.leave.audit')}</li>
          </ul>
          {blocked && (
            <div role="alert" className="notice">
              <h3>{t('privacy.leave.blockedTitle')}</h3>
              <p>{t('privacy.leave.blocked')}</p>
              <ul>
                {preview.blockingCollectives.map((c) => (
                  <li key={c.slug}>
                    <a href={`/collectifs/${encodeURIComponent(c.slug)}`}>{c.name}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-handle`}>{t('privacy.leave.confirmLabel', { handle })}</label>
        <input
          id={`${id}-handle`}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        {problem && (
          <p id={`${id}-problem`} role="alert" className="notice">
            {problem}
          </p>
        )}
        <p className="actions">
          <button type="submit" className="danger" disabled={fetching || blocked || typed.trim() === ''}>
            {fetching ? t('privacy.leave.leaving') : t('privacy.leave.confirm')}
          </button>
        </p>
      </form>
    </section>
  );
}
