// What the member hears and sees: screen titles focused on arrival, a polite live region for
// results, alerts that say what to do, loading and failed states with a retry.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Always in the page, so that screen readers announce what is written into it. */
export function LiveStatus({ message, id }: { message: string | null; id?: string }) {
  return (
    <p role="status" id={id} className={message ? 'live-status' : 'visually-hidden'}>
      {message}
    </p>
  );
}

export interface Trouble {
  /** Catalogue key of what to do. */
  key: string;
  /** The API's own explanation (in English), when it has one. */
  detail?: string;
}

export function TroubleAlert({ trouble, id }: { trouble: Trouble | null; id?: string }) {
  const { t } = useTranslation();
  if (!trouble) return null;
  return (
    <div role="alert" id={id} className="notice notice-error">
      <p>{t(trouble.key)}</p>
      {trouble.detail && (
        <p className="detail" lang="en">
          {trouble.detail}
        </p>
      )}
    </div>
  );
}

/** A screen's title, focused when the screen opens. */
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

/** `focusSoon(id)`: focus goes to that element as soon as it is in the page. */
export function useFocusSoon() {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    let tries = 0;
    let handle = 0;
    const attempt = () => {
      const element = document.getElementById(target);
      if (element) {
        if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) element.setAttribute('tabindex', '-1');
        element.focus();
        setTarget(null);
      } else if (tries++ < 100) {
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
        {t('network.retry')}
      </button>
    </div>
  );
}

/** What a mutation's answer means: done, field errors, a typed refusal, or a failure. */
export type Outcome<P> =
  | { kind: 'done'; payload: P }
  | { kind: 'invalid'; fields: Record<string, string>; message: string }
  | { kind: 'refused'; typename: string; message: string }
  | { kind: 'failed' };

type Typed = { __typename: string; message?: string; fieldErrors?: readonly { path: readonly string[]; message: string }[] };

export function outcomeOf<R extends { __typename: string }, N extends R['__typename']>(
  answer: R | null | undefined,
  payloadType: N,
  fieldMap: (errors: Typed['fieldErrors']) => Record<string, string>,
): Outcome<Extract<R, { __typename: N }>> {
  if (answer?.__typename === payloadType) return { kind: 'done', payload: answer as Extract<R, { __typename: N }> };
  const typed = answer as Typed | null | undefined;
  if (typed?.__typename === 'ValidationError') return { kind: 'invalid', fields: fieldMap(typed.fieldErrors), message: typed.message ?? '' };
  if (typed?.__typename) return { kind: 'refused', typename: typed.__typename, message: typed.message ?? '' };
  return { kind: 'failed' };
}

/** The alert for an outcome that did not go through (field errors show under their fields). */
export function troubleOf(outcome: Outcome<unknown>, unplaced: string[] = []): Trouble | null {
  switch (outcome.kind) {
    case 'done':
      return null;
    case 'invalid':
      return { key: 'network.problem.invalid', detail: unplaced.join(' ') || undefined };
    case 'refused':
      return { key: outcome.typename === 'NotFoundError' ? 'network.problem.notFound' : 'network.problem.conflict', detail: outcome.message };
    case 'failed':
      return { key: 'common.failed' };
  }
}
