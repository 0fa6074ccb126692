// The translator the apps and the public pages share: nested keys, {{name}} values, plural forms by
// each language's CLDR rules, French behind English, and a missing key answered as itself.
import { describe, expect, it } from 'vitest';
import { createTranslator, type KeyOf } from '../src/translator.ts';

const fr = {
  members: { count_one: '{{count}} membre', count_other: '{{count}} membres' },
  seats: {
    left_zero: 'Complet',
    left_one: '{{count}} place restante',
    left_many: '{{count}} de places restantes',
    left_other: '{{count}} places restantes',
  },
  greeting: 'Bonjour {{name}}',
  onlyFrench: 'Seulement en français',
};
const en = {
  members: { count_one: '{{count}} member', count_other: '{{count}} members' },
  seats: { left_zero: 'Full', left_one: '{{count}} seat left', left_other: '{{count}} seats left' },
  greeting: 'Hello {{name}}',
};
const tFr = createTranslator<typeof fr>({ fr, en }, 'fr');
const tEn = createTranslator<typeof fr>({ fr, en }, 'en');

describe('the translator', () => {
  it('counts in French: 0 and 1 are singular, 2 plural, a million takes "many" when the catalogue has it', () => {
    expect(tFr('members.count', { count: 0 })).toBe('0 membre');
    expect(tFr('members.count', { count: 1 })).toBe('1 membre');
    expect(tFr('members.count', { count: 2 })).toBe('2 membres');
    // No `_many` form: the `_other` one.
    expect(tFr('members.count', { count: 1_000_000 })).toBe('1000000 membres');
    expect(tFr('seats.left', { count: 1_000_000 })).toBe('1000000 de places restantes');
  });

  it('says 0 with `_zero` when the catalogue has it', () => {
    expect(tFr('seats.left', { count: 0 })).toBe('Complet');
    expect(tFr('seats.left', { count: 1 })).toBe('1 place restante');
    expect(tEn('seats.left', { count: 0 })).toBe('Full');
  });

  it('counts in English: only 1 is singular', () => {
    expect(tEn('members.count', { count: 0 })).toBe('0 members');
    expect(tEn('members.count', { count: 1 })).toBe('1 member');
    expect(tEn('members.count', { count: 2 })).toBe('2 members');
    expect(tEn('seats.left', { count: 1_000_000 })).toBe('1000000 seats left');
  });

  it('writes values in once, as they are', () => {
    expect(tFr('greeting', { name: 'Camille' })).toBe('Bonjour Camille');
    expect(tEn('greeting', { name: 'Léa & <Co> {{name}}' })).toBe('Hello Léa & <Co> {{name}}');
    // A value not given stays as written; one given empty is empty.
    expect(tFr('greeting')).toBe('Bonjour {{name}}');
    expect(tFr('greeting', { name: undefined })).toBe('Bonjour ');
  });

  it('falls back to French for a key English lacks, and answers a key no catalogue holds with itself', () => {
    expect(tEn('onlyFrench')).toBe('Seulement en français');
    const loose = createTranslator({ fr, en }, 'en');
    expect(loose('nowhere.to.be.found')).toBe('nowhere.to.be.found');
    expect(loose('members')).toBe('members'); // a branch, not a string
    expect(loose('greeting.toString')).toBe('greeting.toString');
  });

  it('tells whether a key made from data has a string, plural forms included', () => {
    expect(tEn.has('onlyFrench')).toBe(true);
    expect(tEn.has('members.count')).toBe(true);
    expect(tEn.has('members')).toBe(false);
    expect(tEn.has('members.count_one.x')).toBe(false);
    expect(tEn.has('constructor')).toBe(false);
  });

  it('types its keys: dotted paths to strings, plural forms folded', () => {
    const keys: KeyOf<typeof fr>[] = ['members.count', 'seats.left', 'greeting', 'onlyFrench'];
    expect(keys).toHaveLength(4);
    // @ts-expect-error -- a plural form is asked for by its base key and a count
    expect(tFr('members.count_one')).toBe('{{count}} membre');
    // @ts-expect-error -- no such key
    expect(tFr('members.total')).toBe('members.total');
  });
});
