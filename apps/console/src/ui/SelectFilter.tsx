// A list's filter by one choice: its label and a select of the values, each said in words. A
// choice applies at once (the list starts again at its first page).
export function SelectFilter<Value extends string>({
  id,
  label,
  value,
  values,
  labelOf,
  onChange,
}: {
  id: string;
  label: string;
  value: Value;
  values: readonly Value[];
  labelOf: (value: Value) => string;
  onChange: (value: Value) => void;
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Value)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
