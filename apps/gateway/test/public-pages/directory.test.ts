// The public directory (/annuaire): search and filters by query string, without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../harness.ts';
import { get, memberLinks, memberWithPage, seededGateway, text } from './fixtures.ts';

let t: TestGateway;
let listed: { handle: string; region: string; skills: { skill: { slug: string; domain: string } }[] }[];

beforeAll(async () => {
  t = await seededGateway();
  const rows = await t.db.prisma.member.findMany({
    // The visibility rule for visitors: listed to visitors, with a published page.
    where: { status: 'ACTIVE', listing: 'VISITORS', page: { is: { published: true } } },
    select: {
      handle: true,
      region: true,
      publicFields: true,
      skills: { select: { skill: { select: { slug: true, domain: true } } } },
    },
  });
  // Filters only match the parts a member shows visitors.
  listed = rows.map(({ publicFields: _parts, ...member }) => ({
    ...member,
    region: _parts.includes('PLACE') ? member.region : '',
    skills: _parts.includes('SKILLS') ? member.skills : [],
  }));
});
afterAll(() => t?.stop());

/** Every handle listed over all the pages of a directory search. */
async function allResults(query: string): Promise<string[]> {
  const handles: string[] = [];
  for (let page = 1; page < 20; page++) {
    const response = await get(t, `/annuaire?${query}${query ? '&' : ''}page=${page}`);
    expect(response.status).toBe(200);
    const found = memberLinks(/<section aria-labelledby="resultats">([\s\S]*?)<\/section>/.exec(response.html)![1]!);
    handles.push(...found);
    if (!response.html.includes('rel="next"')) break;
  }
  return handles;
}

describe('the public directory', () => {
  it('lists every active member with a published page, and only them, over numbered pages', async () => {
    const handles = await allResults('');
    expect(handles.sort()).toEqual(listed.map((member) => member.handle).sort());
    const first = await get(t, '/annuaire');
    expect(text(first.html)).toContain(`${listed.length} membres`);
  });

  it('filters by region, domain and skill from the query string', async () => {
    const region = listed[0]!.region;
    expect((await allResults(`region=${encodeURIComponent(region)}`)).sort()).toEqual(
      listed
        .filter((m) => m.region === region)
        .map((m) => m.handle)
        .sort(),
    );

    const inProspecting = listed
      .filter((m) => m.skills.some((s) => s.skill.domain === 'PROSPECTING'))
      .map((m) => m.handle);
    expect((await allResults('domaine=prospection')).sort()).toEqual(inProspecting.sort());

    const skill = listed[0]!.skills[0]!.skill.slug;
    const withSkill = listed.filter((m) => m.skills.some((s) => s.skill.slug === skill)).map((m) => m.handle);
    expect((await allResults(`competence=${skill}`)).sort()).toEqual(withSkill.sort());

    const both = listed
      .filter((m) => m.region === region && m.skills.some((s) => s.skill.slug === skill))
      .map((m) => m.handle);
    expect((await allResults(`region=${encodeURIComponent(region)}&competence=${skill}`)).sort()).toEqual(both.sort());
  });

  it('searches words whatever their accents, keeping the search in the form', async () => {
    await memberWithPage(t, 'eloise-ceramiste');
    await t.db.prisma.member.update({
      where: { handle: 'eloise-ceramiste' },
      data: { headline: 'Céramiste éco-responsable' },
    });
    const response = await get(t, '/annuaire?q=ceramiste');
    expect(memberLinks(response.html)).toContain('eloise-ceramiste');
    expect(response.html).toContain('value="ceramiste"');
    const none = await get(t, '/annuaire?q=zzzzzzzz');
    expect(text(none.html)).toContain('Aucun membre ne correspond à ces critères.');
  });

  it('never lists a member whose page is a draft, or who is suspended', async () => {
    await memberWithPage(t, 'annuaire-brouillon', { published: false });
    const suspended = await memberWithPage(t, 'annuaire-suspendu');
    await t.db.prisma.member.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED' } });
    const handles = await allResults('q=annuaire');
    expect(handles).not.toContain('annuaire-brouillon');
    expect(handles).not.toContain('annuaire-suspendu');
  });

  it('ignores values it cannot use rather than failing', async () => {
    for (const query of [
      'page=-3',
      'page=abc',
      'domaine=inconnu',
      'competence=%3Cscript%3E',
      `q=${'x'.repeat(5000)}`,
      'page=99999',
      'q=%27%3B%20DROP%20TABLE',
    ]) {
      const response = await get(t, `/annuaire?${query}`);
      expect(response.status, query).toBe(200);
      expect(response.html).not.toContain('<script>');
    }
    // An unknown skill matches nobody (as in the API), it does not widen the search.
    expect(text((await get(t, '/annuaire?competence=competence-inconnue')).html)).toContain('0 membre');
  });

  it('links its pages with the filters kept, and marks itself in the navigation', async () => {
    for (let n = 0; n < 25; n++) await memberWithPage(t, `pagination-${String(n).padStart(2, '0')}`);
    await t.db.prisma.member.updateMany({
      where: { handle: { startsWith: 'pagination-' } },
      data: { region: 'Région Test' },
    });
    const first = await get(t, '/annuaire?region=R%C3%A9gion+Test');
    expect(first.html).toContain('aria-current="page"');
    expect(first.html).toContain('<option value="Région Test" selected="">');
    expect(text(first.html)).toContain('25 membres');
    expect(text(first.html)).toContain('Page 1 sur 2');
    expect(first.html).toContain('href="/annuaire?region=R%C3%A9gion+Test&amp;page=2"');
    const second = await get(t, '/annuaire?region=R%C3%A9gion+Test&page=2');
    expect(
      memberLinks(/<section aria-labelledby="resultats">([\s\S]*?)<\/section>/.exec(second.html)![1]!),
    ).toHaveLength(1);
    expect(second.html).toContain('href="/annuaire?region=R%C3%A9gion+Test"');
  });
});
