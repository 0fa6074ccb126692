// My settings (/parametres): active sessions (end one, or sign out everywhere), personal API tokens
// (create — the secret shown once —, list with last use, revoke), my password, and my emails
// (per kind of notification, in-app only or also by email).
import './catalogue.ts';
import { MySettingsDocument, type MySettingsQuery } from '@ekoacteurs/client';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { Skeleton, LoadFailed, ScreenTitle } from '@ekoacteurs/ui';
import { EmailSection } from './EmailSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TokensSection } from './TokensSection.tsx';
import './settings.css';

export type SettingsViewer = NonNullable<MySettingsQuery['viewer']>;

export function SettingsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MySettingsDocument,
    requestPolicy: 'cache-and-network',
  });
  const viewer = data?.viewer?.sessions ? data.viewer : null;
  return (
    <div className="wk-screen st-screen">
      <ScreenTitle id="settings-title">{t('settings.title')}</ScreenTitle>
      {!viewer && (fetching || (!error && !data)) && <Skeleton label={t('settings.loading')} />}
      {!viewer && !fetching && (error || data) && (
        <LoadFailed message={t('settings.error')} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {viewer && (
        <>
          <nav aria-label={t('settings.sectionsNav')} className="st-sections">
            <ul>
              <li>
                <a href="#sessions-title">{t('settings.sessions.title')}</a>
              </li>
              <li>
                <a href="#tokens-title">{t('settings.tokens.title')}</a>
              </li>
              <li>
                <a href="#password-title">{t('settings.password.title')}</a>
              </li>
              <li>
                <a href="#email-title">{t('settings.email.title')}</a>
              </li>
            </ul>
          </nav>
          <SessionsSection sessions={viewer.sessions} />
          <TokensSection tokens={viewer.apiTokens} />
          <PasswordSection hasPassword={viewer.hasPassword === true} />
          <EmailSection />
        </>
      )}
    </div>
  );
}
