// One page of an API connection, for the console's lists: the query (the cache first, then the
// network), the cursor pages (back to the first when the filters change), the rows of the page
// shown and what the pager needs. `PagedTable` shows it; a list that is not a table reads it too.
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useQuery, type UseQueryArgs } from 'urql';
import { pageOf, useCursorPages, type Connection } from './Pager.tsx';

export function usePagedQuery<Data, Variables extends AnyVariables, Node>({
  query,
  variables,
  size,
  select,
}: {
  query: TypedDocumentNode<Data, Variables>;
  /** The filters: a page is asked for with them, and any change starts again at the first page. */
  variables: Omit<Variables, 'first' | 'after'>;
  size: number;
  select: (data: Data) => Connection<Node> | null | undefined;
}) {
  const pages = useCursorPages(JSON.stringify(variables));
  const [{ data, fetching, error }, reexecute] = useQuery<Data, Variables>({
    query,
    // A page is the filters with its size and cursor: the variables the document declares.
    variables: { ...variables, first: size, after: pages.after } as unknown as Variables,
    requestPolicy: 'cache-and-network',
  } as UseQueryArgs<Variables, Data>);
  const connection = (data && select(data)) || null;
  const page = pageOf(connection, pages.after, size);
  return {
    data,
    connection,
    total: connection?.totalCount ?? 0,
    nodes: page.nodes,
    fetching,
    error,
    reload: () => reexecute({ requestPolicy: 'network-only' }),
    pager: {
      page: pages.page,
      total: connection?.totalCount ?? 0,
      size,
      hasNext: page.hasNext,
      busy: fetching,
      onNext: () => page.lastCursor && pages.next(page.lastCursor),
      onPrevious: pages.previous,
    },
  };
}

export type PagedList<Node> = ReturnType<typeof usePagedQuery<unknown, AnyVariables, Node>>;
