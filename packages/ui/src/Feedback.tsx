// What a member or an admin hears and sees around data and actions: a polite live region for
// results, an alert for what went wrong (translated, with the API's own words under it), a
// skeleton while a screen loads, a failure with a retry, and an empty state.
import { useState, type ReactNode } from 'react';
import { useTranslation, type CatalogueKey } from './i18n.ts';
import { useSlowDownSeconds } from './SlowDown.tsx';

/** Always in the page, so that screen readers announce what is written into it. */
export function LiveStatus({ message, id }: { message: string | null; id?: string }) {
  return (
    <p role="status" id={id} className={message ? 'live-status' : 'visually-hidden'}>
      {message}
    </p>
  );
}

/** What went wrong: a catalogue key (with values) or a text already translated; `detail` is the API's own (English) words. */
export type Trouble = ({ key: CatalogueKey; values?: Record<string, unknown> } | { text: string }) & {
  detail?: string;
};

export function TroubleAlert({ trouble, id }: { trouble: Trouble | null; id?: string }) {
  const { t } = useTranslation();
  if (!trouble) return null;
  return (
    <div role="alert" id={id} className="notice notice-error">
      <p>{'text' in trouble ? trouble.text : t(trouble.key, trouble.values ?? {})}</p>
      {trouble.detail && (
        <p className="detail" lang="en">
          {trouble.detail}
        </p>
      )}
    </div>
  );
}

/**
 * The shape of what is coming instead of "Loading…" alone: grey lines where the content will be,
 * and the words said to screen readers (and shown small) in a status.
 */
export function Skeleton({ label, lines = 3 }: { label?: string; lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton">
      <p role="status" className="skeleton-label">
        {label ?? t('kit.loading')}
      </p>
      <div aria-hidden="true">
        {Array.from({ length: lines }, (_, index) => (
          <span key={index} className="skeleton-line" />
        ))}
      </div>
    </div>
  );
}

/**
 * Loading failed: what happened, what to do, and a button to try again. When it failed because the
 * person went too fast (the slow-down notice counts down above), the screen's message (which usually
 * says "check your connection") gives way to the accurate one: wait, then try again.
 */
export function LoadFailed({
  message,
  onRetry,
  hint = false,
}: {
  message: ReactNode;
  onRetry?: () => void;
  hint?: boolean;
}) {
  const { t } = useTranslation();
  const seconds = useSlowDownSeconds();
  const [slowedDown, setSlowedDown] = useState(seconds > 0);
  if (seconds > 0 && !slowedDown) setSlowedDown(true);
  return (
    <div role="alert" className="notice notice-error">
      <p>{slowedDown ? t(seconds > 0 ? 'kit.slowedDown' : 'kit.slowedDownOver') : message}</p>
      {hint && !slowedDown && <p>{t('kit.checkConnection')}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('kit.retry')}
        </button>
      )}
    </div>
  );
}

/** Nothing to show yet: say so, and what can be done (an action, a link). */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="notice empty">
      <p>{children}</p>
      {action}
    </div>
  );
}
