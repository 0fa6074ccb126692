// A list's search in the console: a search landmark whose words apply when it is submitted (the
// console's lists ask the API only then), the filters that apply at once beside them, and its button.
import { SearchFilter } from '@ekoacteurs/ui';
import type { FormEvent, ReactNode } from 'react';

export function SearchForm({
  label,
  words,
  field,
  button,
  children,
}: {
  /** The landmark's name. */
  label: string;
  /** What is typed, and applying it on submit (useSubmittedSearch, or the screen's own from the address). */
  words: { draft: string; setDraft: (value: string) => void; submit: (event: FormEvent) => void };
  /** The words' field: its id and label, the API's limit, and a hint or an example when useful. */
  field: { id: string; label: string; maxLength: number; hint?: string; placeholder?: string };
  /** The submit button's words. */
  button: string;
  /** Filters that apply at once (SelectFilter…), after the words. */
  children?: ReactNode;
}) {
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={words.submit}>
      <SearchFilter {...field} value={words.draft} onChange={words.setDraft} />
      {children}
      <button type="submit">{button}</button>
    </form>
  );
}
