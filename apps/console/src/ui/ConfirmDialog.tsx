// The question asked before anything that cannot be taken back (decline, suspend, revoke, cancel,
// unpublish), optionally with a text the action needs (a reason, a message).
// A modal dialog: focus moves into it (to the text field, else to "Cancel", the safe choice),
// Tab and Shift+Tab stay inside, Escape closes it, and focus goes back where it came from.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DialogField {
  label: string;
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  defaultValue?: string;
  /** A date instead of text (its value is "YYYY-MM-DD"). */
  type?: 'text' | 'date';
}

export interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Destructive actions get the red button. */
  tone?: 'danger' | 'default';
  field?: DialogField;
  /** Runs the action; resolves to a message to show in the dialog when it failed, or nothing when done. */
  onConfirm: (value: string) => Promise<string | null | undefined | void>;
  onClose: () => void;
  /** Where focus goes after a success, when the action removes what opened the dialog (e.g. its row). Otherwise focus goes back to the opener, or to the screen's title when the opener is gone. */
  returnFocusTo?: () => HTMLElement | null;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({ title, children, confirmLabel, tone = 'default', field, onConfirm, onClose, returnFocusTo }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const [value, setValue] = useState(field?.defaultValue ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // After a success, focus goes where the screen says (its row may be gone); else back to the opener.
  const afterSuccess = useRef<HTMLElement | null | undefined>(undefined);

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

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = value.trim();
    if (field?.required && text.length === 0) return fail(t('dialog.required'));
    if (field?.minLength && text.length > 0 && text.length < field.minLength) return fail(t('dialog.tooShort', { count: field.minLength }));
    setBusy(true);
    setProblem(null);
    try {
      const failure = await onConfirm(text);
      if (failure) return fail(failure);
      afterSuccess.current = returnFocusTo ? returnFocusTo() : undefined;
      onClose();
    } catch {
      fail(t('common.failed'));
    } finally {
      setBusy(false);
    }
  }

  function fail(message: string) {
    setProblem(message);
    (input.current ?? cancel.current)?.focus();
  }

  const describedBy = [children ? `${id}-body` : '', field?.hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="dialog-backdrop">
      <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={describedBy} className="dialog">
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{title}</h2>
          {children && <div id={`${id}-body`}>{children}</div>}
          {field && (
            <>
              <label htmlFor={`${id}-field`}>{field.label}</label>
              {field.type === 'date' ? (
                <input ref={input} id={`${id}-field`} type="date" value={value} onChange={(e) => setValue(e.target.value)} required={field.required} aria-invalid={!!problem} />
              ) : (
                <textarea
                  ref={input}
                  id={`${id}-field`}
                  rows={3}
                  value={value}
                  onChange={(e) => setValue(e.target.value)}
                  required={field.required}
                  maxLength={field.maxLength}
                  aria-invalid={!!problem}
                />
              )}
              {field.hint && (
                <p id={`${id}-hint`} className="muted">
                  {field.hint}
                </p>
              )}
            </>
          )}
          {problem && (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="actions dialog-actions">
            <button ref={cancel} type="button" className="secondary" onClick={onClose} disabled={busy}>
              {t('dialog.cancel')}
            </button>
            <button type="submit" className={tone === 'danger' ? 'danger' : undefined} disabled={busy}>
              {busy ? t('common.working') : confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
