// The public pages' catalogues: English (?lang=en) says everything French says and nothing else,
// and the forms the pages build from values read as they did (plurals by each language's CLDR
// rules, optional parts left out), so a visitor never meets a bare key nor a French sentence.
import { catalogueKeys } from '@ekoacteurs/ui/catalogue-keys.ts';
import { describe, expect, it } from 'vitest';
import en from '../../src/public-pages/en.json';
import fr from '../../src/public-pages/fr.json';
import { formatRange, messages } from '../../src/public-pages/i18n.ts';

describe("the public pages' catalogues", () => {
  it('has in English every French key, and no other', () => {
    expect(catalogueKeys(en)).toEqual(catalogueKeys(fr));
  });

  it('counts by each language’s rules: French says "0 membre", English "0 members"', () => {
    const [tFr, tEn] = [messages('fr'), messages('en')];
    expect(tFr('directory.listed', { count: 0 })).toBe('0 membre dans l’annuaire public');
    expect(tFr('directory.listed', { count: 2 })).toBe('2 membres dans l’annuaire public');
    expect(tFr('workshop.seatsLeft', { count: 1_000_000 })).toBe('1000000 places restantes');
    expect(tEn('directory.listed', { count: 0 })).toBe('0 members in the public directory');
    expect(tEn('workshop.seatsLeft', { count: 1 })).toBe('1 seat left');
  });

  it('writes values as they are: no HTML escaping (React escapes) and no nesting from a visitor’s words', () => {
    const text = messages('fr')('contact.mail.text', {
      member: 'Camille',
      sender: 'Léa & <Co>',
      address: 'lea@exemple.fr',
      page: 'https://exemple.fr/membres/camille',
      message: 'Bonjour $t(site.name) {{member}}',
    });
    expect(text).toContain('Léa & <Co> (lea@exemple.fr) vous a écrit');
    expect(text).toContain('Bonjour $t(site.name) {{member}}');
  });

  it('reads a workshop’s hours in the page’s language', () => {
    const [from, to] = [new Date('2026-03-03T13:00:00Z'), new Date('2026-03-03T16:00:00Z')];
    expect(formatRange('fr', from, to, 'Europe/Paris')).toBe('mardi 3 mars 2026, de 14:00 à 17:00');
    expect(formatRange('en', from, to, 'Europe/Paris')).toBe('Tuesday, 3 March 2026, 14:00 to 17:00');
  });
});
