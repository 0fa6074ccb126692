import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { DataTable } from '../src/ui/DataTable.tsx';

afterEach(cleanup);

const rows = [
  { id: '1', name: 'Élodie', seats: 9 },
  { id: '2', name: 'zoé', seats: 10 },
  { id: '3', name: 'Adel', seats: null },
];

it('sorts the page by a column, in French order, and says how for screen readers', () => {
  render(
    <DataTable
      caption="Participants"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { key: 'name', header: 'Nom', rowHeader: true, render: (row) => row.name, sortValue: (row) => row.name },
        { key: 'seats', header: 'Places', render: (row) => row.seats ?? '—', sortValue: (row) => row.seats },
      ]}
    />,
  );
  const names = () =>
    within(screen.getByRole('table', { name: /Participants/ }))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
  expect(names()).toEqual(['Élodie', 'zoé', 'Adel']);
  fireEvent.click(screen.getByRole('button', { name: /Nom/ }));
  expect(names()).toEqual(['Adel', 'Élodie', 'zoé']);
  expect(screen.getByRole('columnheader', { name: /Nom/ }).getAttribute('aria-sort')).toBe('ascending');
  fireEvent.click(screen.getByRole('button', { name: /Nom/ }));
  expect(names()).toEqual(['zoé', 'Élodie', 'Adel']);
  expect(screen.getByRole('columnheader', { name: /Nom/ }).getAttribute('aria-sort')).toBe('descending');
  // Numbers as numbers (9 before 10), and missing values last whatever the direction.
  fireEvent.click(screen.getByRole('button', { name: /Places/ }));
  expect(names()).toEqual(['Élodie', 'zoé', 'Adel']);
  fireEvent.click(screen.getByRole('button', { name: /Places/ }));
  expect(names()).toEqual(['zoé', 'Élodie', 'Adel']);
  expect(screen.getByRole('columnheader', { name: /Nom/ }).getAttribute('aria-sort')).toBeNull();
  expect(screen.getByRole('table').querySelector('caption')?.textContent).toContain(
    'Les en-têtes de colonne trient la page affichée.',
  );
});

it('shows dates, counts and places the one way every admin table does, and sorts them by value', () => {
  const people = [
    {
      id: '1',
      name: 'Élodie',
      joinedAt: '2026-03-05T10:00:00Z',
      talks: 1200,
      city: 'Lyon',
      region: 'Auvergne-Rhône-Alpes',
    },
    { id: '2', name: 'Adel', joinedAt: null, talks: 3, city: null, region: 'Bretagne' },
  ];
  render(
    <DataTable
      caption="Membres"
      rows={people}
      rowKey={(row) => row.id}
      columns={[
        { key: 'name', header: 'Nom', rowHeader: true, render: (row) => row.name },
        { key: 'joined', header: 'Admis le', date: (row) => row.joinedAt, missing: '—' },
        { key: 'talks', header: 'Échanges', count: (row) => row.talks },
        { key: 'place', header: 'Région', place: (row) => row },
      ]}
    />,
  );
  const cells = (name: string) =>
    within(screen.getByRole('row', { name: new RegExp(name) }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
  expect(cells('Élodie')).toEqual(['5 mars 2026', '1\u202f200', 'Lyon, Auvergne-Rhône-Alpes']);
  expect(cells('Adel')).toEqual(['—', '3', 'Bretagne']);
  expect(screen.getAllByRole('cell')[1]!.className).toBe('number');
  const names = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
  fireEvent.click(screen.getByRole('button', { name: /Échanges/ }));
  expect(names()).toEqual(['Adel', 'Élodie']);
  fireEvent.click(screen.getByRole('button', { name: /Région/ }));
  expect(names()).toEqual(['Élodie', 'Adel']);
});
