// What a screen says while its data loads, when loading failed (and what to do), and when there is
// nothing to show yet.
import type { CombinedError } from '@urql/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {label ?? t('common.loading')}
    </p>
  );
}

/** Why a query failed, in words an admin can act on. */
export function failureMessage(error: CombinedError, t: ReturnType<typeof useTranslation>['t']): string {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'INSUFFICIENT_SCOPE') return t('errors.forbidden');
  if (code === 'UNAUTHENTICATED') return t('errors.signedOut');
  if (code === 'RATE_LIMITED') return t('errors.rateLimited');
  if (error.networkError) return t('errors.network');
  return t('errors.unexpected');
}

export function Failure({ error, what, retry }: { error: CombinedError; what: string; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-error">
      <p>
        <strong>{what}</strong> {failureMessage(error, t)}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="notice empty">{children}</p>;
}

/** The screen's title: it names the browser tab and takes focus when the screen opens. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t('app.documentTitle')}`;
  }, [title, t]);
  useEffect(() => {
    // After a navigation inside the console, screen readers start reading the new screen.
    if (!document.querySelector('[role="dialog"]')) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
