// Lists read page by page ("show more"): each page is its own query after the previous page's
// end cursor, so no cache merging is needed; each page reports where it ends.
import { LoadFailed, Skeleton } from '@ekoacteurs/ui';
import { useEffect, useReducer, useState } from 'react';

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

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  edges: readonly { node: { id: string } }[];
}

/**
 * One page of such a list: reports where the next page starts (and the total) once it is loaded,
 * and, for a page after the first, moves focus to its first item's link (`#<prefix><id>-link`).
 */
export function useListPage(list: Page | undefined, index: number, onPage: (end: PageEnd) => void, linkPrefix: string) {
  const next = list?.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null;
  const firstId = list?.edges[0]?.node.id;
  useEffect(() => {
    if (list) onPage({ index, cursor: next, total: list.totalCount });
  }, [list, next, index, onPage]);
  useEffect(() => {
    if (index > 0 && firstId) document.getElementById(`${linkPrefix}${firstId}-link`)?.focus();
  }, [index, firstId, linkPrefix]);
}

/** A page's loading or failed state, as a wide item of the cards list; null once there is data. */
export function ListPageState(props: { hasData: boolean; fetching: boolean; error: boolean; loading: string; failed: string; onRetry: () => void }) {
  if (props.hasData || !(props.fetching || props.error)) return null;
  return <li className="wide">{props.error ? <LoadFailed message={props.failed} onRetry={props.onRetry} /> : <Skeleton label={props.loading} />}</li>;
}
