// Labelled fields: hint, character count and the problem under the field, tied to it with
// aria-describedby and aria-invalid.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldState, Shown } from './form.ts';

export function useProblemText() {
  const { t } = useTranslation();
  return (problem: Shown) => (problem ? ('text' in problem ? problem.text : t(problem.key, problem.values ?? {})) : null);
}

interface Props {
  field: FieldState;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  /** Shows the number of characters used, when the rule has a maximum. */
  counter?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'search';
  autoComplete?: string;
  inputMode?: 'url' | 'text';
}

export function Field({ field, label, hint, optional, counter, multiline, rows = 4, type = 'text', autoComplete = 'off', inputMode }: Props) {
  const { t } = useTranslation();
  const text = useProblemText()(field.problem);
  const max = field.rule?.max;
  const showCount = counter && max !== undefined;
  const describedBy = [hint ? `${field.id}-hint` : null, showCount ? `${field.id}-count` : null, text ? `${field.id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id: field.id,
    value: field.value,
    onBlur: field.onBlur,
    'aria-invalid': !!field.problem,
    'aria-required': field.rule?.required || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={field.id}>
        {label}
        {optional && <span className="optional"> {t('network.form.optional')}</span>}
      </label>
      {hint && (
        <p id={`${field.id}-hint`} className="hint muted">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => field.set(event.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} autoComplete={autoComplete} onChange={(event) => field.set(event.target.value)} />
      )}
      {showCount && (
        <p id={`${field.id}-count`} className="hint muted">
          {t('network.form.count', { count: field.value.trim().length, max })}
        </p>
      )}
      {text && (
        <p id={`${field.id}-error`} className="field-error">
          {text}
        </p>
      )}
    </div>
  );
}
