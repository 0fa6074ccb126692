// Cursor pagination over the API's connections: "Page suivante" asks for the rows after the last
// one shown, "Page précédente" goes back to the cursor before. The shared cache merges the pages
// of some lists (workshops): the rows shown are always the slice after the current cursor.
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { formatNumber } from '../format.ts';

export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { cursor: string; node: Node }[];
}

export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  // New filters start again at the first page.
  const cursors = state.key === resetKey ? state.cursors : [null];
  const after = cursors.at(-1) ?? null;
  return {
    after,
    page: cursors.length,
    next: (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
  };
}

/** The rows of the current page, whether the cache merged earlier pages in or not. */
export function pageOf<Node>(connection: Connection<Node> | undefined | null, after: string | null, size: number) {
  if (!connection) return { nodes: [] as Node[], hasNext: false, lastCursor: null as string | null };
  const start = after === null ? 0 : connection.edges.findIndex((edge) => edge.cursor === after) + 1;
  const edges = connection.edges.slice(start, start + size);
  const hasNext = start + size < connection.edges.length || connection.pageInfo.hasNextPage;
  return { nodes: edges.map((edge) => edge.node), hasNext, lastCursor: edges.at(-1)?.cursor ?? null };
}

export function Pager({
  page,
  total,
  size,
  hasNext,
  busy,
  onNext,
  onPrevious,
}: {
  page: number;
  total: number;
  size: number;
  hasNext: boolean;
  busy?: boolean;
  onNext: () => void;
  onPrevious: () => void;
}) {
  const { t, language } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" className="secondary" onClick={onPrevious} disabled={page <= 1 || busy}>
        {t('pager.previous')}
      </button>
      <p aria-live="polite">
        {t('pager.position', { page: formatNumber(page, language), pages: formatNumber(pages, language) })}
      </p>
      <button type="button" className="secondary" onClick={onNext} disabled={!hasNext || busy}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
