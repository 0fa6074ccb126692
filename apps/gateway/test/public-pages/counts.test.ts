// Counts a visitor can trust: the home page and the public directory count the same members (the
// visibility rule for visitors, visibility/member.ts) and say what they count; plurals follow each language's rules; the
// directory's filters fold on a phone without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findableWhere } from '../../src/visibility/member.ts';
import type { TestGateway } from '../harness.ts';
import { get, seededGateway } from './fixtures.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await seededGateway();
});
afterAll(() => t?.stop());

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, '’')
    .replace(/\s+/g, ' ');

describe('member counts', () => {
  it('shows the same number on the home page and in the directory, and says what it counts', async () => {
    const listed = await t.db.prisma.member.count({ where: findableWhere('visitor') });
    const active = await t.db.prisma.member.count({ where: { status: 'ACTIVE' } });
    expect(listed).toBeGreaterThan(1);
    expect(active).toBeGreaterThan(listed);

    const home = text((await get(t, '/')).html);
    expect(home).toContain(`${listed} membres présentés dans l’annuaire public (sur ${active} membres actifs)`);
    const directory = text((await get(t, '/annuaire')).html);
    expect(directory).toContain(`${listed} membres dans l’annuaire public`);
    expect(directory).toContain('L’annuaire public présente les membres actifs qui ont publié leur page.');

    const english = text((await get(t, '/?lang=en')).html);
    expect(english).toContain(`${listed} members in the public directory (of ${active} active members)`);
  });

  it('follows each language’s plural rules: "0 membre" in French, "0 members" in English', async () => {
    const fr = text((await get(t, '/annuaire?q=zzzzqqq')).html);
    expect(fr).toContain('0 membre correspond à la recherche');
    const en = text((await get(t, '/annuaire?q=zzzzqqq&lang=en')).html);
    expect(en).toContain('0 members match the search');
  });
});

describe('directory filters on a phone', () => {
  it('folds region, domain and skill under a summary, open when one is in use', async () => {
    const plain = (await get(t, '/annuaire')).html;
    expect(plain).toMatch(
      /<details class="filters-more"><summary>Filtrer par région, domaine ou compétence<\/summary>/,
    );
    expect(plain).toMatch(/<details class="filters-more">[\s\S]*id="filtre-region"[\s\S]*<\/details>/);
    // The keywords and the button stay outside, always at hand.
    expect(plain).toMatch(/id="filtre-q"[\s\S]*<details/);
    expect(plain).toMatch(/<\/details>[\s\S]*type="submit"/);
    const filtered = (await get(t, '/annuaire?region=Bretagne')).html;
    expect(filtered).toContain('<details class="filters-more" open="">');
  });
});
