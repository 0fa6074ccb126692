// A shelf of cards: while its screen's strings or data load it keeps its title's line and its row,
// says it is loading and is not named yet; then it is a region named by its title, holding its cards.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { Shelf, ShelfCards } from '../src/Shelf.tsx';

afterEach(cleanup);

it('says it is loading, keeping a title line hidden from screen readers, then names its region and lists its cards', () => {
  const { container, rerender } = render(<Shelf id="suggestions-title" />);
  const loading = container.querySelector('section')!;
  expect(loading.getAttribute('aria-busy')).toBe('true');
  expect(screen.queryByRole('region')).toBeNull();
  expect(screen.getByRole('status').textContent).toBe('Chargement…');
  expect(loading.querySelector('h2')!.getAttribute('aria-hidden')).toBe('true');

  rerender(
    <Shelf id="suggestions-title" title="Suggestions pour vous">
      <ShelfCards>
        <li className="card">Chloé Collet</li>
        <li className="card">Rayan Nasri</li>
      </ShelfCards>
    </Shelf>,
  );
  const region = screen.getByRole('region', { name: 'Suggestions pour vous' });
  expect(region.getAttribute('aria-busy')).toBeNull();
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Chloé Collet', 'Rayan Nasri']);
  expect(screen.queryByRole('status')).toBeNull();
});
