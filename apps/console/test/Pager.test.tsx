import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { pageOf, Pager, useCursorPages, type Connection } from '../src/ui/Pager.tsx';

afterEach(cleanup);

const connection = (ids: string[], hasNextPage: boolean): Connection<string> => ({
  totalCount: 50,
  pageInfo: { hasNextPage, endCursor: ids.at(-1) ?? null },
  edges: ids.map((id) => ({ cursor: `c${id}`, node: id })),
});

describe('pageOf', () => {
  it('shows the page the API returned', () => {
    expect(pageOf(connection(['1', '2'], true), null, 2)).toEqual({
      nodes: ['1', '2'],
      hasNext: true,
      lastCursor: 'c2',
    });
    // The second page, as the API returns it alone.
    expect(pageOf(connection(['3', '4'], false), 'c2', 2)).toEqual({
      nodes: ['3', '4'],
      hasNext: false,
      lastCursor: 'c4',
    });
  });

  it('shows only the current page when the cache merged earlier ones in (workshops)', () => {
    const merged = connection(['1', '2', '3', '4', '5'], false);
    expect(pageOf(merged, 'c2', 2)).toEqual({ nodes: ['3', '4'], hasNext: true, lastCursor: 'c4' });
    // Back on the first page: the rows after it are known, so there is a next page.
    expect(pageOf(merged, null, 2)).toEqual({ nodes: ['1', '2'], hasNext: true, lastCursor: 'c2' });
  });
});

function Pages() {
  const [filter, setFilter] = useState('a');
  const pages = useCursorPages(filter);
  return (
    <>
      <p>after={String(pages.after)}</p>
      <button type="button" onClick={() => setFilter('b')}>
        filtre
      </button>
      <Pager
        page={pages.page}
        total={45}
        size={20}
        hasNext
        onNext={() => pages.next(`cursor-${pages.page}`)}
        onPrevious={pages.previous}
      />
    </>
  );
}

describe('Pager', () => {
  it('goes forward with the last cursor, back to the one before, and restarts when filters change', () => {
    render(<Pages />);
    expect(screen.getByText('Page 1 sur 3')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Page précédente' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    fireEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(screen.getByText('after=cursor-2')).toBeTruthy();
    expect(screen.getByText('Page 3 sur 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(screen.getByText('after=cursor-1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'filtre' }));
    expect(screen.getByText('after=null')).toBeTruthy();
    expect(screen.getByText('Page 1 sur 3')).toBeTruthy();
  });
});
