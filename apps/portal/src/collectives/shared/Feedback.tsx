// What the member hears and sees after an action: a polite live region for results, an alert for
// what went wrong (with what to do), focus moved to what changed, and screen states
// (loading, failed with a retry).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trouble } from './outcome.ts';

/** Always in the page, so screen readers announce what is written into it. */
export function LiveStatus({ message, className = 'live-status' }: { message: string | null; className?: string }) {
  return (
    <p role="status" className={message ? className : 'visually-hidden'}>
      {message}
    </p>
  );
}

export function TroubleAlert({ trouble }: { trouble: Trouble | null }) {
  const { t } = useTranslation();
  if (!trouble) return null;
  return (
    <div role="alert" className="notice notice-error">
      <p>{t(trouble.key)}</p>
      {trouble.detail && (
        <p className="detail" lang="en">
          {trouble.detail}
        </p>
      )}
    </div>
  );
}

/** A screen's title, focused when the screen opens (keyboard and screen-reader users start there). */
export function ScreenTitle({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

/**
 * Moves focus to an element once it is in the page (a new list item, a result): call
 * `focusSoon(id)` after the action; the element gets focus as soon as it renders.
 */
export function useFocusSoon() {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      const element = document.getElementById(target);
      if (element) {
        if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) element.setAttribute('tabindex', '-1');
        element.focus();
        setTarget(null);
      } else if (frames++ < 30) {
        handle = window.setTimeout(attempt, 50);
      } else {
        setTarget(null);
      }
    };
    attempt();
    return () => window.clearTimeout(handle);
  });
  return setTarget;
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {label ?? t('common.loading')}
    </p>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-error">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {t('collectives.retry')}
      </button>
    </div>
  );
}

/**
 * What the previous screen sent along when navigating here (e.g. "just created"), read once:
 * it is cleared from the history entry so that a reload or a return does not show it again.
 */
export function useArrival<T>(key: string): T | undefined {
  const [value] = useState(() => (history.state as Record<string, T> | null)?.[key]);
  useEffect(() => {
    const state = history.state as Record<string, unknown> | null;
    if (state && key in state) {
      const { [key]: _read, ...rest } = state;
      history.replaceState(rest, '');
    }
  }, [key]);
  return value;
}
