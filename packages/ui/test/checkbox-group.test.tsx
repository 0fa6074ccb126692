// Several values to tick (an API token's scopes, a webhook's events, the directory's filters): the
// group is named by its legend, each box by its words, ticking adds the value and unticking removes
// it, and a problem is said under the group, which it describes.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { CheckboxGroup } from '../src/CheckboxGroup.tsx';

afterEach(cleanup);

const PACES = ['AVAILABLE', 'STEADY', 'PAUSED'] as const;
const WORDS = { AVAILABLE: 'Disponible', STEADY: 'À mon rythme', PAUSED: 'En pause' };

function Paces({ error }: { error?: string }) {
  const [selected, setSelected] = useState<string[]>(['STEADY']);
  return (
    <>
      <CheckboxGroup
        id="paces"
        legend="Rythme"
        values={PACES}
        selected={selected}
        labelOf={(pace) => WORDS[pace]}
        onChange={setSelected}
        error={selected.length ? undefined : error}
      />
      <p>Choisis : {selected.join(', ') || 'aucun'}</p>
    </>
  );
}

it('names the group and each box, and ticks and unticks values', () => {
  render(<Paces />);
  const group = screen.getByRole('group', { name: 'Rythme' });
  expect(group.querySelectorAll('input[type="checkbox"]')).toHaveLength(3);
  expect((screen.getByRole('checkbox', { name: 'À mon rythme' }) as HTMLInputElement).checked).toBe(true);
  fireEvent.click(screen.getByRole('checkbox', { name: 'En pause' }));
  expect(screen.getByText('Choisis : STEADY, PAUSED')).toBeTruthy();
  fireEvent.click(screen.getByRole('checkbox', { name: 'À mon rythme' }));
  expect(screen.getByText('Choisis : PAUSED')).toBeTruthy();
  expect(group.getAttribute('aria-describedby')).toBeNull();
});

it('says a problem under the group, which the group is described by', () => {
  render(<Paces error="Choisissez au moins un rythme." />);
  fireEvent.click(screen.getByRole('checkbox', { name: 'À mon rythme' }));
  const problem = screen.getByText('Choisissez au moins un rythme.');
  expect(screen.getByRole('group', { name: 'Rythme' }).getAttribute('aria-describedby')).toBe(problem.id);
});
