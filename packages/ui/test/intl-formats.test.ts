// The kit's kept Intl formatters: the dates and numbers both apps show read the same as a freshly
// made formatter's, and a list of a hundred dates makes one formatter, not a hundred.
import { expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../src/intl-formats.ts';

it('formats as Intl does, making each formatter once per language and options', () => {
  const options = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' } as const;
  const day = new Date('2026-12-07T09:30:00Z');
  expect(dateTimeFormat('fr-FR', options).format(day)).toBe('lundi 7 décembre');
  expect(dateTimeFormat('en-GB', options).format(day)).toBe('Monday 7 December');
  const formatters = new Set(Array.from({ length: 100 }, () => dateTimeFormat('fr-FR', { ...options })));
  expect(formatters.size).toBe(1);
  expect(numberFormat('fr-FR').format(1234)).toBe('1\u202f234');
  expect(numberFormat('fr-FR', { style: 'percent' })).not.toBe(numberFormat('fr-FR'));
});
