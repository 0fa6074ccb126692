// Labelled fields: hint, character count, and the problem under the field, tied to it with
// aria-describedby and aria-invalid.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormField, Problem } from './form.ts';

function useProblemText() {
  const { t } = useTranslation();
  return (problem: FormField['problem']) => (problem ? ('text' in problem ? problem.text : t(problem.key, (problem as Problem).values ?? {})) : null);
}

interface Common {
  field: FormField;
  label: ReactNode;
  hint?: ReactNode;
  /** Shows "n / max characters" under the field. */
  counter?: boolean;
  optional?: boolean;
}

function Described({ field, hint, counter, children }: Pick<Common, 'field' | 'hint' | 'counter'> & { children: (describedBy: string | undefined) => ReactNode }) {
  const { t } = useTranslation();
  const text = useProblemText()(field.problem);
  const ids = [hint ? `${field.id}-hint` : null, counter && field.rule?.max ? `${field.id}-count` : null, text ? `${field.id}-error` : null].filter(Boolean);
  return (
    <>
      {hint && (
        <p id={`${field.id}-hint`} className="hint muted">
          {hint}
        </p>
      )}
      {children(ids.length ? ids.join(' ') : undefined)}
      {counter && field.rule?.max && (
        <p id={`${field.id}-count`} className="hint muted">
          {t('collectives.form.count', { count: field.value.trim().length, max: field.rule.max })}
        </p>
      )}
      {text && (
        <p id={`${field.id}-error`} className="field-error">
          {text}
        </p>
      )}
    </>
  );
}

function Label({ field, label, optional }: Pick<Common, 'field' | 'label' | 'optional'>) {
  const { t } = useTranslation();
  return (
    <label htmlFor={field.id}>
      {label}
      {optional && <span className="optional"> {t('collectives.form.optional')}</span>}
    </label>
  );
}

export function TextField({ field, label, hint, counter, optional, type = 'text', autoComplete }: Common & { type?: 'text' | 'search' | 'date' | 'datetime-local'; autoComplete?: string }) {
  return (
    <div className="field">
      <Label field={field} label={label} optional={optional} />
      <Described field={field} hint={hint} counter={counter}>
        {(describedBy) => (
          <input
            id={field.id}
            name={field.name}
            type={type}
            autoComplete={autoComplete ?? 'off'}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            aria-required={field.required || undefined}
            aria-invalid={!!field.problem}
            aria-describedby={describedBy}
          />
        )}
      </Described>
    </div>
  );
}

export function TextArea({ field, label, hint, counter = true, optional, rows = 4 }: Common & { rows?: number }) {
  return (
    <div className="field">
      <Label field={field} label={label} optional={optional} />
      <Described field={field} hint={hint} counter={counter}>
        {(describedBy) => (
          <textarea
            id={field.id}
            name={field.name}
            rows={rows}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            aria-required={field.required || undefined}
            aria-invalid={!!field.problem}
            aria-describedby={describedBy}
          />
        )}
      </Described>
    </div>
  );
}

export function SelectField({ field, label, hint, optional, children }: Common & { children: ReactNode }) {
  return (
    <div className="field">
      <Label field={field} label={label} optional={optional} />
      <Described field={field} hint={hint}>
        {(describedBy) => (
          <select
            id={field.id}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            aria-required={field.required || undefined}
            aria-invalid={!!field.problem}
            aria-describedby={describedBy}
          >
            {children}
          </select>
        )}
      </Described>
    </div>
  );
}
