// A field bound to a form of ./field-state.ts (profile, page editor, network, introductions): the
// kit's labelled Field (hint, counter, the problem under it) around an input or a textarea.
import { Field as KitField } from '@ekoacteurs/ui';
import type { ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import type { FieldState, Shown } from './field-state.ts';

export function useProblemText() {
  const { t } = useTranslation();
  return (problem: Shown) =>
    problem ? ('text' in problem ? problem.text : t(problem.key, problem.values ?? {})) : null;
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
  /** `url` also brings the phone's keyboard for addresses. */
  type?: 'text' | 'url' | 'search';
  autoComplete?: string;
}

export function Field({
  field,
  label,
  hint,
  optional,
  counter,
  multiline,
  rows = 4,
  type = 'text',
  autoComplete = 'off',
}: Props) {
  const error = useProblemText()(field.problem);
  const max = field.rule?.max;
  return (
    <KitField
      id={field.id}
      label={label}
      hint={hint}
      optional={optional}
      required={field.rule?.required}
      error={error}
      count={counter && max !== undefined ? { value: field.value.trim().length, max } : undefined}
    >
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            rows={rows}
            value={field.value}
            onBlur={field.onBlur}
            onChange={(event) => field.set(event.target.value)}
          />
        ) : (
          <input
            {...control}
            type={type}
            inputMode={type === 'url' ? 'url' : undefined}
            autoComplete={autoComplete}
            value={field.value}
            onBlur={field.onBlur}
            onChange={(event) => field.set(event.target.value)}
          />
        )
      }
    </KitField>
  );
}
