// Download my data: request an archive, watch its progress (polled while it is being built), and
// download it through the link the request returned. The link is shown only once by the server:
// it is kept for this browser tab (sessionStorage), never sent anywhere else.
import './catalogue.ts';
import { RequestDataExportDocument, type DataExportFieldsFragment } from '@ekoacteurs/client';
import { useEffect, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';

const POLL_MS = 2_000;
const linkKey = (id: string) => `eko-export-link:${id}`;

function savedLink(id: string): string | null {
  try {
    return sessionStorage.getItem(linkKey(id));
  } catch {
    return null;
  }
}

function formatSize(bytes: number, language: string): string {
  const unit = bytes < 1_000_000 ? 'kilobyte' : 'megabyte';
  const value = bytes < 1_000_000 ? bytes / 1_000 : bytes / 1_000_000;
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

const formatDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

export function ExportSection({ exports, onPoll }: { exports: DataExportFieldsFragment[]; onPoll: () => void }) {
  const { t, language } = useTranslation();
  const [{ fetching }, request] = useMutation(RequestDataExportDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [links, setLinks] = useState<Record<string, string>>({});
  const building = exports.some((e) => e.status === 'PENDING' || e.status === 'RUNNING');

  useEffect(() => {
    if (!building) return;
    const timer = setInterval(onPoll, POLL_MS);
    return () => clearInterval(timer);
  }, [building, onPoll]);

  async function ask() {
    setProblem(null);
    const result = await request({});
    const payload = result.data?.requestDataExport;
    if (payload?.__typename === 'RequestDataExportSuccess') {
      try {
        sessionStorage.setItem(linkKey(payload.dataExport.id), payload.downloadUrl);
      } catch {
        // Private browsing: the link lives in memory only.
      }
      setLinks((current) => ({ ...current, [payload.dataExport.id]: payload.downloadUrl }));
    } else {
      setProblem(payload && 'message' in payload ? payload.message : t('privacy.leave.network'));
    }
  }

  const [latest, ...older] = exports;
  const linkOf = (id: string) => links[id] ?? savedLink(id);

  return (
    <section aria-labelledby="export-title" className="panel pv-panel">
      <h2 id="export-title">{t('privacy.export.title')}</h2>
      <p className="muted">{t('privacy.export.intro')}</p>
      <button type="button" onClick={ask} disabled={fetching || building} aria-describedby="export-once">
        {fetching ? t('privacy.export.requesting') : t('privacy.export.request')}
      </button>
      <p id="export-once" className="muted">
        {t('privacy.export.linkOnce')}
      </p>
      {problem && (
        <p role="alert" className="notice">
          {problem}
        </p>
      )}
      <div role="status" aria-live="polite">
        {latest && (latest.status === 'PENDING' || latest.status === 'RUNNING') && (
          <>
            <p>{t('privacy.export.queued')}</p>
            <label htmlFor="export-progress">
              {t(`privacy.export.${latest.status}`, { progress: latest.progress })}
            </label>{' '}
            <progress
              id="export-progress"
              max={100}
              value={latest.progress}
              aria-label={t('privacy.export.progressLabel')}
            />
          </>
        )}
        {latest?.status === 'READY' && <p>{t('privacy.export.ready')}</p>}
        {latest?.status === 'FAILED' && <p>{t('privacy.export.FAILED')}</p>}
      </div>
      {latest?.status === 'READY' && latest.expiresAt && (
        <div className="pv-ready">
          {linkOf(latest.id) ? (
            <p>
              <a className="button" href={linkOf(latest.id)!} download>
                {t('privacy.export.download', { size: formatSize(latest.sizeBytes ?? 0, language) })}
              </a>
            </p>
          ) : (
            <p className="notice">{t('privacy.export.linkLost')}</p>
          )}
          <p className="muted">{t('privacy.export.expires', { date: formatDate(latest.expiresAt, language) })}</p>
        </div>
      )}
      <h3>{t('privacy.export.history')}</h3>
      {exports.length === 0 ? (
        <p className="muted">{t('privacy.export.none')}</p>
      ) : (
        <ul>
          {[latest!, ...older].map((e) => (
            <li key={e.id}>
              {t('privacy.export.requestedOn', { date: formatDate(e.createdAt, language) })} —{' '}
              {t(`privacy.export.${e.status}`, { progress: e.progress })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
