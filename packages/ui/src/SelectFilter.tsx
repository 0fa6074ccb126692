// A list's filter by one choice: its label and a select of the values, each said in words, with
// an optional first choice that filters nothing (its value is ""). A choice applies at once.
export function SelectFilter<Value extends string, Option extends Value>({
  id,
  label,
  value,
  values,
  labelOf,
  onChange,
  anyLabel,
  className,
}: {
  id: string;
  label: string;
  value: Value;
  values: readonly Option[];
  labelOf: (option: Option) => string;
  onChange: (value: Value) => void;
  /** The first choice, value "", that filters nothing ("Toutes les régions"). */
  anyLabel?: string;
  /** The wrapper's class (the portal's filter bars lay out `field`s). */
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {values.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
