// Small pieces the workshops, notifications, contributions and settings screens share: the
// screen title that takes focus, a polite live region, load failures with a retry, focus moved to
// a result, and the question asked before anything that cannot be taken back.
import './catalogue.ts';
import { localeOf } from '@ekoacteurs/ui';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/** Always in the page, so that screen readers announce what is written into it. */
export function LiveStatus({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? 'wk-live' : 'wk-sr-only'}>
      {message}
    </p>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-error">
      <p>{message}</p>
      <p>{t('workshops.kit.checkConnection')}</p>
      <button type="button" onClick={onRetry}>
        {t('workshops.retry')}
      </button>
    </div>
  );
}

/** Moves focus to the element with this id once it is in the page. */
export function focusSoon(id: string) {
  let tries = 0;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) {
      if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) element.setAttribute('tabindex', '-1');
      element.focus();
    } else if (tries++ < 20) {
      window.setTimeout(attempt, 50);
    }
  };
  window.setTimeout(attempt, 0);
}

export interface ConfirmButtonProps {
  label: ReactNode;
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Runs the action; resolves to what went wrong (shown in the dialog), or null when done. */
  onConfirm: () => Promise<Trouble | null>;
}

/**
 * A button that asks first, in a native modal dialog: focus goes to "Keep" (the safe choice),
 * Escape closes it, and focus returns to the button (the caller moves it if the button is gone).
 */
export function ConfirmButton({ label, ariaLabel, className = 'secondary', disabled, title, children, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Trouble | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal?.();
      keep.current?.focus();
    }
    if (!open && element.open) element.close?.();
  }, [open]);

  function close() {
    if (busy) return;
    setOpen(false);
    setProblem(null);
    window.setTimeout(() => {
      if (opener.current?.isConnected) opener.current.focus();
    }, 0);
  }

  async function confirm() {
    setBusy(true);
    setProblem(null);
    const trouble = await onConfirm();
    setBusy(false);
    if (trouble) return setProblem(trouble);
    setOpen(false);
    window.setTimeout(() => {
      if (opener.current?.isConnected) opener.current.focus();
    }, 0);
  }

  return (
    <>
      <button ref={opener} type="button" className={className} disabled={disabled} aria-label={ariaLabel} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </button>
      <dialog
        ref={dialog}
        className="wk-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={children ? `${id}-body` : undefined}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        {open && (
          <div>
            <h2 id={`${id}-title`}>{title}</h2>
            {children && <div id={`${id}-body`}>{children}</div>}
            <TroubleAlert trouble={problem} />
            <div className="actions">
              <button ref={keep} type="button" className="secondary" onClick={close} disabled={busy}>
                {t('workshops.kit.keep')}
              </button>
              <button type="button" className="danger" onClick={confirm} disabled={busy}>
                {busy ? t('common.sending') : confirmLabel}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}

/** A date and time in the reader's language, Europe/Paris unless told otherwise. */
export function formatDateTime(iso: string, language: string, timeZone = 'Europe/Paris'): string {
  const locale = localeOf(language);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export interface Trouble {
  text: string;
  /** The API's own explanation (in English), shown under the translated one. */
  detail?: string;
}

/** What went wrong with a mutation, in the reader's language, from an API error or a network failure. */
export function troubleOf(t: (key: string) => string, result: { networkError?: boolean; code?: string | null; message?: string | null }): Trouble {
  if (result.networkError) return { text: t('common.failed') };
  const detail = result.message ?? undefined;
  switch (result.code) {
    case 'CONFLICT':
      return { text: t('workshops.kit.conflict'), detail };
    case 'NOT_FOUND':
      return { text: t('workshops.kit.notFound'), detail };
    case 'FORBIDDEN':
      return { text: t('workshops.kit.notAllowed'), detail };
    default:
      return { text: t('common.failed'), detail };
  }
}

export function TroubleAlert({ trouble }: { trouble: Trouble | null }) {
  if (!trouble) return null;
  return (
    <div role="alert" className="notice notice-error">
      <p>{trouble.text}</p>
      {trouble.detail && (
        <p className="detail" lang="en">
          {trouble.detail}
        </p>
      )}
    </div>
  );
}

/** Copies a text (a secret, an address) and says so in a live region. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setSaid(t('workshops.kit.copied'));
    } catch {
      setSaid(t('workshops.kit.copyFailed'));
    }
  }
  return (
    <>
      <button type="button" className="secondary" onClick={copy}>
        {label}
      </button>
      <LiveStatus message={said} />
    </>
  );
}

/** The time when the component first rendered (stable across renders, for "has it started?"). */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
