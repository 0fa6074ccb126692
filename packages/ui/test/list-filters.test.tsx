// A list's filters: by one choice (the select is named by its label, shows each value in words after
// the choice that filters nothing, and gives the chosen value), and by words (the search box is
// named by its label, described by its hint, and gives what was typed), gathered in a search landmark.
import { cleanup, createEvent, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { FiltersBar } from '../src/FiltersBar.tsx';
import { SearchFilter } from '../src/SearchFilter.tsx';
import { SelectFilter } from '../src/SelectFilter.tsx';

afterEach(cleanup);

const WORDS = { OPEN: 'Ouvertes', CLOSED: 'Fermées' } as const;

function Filter() {
  const [status, setStatus] = useState('');
  return (
    <>
      <SelectFilter
        id="status"
        label="Statut"
        value={status}
        anyLabel="Tous les statuts"
        values={['OPEN', 'CLOSED'] as const}
        labelOf={(value) => WORDS[value]}
        onChange={setStatus}
      />
      <p>Filtre : {status || 'aucun'}</p>
    </>
  );
}

it('is named by its label, offers every value in words after "all", and applies the choice', () => {
  render(<Filter />);
  const select = screen.getByRole('combobox', { name: 'Statut' }) as HTMLSelectElement;
  expect([...select.options].map((option) => option.textContent)).toEqual(['Tous les statuts', 'Ouvertes', 'Fermées']);
  expect(screen.getByText('Filtre : aucun')).toBeTruthy();
  fireEvent.change(select, { target: { value: 'CLOSED' } });
  expect(screen.getByText('Filtre : CLOSED')).toBeTruthy();
  expect(select.value).toBe('CLOSED');
});

function Search() {
  const [words, setWords] = useState('');
  return (
    <>
      <SearchFilter
        id="search"
        label="Rechercher"
        value={words}
        maxLength={100}
        hint="Un nom ou une adresse e-mail."
        onChange={setWords}
      />
      <p>Recherche : {words || 'rien'}</p>
    </>
  );
}

it('searches by words: a named search box, described by its hint', () => {
  render(<Search />);
  const box = screen.getByRole('searchbox', { name: 'Rechercher' }) as HTMLInputElement;
  expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBe(
    'Un nom ou une adresse e-mail.',
  );
  expect(box.maxLength).toBe(100);
  fireEvent.change(box, { target: { value: 'Léa' } });
  expect(screen.getByText('Recherche : Léa')).toBeTruthy();
});

it('gathers the filters in a named search landmark that never reloads the page', () => {
  render(
    <FiltersBar label="Filtrer les collectifs">
      <SearchFilter id="q" label="Mots" value="" onChange={() => undefined} />
    </FiltersBar>,
  );
  const bar = screen.getByRole('search', { name: 'Filtrer les collectifs' });
  expect(bar.contains(screen.getByRole('searchbox', { name: 'Mots' }))).toBe(true);
  // Enter in the box submits the form: nothing may be sent, the filters already apply.
  const submit = createEvent.submit(bar);
  fireEvent(bar, submit);
  expect(submit.defaultPrevented).toBe(true);
});
