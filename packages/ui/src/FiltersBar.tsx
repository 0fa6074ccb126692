// A list's filters that apply as they change (SearchFilter, SelectFilter…): a search landmark named
// by its label, its fields in a grid that wraps on a phone, and nothing to submit — Enter in the
// search box does not reload the page.
import type { ReactNode } from 'react';

export function FiltersBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form role="search" className="filters-bar" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
