// Where I am signed in: end one session (a forgotten computer), or all of them.
import './catalogue.ts';
import { EndSessionDocument, SignOutEverywhereDocument } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { ConfirmButton, focusSoon, LiveStatus, type Trouble } from '@ekoacteurs/ui';
import { formatDateTime } from '../shared/dates.ts';
import { troubleOf, troubleOfAnswer } from '../shared/troubles.ts';
import type { SettingsViewer } from './SettingsPage.tsx';

type Session = SettingsViewer['sessions'][number];

/** "Firefox on Linux" from a user agent, or the raw string when it is not recognised. */
export function browserOf(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (!browser) return userAgent || '?';
  return system ? `${browser} · ${system}` : browser;
}

export function SessionsSection({ sessions }: { sessions: Session[] }) {
  const { t, language } = useTranslation();
  const [, endSession] = useMutation(EndSessionDocument);
  const [, signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  const [message, setMessage] = useState<string | null>(null);

  async function end(session: Session): Promise<Trouble | null> {
    const result = await endSession({ id: session.id });
    const payload = result.data?.endSession;
    if (payload?.__typename === 'SignOutSuccess') {
      setMessage(t('settings.sessions.ended'));
      focusSoon('sessions-title');
      return null;
    }
    return troubleOfAnswer(t, payload, result.error);
  }

  async function everywhere(): Promise<Trouble | null> {
    const result = await signOutEverywhere({});
    if (result.data?.signOutEverywhere.__typename === 'SignOutSuccess') {
      // A full load: nothing of the member stays in the page's memory or cache.
      window.location.assign('/connexion');
      return null;
    }
    return troubleOf(t, { networkError: !!result.error });
  }

  return (
    <section aria-labelledby="sessions-title" className="panel">
      <h2 id="sessions-title" tabIndex={-1}>
        {t('settings.sessions.title')}
      </h2>
      <p className="muted">{t('settings.sessions.intro')}</p>
      <LiveStatus message={message} />
      {sessions.length === 0 ? (
        <p className="notice">{t('settings.sessions.empty')}</p>
      ) : (
        <ul className="boxed-list">
          {sessions.map((session) => {
            const browser = browserOf(session.userAgent);
            return (
              <li key={session.id}>
                <p>
                  <strong>{browser}</strong>{' '}
                  {session.current && <span className="badge">{t('settings.sessions.current')}</span>}
                </p>
                <p className="muted">
                  {t('settings.sessions.details', {
                    ip: session.ip || '?',
                    since: formatDateTime(session.createdAt, language),
                    seen: formatDateTime(session.lastSeenAt, language),
                  })}
                </p>
                {!session.current && (
                  <ConfirmButton
                    label={t('settings.sessions.end')}
                    ariaLabel={t('settings.sessions.endLabel', {
                      browser,
                      since: formatDateTime(session.createdAt, language),
                    })}
                    title={t('settings.sessions.endTitle')}
                    confirmLabel={t('settings.sessions.endConfirm')}
                    onConfirm={() => end(session)}
                  >
                    <p>{t('settings.sessions.endBody', { browser })}</p>
                  </ConfirmButton>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmButton
        label={t('settings.sessions.everywhere')}
        title={t('settings.sessions.everywhereTitle')}
        confirmLabel={t('settings.sessions.everywhereConfirm')}
        onConfirm={everywhere}
      >
        <p>{t('settings.sessions.everywhereBody')}</p>
      </ConfirmButton>
    </section>
  );
}
