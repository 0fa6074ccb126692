// The searchable picker: the ARIA combobox pattern (roles, aria-expanded, aria-activedescendant),
// filtering without accents, picking with the keyboard or the mouse, Escape, and hidden options.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Combobox, matching, type ComboboxOption } from '../src/Combobox.tsx';

afterEach(cleanup);

const OPTIONS: ComboboxOption[] = [
  { value: 'compta', label: 'Comptabilité', group: 'Administratif', keywords: 'Accounting' },
  { value: 'juridique', label: 'Veille juridique', group: 'Administratif', keywords: 'Legal watch' },
  { value: 'identite', label: 'Identité visuelle', group: 'Communication', keywords: 'Visual identity' },
  { value: 'redaction', label: 'Rédaction web', group: 'Communication', keywords: 'Web copywriting' },
];

function Picker() {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <form onSubmit={(event) => (event.preventDefault(), setPicked((p) => [...p, 'SUBMITTED']))}>
      <Combobox
        label="Ajouter une compétence"
        options={OPTIONS}
        hidden={new Set(picked)}
        onPick={(value) => setPicked((p) => [...p, value])}
      />
      <output data-testid="picked">{picked.join(',')}</output>
    </form>
  );
}

const box = () => screen.getByRole('combobox', { name: 'Ajouter une compétence' }) as HTMLInputElement;
const optionLabels = () => screen.queryAllByRole('option').map((option) => option.textContent);

describe('matching', () => {
  it('ignores case and accents, needs every word, and reads keywords', () => {
    expect(matching(OPTIONS, 'comptabilite').map((o) => o.value)).toEqual(['compta']);
    expect(matching(OPTIONS, 'IDENTITE vis').map((o) => o.value)).toEqual(['identite']);
    expect(matching(OPTIONS, 'legal').map((o) => o.value)).toEqual(['juridique']);
    expect(matching(OPTIONS, 'web', new Set(['redaction']))).toEqual([]);
    expect(matching(OPTIONS, '')).toHaveLength(4);
  });
});

describe('Combobox', () => {
  it('is a combobox controlling a listbox, closed until used', () => {
    render(<Picker />);
    const input = box();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const list = document.getElementById(input.getAttribute('aria-controls')!)!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.hidden).toBe(true);
  });

  it('filters as one types, moves with the arrows, and picks with Enter without submitting the form', () => {
    render(<Picker />);
    const input = box();
    fireEvent.change(input, { target: { value: 'ite' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(optionLabels()).toEqual(['Comptabilité', 'Identité visuelle']);
    // The first match is active at once; ↓ moves to the next, and wraps.
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)!.textContent).toBe('Comptabilité');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.textContent).toBe('Identité visuelle');
    expect(active.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('picked').textContent).toBe('identite');
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    // Picked options are no longer offered.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(optionLabels()).toEqual(['Comptabilité', 'Veille juridique', 'Rédaction web']);
    // Groups are named.
    expect(screen.getByRole('group', { name: 'Administratif' })).toBeTruthy();
  });

  it('closes with Escape, then clears; says when nothing matches; picks with a click', () => {
    render(<Picker />);
    const input = box();
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(optionLabels()).toEqual([]);
    expect(screen.getByText('Aucun résultat : essayez un autre mot.')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('zzz');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: 'web' } });
    fireEvent.click(screen.getByRole('option', { name: 'Rédaction web' }));
    expect(screen.getByTestId('picked').textContent).toBe('redaction');
  });
});
