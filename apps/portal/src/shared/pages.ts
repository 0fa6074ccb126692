// Lists read page by page ("show more"): each page is its own query after the previous page's
// end cursor, so no cache merging is needed; each page reports where it ends.
import { useReducer, useState } from 'react';

export interface PageEnd {
  index: number;
  /** The cursor after which the next page starts; null on the last page. */
  cursor: string | null;
  /** How many items match, over all pages. */
  total: number;
}

type Ends = Record<number, PageEnd>;

function ends(state: Ends, action: PageEnd | 'reset'): Ends {
  if (action === 'reset') return {};
  const known = state[action.index];
  if (known && known.cursor === action.cursor && known.total === action.total) return state;
  return { ...state, [action.index]: action };
}

export function usePages() {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [known, report] = useReducer(ends, {});
  const more = known[pages.length - 1]?.cursor ?? null;
  return {
    pages,
    /** Stable: page components call it from an effect. */
    report,
    more,
    total: known[0]?.total ?? null,
    loadMore: () => {
      if (more) setPages((current) => (current.includes(more) ? current : [...current, more]));
    },
    reset: () => {
      setPages([null]);
      report('reset');
    },
  };
}
