// A labelled form field: label (with "(optional)"), hint, the control, a character counter and the
// problem under it, tied to the control with aria-describedby and aria-invalid. The control is the
// caller's (input, textarea, select), given the attributes to spread.
import type { ReactNode } from 'react';
import { useTranslation } from './i18n.ts';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-required': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  required?: boolean;
  /** The problem, already in words; the field is marked invalid while there is one. */
  error?: string | null;
  /** Shows "n / max characters" under the field. */
  count?: { value: number; max: number };
  children: (control: ControlProps) => ReactNode;
}

export function Field({ id, label, hint, optional, required, error, count, children }: FieldProps) {
  const { t } = useTranslation();
  const over = count ? count.value > count.max : false;
  const describedBy =
    [hint ? `${id}-hint` : null, count ? `${id}-count` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> {t('kit.optional')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint muted">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': !!error || over,
        'aria-required': required || undefined,
        'aria-describedby': describedBy,
      })}
      {count && (
        <p id={`${id}-count`} className={over ? 'hint counter-over' : 'hint muted'}>
          {t('kit.count', { count: count.value, max: count.max })}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
