// Chart axis labels are shortened between words, never mid-word.
import { expect, it } from 'vitest';
import { shortLabel } from '../src/dashboard/series.ts';

it('cuts a long workshop title at a word boundary', () => {
  expect(shortLabel('Prospecter sans se renier', 22)).toBe('Prospecter sans se…');
  expect(shortLabel('Photographier son activité avec un smartphone', 22)).toBe('Photographier son…');
  expect(shortLabel('Court', 22)).toBe('Court');
});

it('still shortens a single very long word', () => {
  expect(shortLabel('Anticonstitutionnellement', 10)).toBe('Anticonst…');
});
