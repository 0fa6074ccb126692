// The question asked before anything that cannot be taken back (archive, remove, decline, close…),
// optionally with a text the action sends (a reason, a word for the person).
// A native modal <dialog>: focus moves into it (to the text field, else to "Cancel", the safe
// choice), the page behind is inert, Escape cancels, and focus returns to the button that opened it.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TroubleAlert } from './Feedback.tsx';
import { problemOf } from './form.ts';
import type { Trouble } from './outcome.ts';

export interface ConfirmText {
  label: string;
  hint?: string;
  max: number;
}

export interface ConfirmButtonProps {
  /** The button that opens the question. */
  label: ReactNode;
  /** Accessible name of that button when `label` alone is ambiguous (e.g. "Remove agreement 2"). */
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'default';
  text?: ConfirmText;
  /** Runs the action with the text typed (or ""); resolves to what went wrong, or null when done. */
  onConfirm: (text: string) => Promise<Trouble | null>;
}

export function ConfirmButton({ label, ariaLabel, className = 'secondary', disabled, title, children, confirmLabel, tone = 'danger', text, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const tooLong = text ? problemOf(value, { max: text.max }) : null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal?.();
      (field.current ?? cancel.current)?.focus();
    }
    if (!open && element.open) element.close?.();
  }, [open]);

  function close() {
    if (busy) return;
    setOpen(false);
    setValue('');
    setTrouble(null);
    // Back to where the member was; if the button left the page (the item is gone), the caller moves focus.
    window.setTimeout(() => {
      if (opener.current?.isConnected) opener.current.focus();
    }, 0);
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (tooLong) return field.current?.focus();
    setBusy(true);
    setTrouble(null);
    const problem = await onConfirm(value.trim());
    setBusy(false);
    if (problem) {
      setTrouble(problem);
      return;
    }
    setOpen(false);
    setValue('');
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
        className="confirm-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={children ? `${id}-body` : undefined}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        {open && (
          <form onSubmit={confirm} noValidate>
            <h2 id={`${id}-title`}>{title}</h2>
            {children && <div id={`${id}-body`}>{children}</div>}
            {text && (
              <div className="field">
                <label htmlFor={`${id}-text`}>
                  {text.label} <span className="optional">{t('collectives.form.optional')}</span>
                </label>
                {text.hint && (
                  <p id={`${id}-hint`} className="hint muted">
                    {text.hint}
                  </p>
                )}
                <textarea
                  ref={field}
                  id={`${id}-text`}
                  rows={3}
                  value={value}
                  onChange={(event) => setValue(event.target.value)}
                  aria-invalid={!!tooLong}
                  aria-describedby={[text.hint ? `${id}-hint` : '', tooLong ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
                />
                {tooLong && (
                  <p id={`${id}-error`} className="field-error">
                    {t(tooLong.key, tooLong.values ?? {})}
                  </p>
                )}
              </div>
            )}
            <TroubleAlert trouble={trouble} />
            <div className="actions">
              <button ref={cancel} type="button" className="secondary" onClick={close} disabled={busy}>
                {t('collectives.cancel')}
              </button>
              <button type="submit" className={tone === 'danger' ? 'danger' : undefined} disabled={busy}>
                {busy ? t('common.sending') : confirmLabel}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
