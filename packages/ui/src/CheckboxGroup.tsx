// A choice of several values (both apps: an API token's scopes, a webhook's events, the directory's
// filters): a fieldset named by its legend, a checkbox a value (said in words), and the problem
// under it, which the fieldset is described by.
export function CheckboxGroup<Value extends string, Option extends Value>({
  id,
  legend,
  values,
  selected,
  labelOf,
  onChange,
  error,
  className,
}: {
  id: string;
  legend: string;
  values: readonly Option[];
  selected: readonly Value[];
  labelOf: (option: Option) => string;
  onChange: (selected: Value[]) => void;
  error?: string;
  /** The fieldset's class (the directory's long lists scroll: `scroll-list`). */
  className?: string;
}) {
  return (
    <>
      <fieldset className={className} aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{legend}</legend>
        {values.map((value) => (
          <label key={value} className="checkbox block">
            <input
              type="checkbox"
              checked={selected.includes(value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, value] : selected.filter((other) => other !== value))
              }
            />{' '}
            {labelOf(value)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
