// Fields bound to a form of ./form.ts (collectives, opportunities): the kit's labelled Field (hint,
// counter, the problem under it) around an input, a textarea or a select.
import { Field, type ControlProps } from '@ekoacteurs/ui';
import type { ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import type { FormField, Problem } from './form.ts';

interface Common {
  field: FormField;
  label: ReactNode;
  hint?: ReactNode;
  /** Shows "n / max characters" under the field. */
  counter?: boolean;
  optional?: boolean;
}

function Bound({
  field,
  label,
  hint,
  counter,
  optional,
  children,
}: Common & { children: (control: ControlProps) => ReactNode }) {
  const { t } = useTranslation();
  const problem = field.problem;
  const error = problem ? ('text' in problem ? problem.text : t(problem.key, (problem as Problem).values ?? {})) : null;
  const max = field.rule?.max;
  return (
    <Field
      id={field.id}
      label={label}
      hint={hint}
      optional={optional}
      required={field.required}
      error={error}
      count={counter && max ? { value: field.value.trim().length, max } : undefined}
    >
      {children}
    </Field>
  );
}

export function TextField({
  type = 'text',
  autoComplete,
  ...common
}: Common & { type?: 'text' | 'search' | 'date' | 'datetime-local'; autoComplete?: string }) {
  const { field } = common;
  return (
    <Bound {...common}>
      {(control) => (
        <input
          {...control}
          name={field.name}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    </Bound>
  );
}

export function TextArea({ counter = true, rows = 4, ...common }: Common & { rows?: number }) {
  const { field } = common;
  return (
    <Bound {...common} counter={counter}>
      {(control) => (
        <textarea
          {...control}
          name={field.name}
          rows={rows}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    </Bound>
  );
}

export function SelectField({ children, ...common }: Omit<Common, 'counter'> & { children: ReactNode }) {
  const { field } = common;
  return (
    <Bound {...common}>
      {(control) => (
        <select {...control} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur}>
          {children}
        </select>
      )}
    </Bound>
  );
}
