// One choice among a few: the group is named by its legend, each radio by its words and described by
// its explanation, the choice made is the one checked, and a missing choice is said and marked.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { RadioGroup } from '../src/RadioGroup.tsx';

afterEach(cleanup);

const KINDS = ['NEED', 'OFFER'] as const;
const WORDS = { NEED: 'Un besoin', OFFER: 'Une offre' };
const HINTS = { NEED: 'vous cherchez quelqu’un', OFFER: 'vous proposez un service' };

function Kind({ error }: { error?: string }) {
  const [kind, setKind] = useState<(typeof KINDS)[number] | null>(null);
  return (
    <>
      <RadioGroup
        name="post-kind"
        legend="Type d’annonce"
        values={KINDS}
        value={kind}
        onChange={setKind}
        labelOf={(value) => WORDS[value]}
        hintOf={(value) => HINTS[value]}
        error={kind ? null : error}
      />
      <p>Choisi : {kind ?? 'rien'}</p>
    </>
  );
}

it('names the group and each choice, and describes each by its explanation', () => {
  render(<Kind />);
  const group = screen.getByRole('group', { name: 'Type d’annonce' });
  const need = screen.getByRole('radio', { name: /Un besoin/ });
  expect(group.contains(need)).toBe(true);
  expect(need.id).toBe('post-kind-NEED');
  expect(document.getElementById(need.getAttribute('aria-describedby')!)?.textContent).toBe('vous cherchez quelqu’un');
  expect(need).toHaveProperty('checked', false);
});

it('checks the choice made and gives it', () => {
  render(<Kind />);
  fireEvent.click(screen.getByRole('radio', { name: /Une offre/ }));
  expect(screen.getByRole('radio', { name: /Une offre/ })).toHaveProperty('checked', true);
  expect(screen.getByRole('radio', { name: /Un besoin/ })).toHaveProperty('checked', false);
  expect(screen.getByText('Choisi : OFFER')).toBeTruthy();
});

it('says a missing choice, marks the group invalid, and drops both once chosen', () => {
  render(<Kind error="Choisissez le type d’annonce." />);
  const group = screen.getByRole('radiogroup', { name: 'Type d’annonce' });
  expect(group.getAttribute('aria-invalid')).toBe('true');
  expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toBe(
    'Choisissez le type d’annonce.',
  );
  fireEvent.click(screen.getByRole('radio', { name: /Un besoin/ }));
  expect(screen.queryByText('Choisissez le type d’annonce.')).toBeNull();
  expect(screen.getByRole('group', { name: 'Type d’annonce' }).getAttribute('aria-invalid')).toBeNull();
});
