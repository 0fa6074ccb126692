// The API's field errors in a form: by field name ({ path: ["input", "title"], message } → title),
// and, for a form that lays out its own controls, each field's error paragraph and the ids its
// control is described by (its hint, then its error).
import type { ReactNode } from 'react';

export type FieldErrorsByName = Record<string, string>;

/** The first message for each field, by the last segment of its path. */
export function fieldErrorsByName(
  errors: readonly { path: readonly string[]; message: string }[] | undefined,
): FieldErrorsByName {
  const byName: FieldErrorsByName = {};
  for (const error of errors ?? []) {
    const name = error.path.at(-1);
    if (name && !byName[name]) byName[name] = error.message;
  }
  return byName;
}

/** `error(name)`: the field's error paragraph (or nothing); `describedBy(name, hint?)`: for aria-describedby. */
export function fieldErrorParts(prefix: string, errors: FieldErrorsByName) {
  const idOf = (name: string) => `${prefix}-${name}-error`;
  return {
    error: (name: string): ReactNode =>
      errors[name] ? (
        <p id={idOf(name)} className="field-error">
          {errors[name]}
        </p>
      ) : null,
    describedBy: (name: string, hint?: string) =>
      [hint, errors[name] ? idOf(name) : ''].filter(Boolean).join(' ') || undefined,
  };
}
