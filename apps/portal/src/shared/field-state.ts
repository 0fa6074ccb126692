// A form's values, its checks as you type (the API's rules, see rules.ts) and the API's own field
// errors, shown under the field they concern.
import { useCallback, useState } from 'react';
import type { Problem } from './form.ts';
import { problemOf, type Rule } from './network-rules.ts';

export type Shown = Problem | { text: string } | null;

export interface FieldState {
  id: string;
  value: string;
  set: (value: string) => void;
  onBlur: () => void;
  problem: Shown;
  rule?: Rule;
}

export function useFields<K extends string>(
  prefix: string,
  initial: Record<K, string>,
  rules: { readonly [name: string]: Rule | undefined },
) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<K, boolean>>>({});
  const [sent, setSent] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});

  const set = useCallback((name: K, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setTouched((current) => (current[name] ? current : { ...current, [name]: true }));
    setServer((current) => {
      if (!(name in current)) return current;
      const { [name]: _gone, ...rest } = current;
      return rest;
    });
  }, []);

  const problems = {} as Partial<Record<K, Problem>>;
  for (const name of Object.keys(values) as K[]) {
    const problem = problemOf(values[name], rules[name]);
    if (problem) problems[name] = problem;
  }

  function field(name: K): FieldState {
    return {
      id: `${prefix}-${name}`,
      value: values[name],
      set: (value) => set(name, value),
      onBlur: () => setTouched((current) => ({ ...current, [name]: true })),
      problem: server[name] ? { text: server[name] } : touched[name] || sent ? (problems[name] ?? null) : null,
      rule: rules[name],
    };
  }

  /** Marks the form sent: every problem shows. Returns the id of the first invalid field, if any. */
  function check(): string | null {
    setSent(true);
    const first = (Object.keys(values) as K[]).find((name) => problems[name]);
    return first ? `${prefix}-${first}` : null;
  }

  return {
    values,
    setValues,
    field,
    check,
    setServer,
    server,
    valid: Object.keys(problems).length === 0,
    reset: () => {
      setSent(false);
      setTouched({});
    },
  };
}
