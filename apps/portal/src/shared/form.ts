// Forms that check as you type with the API's own rules (lengths after trimming, required fields,
// formats), and show the API's field errors where they belong.
import { useCallback, useState } from 'react';
import type { CatalogueKey } from '@ekoacteurs/ui';

/** A problem to show, as a catalogue key and its values. */
export interface Problem {
  key: CatalogueKey;
  values?: Record<string, unknown>;
}

/** What every rule checks: a value is required, and its length in characters after trimming. */
export interface LengthRule {
  required?: boolean;
  /** Characters, counted after trimming (as the API's zod rules do). */
  min?: number;
  max?: number;
}

export interface Rule extends LengthRule {
  /** Any other check, run on the trimmed value when it is not empty. */
  check?: (value: string) => Problem | null;
}

/**
 * A trimmed value against a rule's presence and length, in the sentences of the area's catalogue
 * (`collectives.form.*` or `network.form.*`); null when those hold.
 */
export function lengthProblem(text: string, rule: LengthRule, area: 'collectives' | 'network'): Problem | null {
  if (text.length === 0) return rule.required ? { key: `${area}.form.required` } : null;
  if (rule.min !== undefined && text.length < rule.min)
    return { key: `${area}.form.tooShort`, values: { min: rule.min, count: text.length } };
  if (rule.max !== undefined && text.length > rule.max)
    return { key: `${area}.form.tooLong`, values: { max: rule.max, count: text.length } };
  return null;
}

export function problemOf(value: string, rule: Rule | undefined): Problem | null {
  if (!rule) return null;
  const text = value.trim();
  const length = lengthProblem(text, rule, 'collectives');
  if (length || text.length === 0) return length;
  return rule.check?.(text) ?? null;
}

/** The API's field errors by field: the path after "input" (["input", "charter", "0"] → "charter.0"). */
export function fieldErrorMap(
  errors: readonly { path: readonly string[]; message: string }[] | undefined,
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors ?? []) {
    const path = error.path[0] === 'input' ? error.path.slice(1) : error.path;
    const name = path.join('.');
    if (name && !byField[name]) byField[name] = error.message;
  }
  return byField;
}

export interface FormField {
  id: string;
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  onBlur: () => void;
  /** What to show under the field: the API's message, or our check once the field was left or the form sent. */
  problem: Problem | { text: string } | null;
  required: boolean;
  rule?: Rule;
}

/**
 * A form's values, checks and errors. `prefix` makes the ids unique on the page.
 * Errors show once a field was left (or the form was sent), then follow every keystroke.
 */
export function useForm<K extends string>(prefix: string, initial: Record<K, string>, rules: Partial<Record<K, Rule>>) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<K, boolean>>>({});
  const [sent, setSent] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});

  const problems: Partial<Record<K, Problem>> = {};
  for (const name of Object.keys(values) as K[]) {
    const problem = problemOf(values[name], rules[name]);
    if (problem) problems[name] = problem;
  }

  const set = useCallback((name: K, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    // A changed value is no longer what the API refused.
    setServer((current) => {
      if (!(name in current)) return current;
      const { [name]: _gone, ...rest } = current;
      return rest;
    });
  }, []);

  function field(name: K): FormField {
    const shown = server[name] ? { text: server[name] } : touched[name] || sent ? (problems[name] ?? null) : null;
    return {
      id: `${prefix}-${name.replace(/\W/g, '-')}`,
      name,
      value: values[name],
      onChange: (event) => set(name, event.target.value),
      onBlur: () => setTouched((current) => (current[name] ? current : { ...current, [name]: true })),
      problem: shown,
      required: !!rules[name]?.required,
      rule: rules[name],
    };
  }

  /** Marks the form as sent; true when every field passes. Focuses the first field in error otherwise. */
  function validate(): boolean {
    setSent(true);
    const first = (Object.keys(values) as K[]).find((name) => problems[name]);
    if (first) {
      document.getElementById(`${prefix}-${first.replace(/\W/g, '-')}`)?.focus();
      return false;
    }
    return true;
  }

  /** Shows the API's field errors; focuses the first field they name. Returns those that match no field. */
  function showServerErrors(byField: Record<string, string>): string[] {
    setServer(byField);
    const names = Object.keys(byField);
    const known = names.filter((name) => name in values);
    if (known[0]) document.getElementById(`${prefix}-${known[0].replace(/\W/g, '-')}`)?.focus();
    return names.filter((name) => !(name in values)).map((name) => byField[name]!);
  }

  function reset(next: Record<K, string> = initial) {
    setValues(next);
    setTouched({});
    setSent(false);
    setServer({});
  }

  return {
    values,
    set,
    field,
    validate,
    showServerErrors,
    reset,
    problems,
    hasProblems: Object.keys(problems).length > 0,
  };
}
