// A list's search that applies when its form is submitted (the console's lists ask the API only
// then): what is typed, what was searched (trimmed), and a way back to the whole list.
import { useState, type FormEvent } from 'react';

export function useSubmittedSearch() {
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  return {
    draft,
    setDraft,
    search,
    submit(event: FormEvent) {
      event.preventDefault();
      setSearch(draft.trim());
    },
    clear() {
      setDraft('');
      setSearch('');
    },
  };
}
