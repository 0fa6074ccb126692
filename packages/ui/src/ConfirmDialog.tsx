// The one question asked before anything that cannot be taken back (decline, suspend, revoke,
// archive, cancel…), optionally with a text the action needs (a reason, a word for the person), in
// both apps. A modal dialog: focus moves into it (to the text field, else to "Cancel", the safe
// choice), Tab and Shift+Tab stay inside, Escape closes it, and focus goes back where it came from.
// It is rendered at the end of <body> (a portal): its own form is never nested in the form of the
// screen that opened it, and confirming never submits that one.
import { createPortal } from 'react-dom';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from './i18n.ts';
import { TroubleAlert, type Trouble } from './Feedback.tsx';

export interface DialogField {
  label: string;
  hint?: string;
  required?: boolean;
  /** Shows "(optional)" after the label. */
  optional?: boolean;
  minLength?: number;
  /** Counted under the field; a longer text is refused with a message, never cut. */
  maxLength?: number;
  defaultValue?: string;
  /** A date instead of text (its value is "YYYY-MM-DD"). */
  type?: 'text' | 'date';
}

/** What a failed action says: a translated text, or a Trouble (key or text, with the API's words). */
export type Failure = string | Trouble | null | undefined | void;

export interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** The safe choice's words ("Cancel" unless told). */
  cancelLabel?: string;
  /** Destructive actions get the red button. */
  tone?: 'danger' | 'default';
  field?: DialogField;
  /** Runs the action with the text typed (trimmed, or ""); resolves to what failed, or nothing when done. */
  onConfirm: (value: string) => Promise<Failure>;
  onClose: () => void;
  /** Where focus goes after a success, when the action removes what opened the dialog (e.g. its row). Otherwise back to the opener, or to the screen's title when the opener is gone. */
  returnFocusTo?: () => HTMLElement | null;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'default',
  field,
  onConfirm,
  onClose,
  returnFocusTo,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const afterSuccess = useRef<HTMLElement | null | undefined>(undefined);
  const [value, setValue] = useState(field?.defaultValue ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    opener.current = document.activeElement;
    (input.current ?? cancel.current)?.focus();
    return () => {
      const from = opener.current;
      const usable = from instanceof HTMLElement && from.isConnected && from !== document.body ? from : null;
      const target = afterSuccess.current === undefined ? usable : afterSuccess.current;
      (target ?? document.querySelector<HTMLElement>('main h1'))?.focus();
    };
  }, []);

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        if (!busy) onClose();
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    node.addEventListener('keydown', onKeyDown);
    return () => node.removeEventListener('keydown', onKeyDown);
  }, [busy, onClose]);

  const text = value.trim();
  const tooLong = field?.maxLength !== undefined && text.length > field.maxLength;

  function fail(failure: Failure) {
    if (typeof failure === 'string') setProblem(failure);
    else if (failure) setTrouble(failure);
    (input.current ?? cancel.current)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation(); // React carries events up through portals: not to a form around the opener.
    setProblem(null);
    setTrouble(null);
    if (field?.required && text.length === 0) return fail(t('kit.required'));
    if (field?.minLength && text.length > 0 && text.length < field.minLength)
      return fail(t('kit.tooShort', { count: field.minLength }));
    if (tooLong) return fail(t('kit.tooLong', { max: field.maxLength, count: text.length }));
    setBusy(true);
    try {
      const failure = await onConfirm(text);
      if (failure) return fail(failure);
      afterSuccess.current = returnFocusTo ? returnFocusTo() : undefined;
      onClose();
    } catch {
      fail(t('kit.failed'));
    } finally {
      setBusy(false);
    }
  }

  const counted = field?.maxLength !== undefined && field.type !== 'date';
  const fieldDescribedBy =
    [field?.hint ? `${id}-hint` : '', counted ? `${id}-count` : '', problem ? `${id}-problem` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const describedBy =
    [children ? `${id}-body` : '', field?.hint ? `${id}-hint` : '', problem ? `${id}-problem` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={describedBy}
        className="dialog"
      >
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{title}</h2>
          {children && <div id={`${id}-body`}>{children}</div>}
          {field && (
            <div className="field">
              <label htmlFor={`${id}-field`}>
                {field.label}
                {field.optional && <span className="optional"> {t('kit.optional')}</span>}
              </label>
              {field.type === 'date' ? (
                <input
                  ref={input}
                  id={`${id}-field`}
                  type="date"
                  value={value}
                  onChange={(e) => setValue(e.target.value)}
                  required={field.required}
                  aria-invalid={!!problem}
                  aria-describedby={fieldDescribedBy}
                />
              ) : (
                <textarea
                  ref={input}
                  id={`${id}-field`}
                  rows={3}
                  value={value}
                  onChange={(e) => setValue(e.target.value)}
                  required={field.required}
                  aria-invalid={!!problem || tooLong}
                  aria-describedby={fieldDescribedBy}
                />
              )}
              {field.hint && (
                <p id={`${id}-hint`} className="hint muted">
                  {field.hint}
                </p>
              )}
              {counted && (
                <p id={`${id}-count`} className={tooLong ? 'hint field-error' : 'hint muted'}>
                  {t('kit.count', { count: text.length, max: field.maxLength })}
                </p>
              )}
            </div>
          )}
          {problem && (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {problem}
            </p>
          )}
          <TroubleAlert trouble={trouble} />
          <div className="actions dialog-actions">
            <button ref={cancel} type="button" className="secondary" onClick={onClose} disabled={busy}>
              {cancelLabel ?? t('kit.cancel')}
            </button>
            <button type="submit" className={tone === 'danger' ? 'danger' : undefined} disabled={busy}>
              {busy ? t('kit.working') : confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>,
    document.body,
  );
}

export interface ConfirmButtonProps extends Omit<ConfirmDialogProps, 'onClose'> {
  /** The button that opens the question. */
  label: ReactNode;
  /** Its accessible name when `label` alone is ambiguous (e.g. "Remove agreement 2"). */
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
}

/** A button that asks first (the dialog above); the dialog is destructive unless told. */
export function ConfirmButton({
  label,
  ariaLabel,
  className = 'secondary',
  disabled,
  tone = 'danger',
  ...dialog
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && <ConfirmDialog tone={tone} {...dialog} onClose={() => setOpen(false)} />}
    </>
  );
}
