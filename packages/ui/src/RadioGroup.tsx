// One choice among a few, said in words: a fieldset named by its legend, a radio per value (its name,
// and its explanation when there is one, which the radio is described by), and the error that says
// none was chosen when one must be. Each radio's id is `${name}-${value}` (a form can focus the first
// one when the choice is missing); the error's is `${name}-error`.
import type { ReactNode } from 'react';

export function RadioGroup<T extends string | number>({
  name,
  legend,
  values,
  value,
  onChange,
  labelOf,
  hintOf,
  error,
  className,
  choiceClassName = 'checkbox',
}: {
  name: string;
  legend: ReactNode;
  values: readonly T[];
  /** The chosen value; null when none is yet. */
  value: T | null;
  onChange: (value: T) => void;
  labelOf: (value: T) => ReactNode;
  /** A sentence beside each choice's name (after a dash), or under it in a card style. */
  hintOf?: (value: T) => ReactNode;
  /** Why the choice is refused (none made): shown under the choices, and the group is marked invalid. */
  error?: string | null;
  /** The fieldset's class (e.g. `filters` for choices side by side). */
  className?: string;
  /** Each choice's class (`checkbox`, `checkbox block` one per line, or a card style). */
  choiceClassName?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={className}
      role={error ? 'radiogroup' : undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {values.map((choice) => {
        const id = `${name}-${choice}`;
        return (
          <label key={choice} className={choiceClassName}>
            <input
              id={id}
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              aria-describedby={hintOf ? `${id}-hint` : undefined}
            />{' '}
            <span className="choice-name">{labelOf(choice)}</span>
            {hintOf && (
              <span id={`${id}-hint`} className="hint muted choice-hint">
                {hintOf(choice)}
              </span>
            )}
          </label>
        );
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
