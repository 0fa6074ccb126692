// Lists read page by page ("show more"): each page is its own query after the previous page's
// end cursor, so no cache merging is needed; each page reports where it ends.
import { LoadFailed, Skeleton } from '@ekoacteurs/ui';
import { useTranslation, type CatalogueKey } from '@ekoacteurs/ui/i18n.ts';
import { useEffect, useReducer, useState, type ReactNode } from 'react';

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

/** The button under such a list that shows its next page, while there is one. */
export function ShowMore({ more, onMore, label }: { more: string | null; onMore: () => void; label: string }) {
  if (!more) return null;
  return (
    <button type="button" className="secondary" onClick={onMore}>
      {label}
    </button>
  );
}

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  edges: readonly { node: { id: string } }[];
}

/**
 * One page of such a list: reports where the next page starts (and the total) once it is loaded,
 * and, for a page after the first, moves focus to its first item (`#<prefix><id><suffix>`: its
 * link by default).
 */
export function useListPage(
  list: Page | undefined,
  index: number,
  onPage: (end: PageEnd) => void,
  linkPrefix: string,
  suffix = '-link',
) {
  const next = list?.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null;
  const firstId = list?.edges[0]?.node.id;
  useEffect(() => {
    if (list) onPage({ index, cursor: next, total: list.totalCount });
  }, [list, next, index, onPage]);
  useEffect(() => {
    if (index > 0 && firstId) document.getElementById(`${linkPrefix}${firstId}${suffix}`)?.focus();
  }, [index, firstId, linkPrefix, suffix]);
}

export interface ListPageStateProps {
  hasData: boolean;
  fetching: boolean;
  error: boolean;
  loading: string;
  failed: string;
  onRetry: () => void;
  /** What to say when the first page holds nothing (null: it holds something, or is not the first). */
  empty: ReactNode | null;
  /** Items of a cards grid span its width. */
  wide?: boolean;
}

/** A page's state as an item of the list: loading, failed, or empty; null once there is something to show. */
export function listPageState(props: ListPageStateProps): ReactNode | null {
  const wide = props.wide ? 'wide' : undefined;
  if (!props.hasData && (props.fetching || props.error)) {
    return (
      <li className={wide}>
        {props.error ? (
          <LoadFailed message={props.failed} onRetry={props.onRetry} />
        ) : (
          <Skeleton label={props.loading} />
        )}
      </li>
    );
  }
  if (props.empty !== null) return <li className={props.wide ? 'wide notice' : 'notice'}>{props.empty}</li>;
  return null;
}

/** A catalogue prefix with the four sentences a page of cards says: `.loading`, `.error`, `.empty`, `.noMatch`. */
type LoadingPrefix = CatalogueKey extends infer K ? (K extends `${infer P}.loading` ? P : never) : never;
type CardsWords = {
  [P in LoadingPrefix]: `${P}.error` | `${P}.empty` | `${P}.noMatch` extends CatalogueKey ? P : never;
}[LoadingPrefix];

/**
 * One page of a grid of cards, from its query (what `useQuery` returns), as list items: its state —
 * loading, failed with a retry, or empty — in the words under `words` (`.loading`, `.error`, `.empty`,
 * and `.noMatch` when the list is filtered), or its cards (children).
 */
export function CardsPage(props: {
  query: readonly [
    { data?: unknown; fetching: boolean; error?: unknown },
    (context: { requestPolicy: 'network-only' }) => void,
  ];
  list: { edges: readonly unknown[] } | undefined;
  first: boolean;
  filtered: boolean;
  words: CardsWords;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // CardsWords has checked that the four sentences exist under this prefix.
  const word = (suffix: 'loading' | 'error' | 'empty' | 'noMatch') => t(`${props.words}.${suffix}` as CatalogueKey);
  const [{ data, fetching, error }, reexecute] = props.query;
  const { list } = props;
  const state = listPageState({
    hasData: !!data,
    fetching,
    error: !!error,
    loading: word('loading'),
    failed: word('error'),
    onRetry: () => reexecute({ requestPolicy: 'network-only' }),
    empty: props.first && list && list.edges.length === 0 ? word(props.filtered ? 'noMatch' : 'empty') : null,
    wide: true,
  });
  return state ?? <>{props.children}</>;
}
