// Skills to tick by domain: each domain's name heads its skills (a domain without any is left out),
// ticking adds a skill and unticking removes it, and with a maximum the others are disabled once
// it is reached.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { SkillChecklist } from '../src/SkillChecklist.tsx';

afterEach(cleanup);

const SKILLS = [
  { id: 's1', name: 'Stratégie de marque', nameEn: 'Brand strategy', domain: 'STRATEGY' },
  { id: 's2', name: 'Rédaction', nameEn: 'Copywriting', domain: 'COMMUNICATION' },
  { id: 's3', name: 'Relations presse', nameEn: 'Press relations', domain: 'COMMUNICATION' },
];
const DOMAINS = { STRATEGY: 'Stratégie', COMMUNICATION: 'Communication', PRODUCTION: 'Production' } as const;

function Checklist({ max }: { max?: number }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <fieldset>
      <legend>Compétences</legend>
      <SkillChecklist
        skills={SKILLS}
        domains={Object.keys(DOMAINS) as (keyof typeof DOMAINS)[]}
        domainLabel={(domain) => DOMAINS[domain]}
        selected={selected}
        onChange={setSelected}
        max={max}
      />
      <p>Choisies : {selected.join(', ') || 'aucune'}</p>
    </fieldset>
  );
}

it('groups skills under their domain and ticks them on and off', () => {
  const { container } = render(<Checklist />);
  expect([...container.querySelectorAll('.eyebrow')].map((p) => p.textContent)).toEqual(['Stratégie', 'Communication']);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Rédaction' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Stratégie de marque' }));
  expect(screen.getByText('Choisies : s2, s1')).toBeTruthy();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Rédaction' }));
  expect(screen.getByText('Choisies : s1')).toBeTruthy();
});

it('disables the other skills once the maximum is ticked', () => {
  render(<Checklist max={1} />);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Rédaction' }));
  expect((screen.getByRole('checkbox', { name: 'Relations presse' }) as HTMLInputElement).disabled).toBe(true);
  expect((screen.getByRole('checkbox', { name: 'Rédaction' }) as HTMLInputElement).disabled).toBe(false);
});
