// What search engines and link previews read: titles, descriptions, canonical and OpenGraph
// tags, schema.org JSON-LD, sitemap.xml and robots.txt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../harness.ts';
import { canonical, count, get, ids, jsonLd, meta, PUBLIC_URL, seededGateway, title } from './fixtures.ts';

let t: TestGateway;
let samples: { member: string[]; collective: string[]; workshop: string[] };

beforeAll(async () => {
  t = await seededGateway();
  const prisma = t.db.prisma;
  const members = await prisma.member.findMany({
    where: { status: 'ACTIVE', page: { is: { published: true } } },
    select: { handle: true },
    take: 5,
    orderBy: { handle: 'asc' },
  });
  const collectives = await prisma.collective.findMany({
    where: { status: 'ACTIVE' },
    select: { slug: true },
    take: 3,
  });
  const workshops = await prisma.workshop.findMany({
    where: { status: { in: ['PUBLISHED', 'COMPLETED'] } },
    select: { slug: true },
    take: 4,
  });
  samples = {
    member: members.map((m) => `/membres/${m.handle}`),
    collective: collectives.map((c) => `/collectifs/${c.slug}`),
    workshop: workshops.map((w) => `/ateliers/${w.slug}`),
  };
});
afterAll(() => t?.stop());

describe('head', () => {
  it('gives every page a unique title and description, its canonical address and OpenGraph/Twitter tags', async () => {
    const paths = ['/', '/annuaire', '/ateliers', ...samples.member, ...samples.collective, ...samples.workshop];
    const titles = new Set<string>();
    for (const path of paths) {
      const page = await get(t, path);
      expect(page.status, path).toBe(200);
      const pageTitle = title(page.html)!;
      expect(pageTitle, path).toBeTruthy();
      expect(titles.has(pageTitle), `${path}: duplicate title ${pageTitle}`).toBe(false);
      titles.add(pageTitle);
      expect(meta(page.html, 'description')?.length, path).toBeGreaterThan(20);
      expect(canonical(page.html)).toBe(`${PUBLIC_URL}${path}`);
      expect(meta(page.html, 'og:title')).toBe(pageTitle);
      expect(meta(page.html, 'og:url')).toBe(`${PUBLIC_URL}${path}`);
      expect(meta(page.html, 'og:description')).toBe(meta(page.html, 'description'));
      expect(meta(page.html, 'og:locale')).toBe('fr_FR');
      expect(meta(page.html, 'twitter:card')).toBe('summary');
      expect(meta(page.html, 'twitter:title')).toBe(pageTitle);
      expect(page.html.startsWith('<!DOCTYPE html><html lang="fr">')).toBe(true);
      expect(count(page.html, /<h1[ >]/), path).toBe(1);
      expect(count(page.html, /<main[ >]/), path).toBe(1);
      const all = ids(page.html);
      expect(new Set(all).size, `${path}: duplicate ids`).toBe(all.length);
    }
  });

  it('does not ask search engines to index search results or error pages', async () => {
    expect((await get(t, '/annuaire?q=graphiste')).html).toContain('<meta name="robots" content="noindex"/>');
    expect((await get(t, '/membres/personne')).html).toContain('<meta name="robots" content="noindex"/>');
    expect((await get(t, '/annuaire')).html).not.toContain('noindex');
  });
});

describe('JSON-LD', () => {
  it('describes a member as a schema.org Person', async () => {
    const camille = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } });
    const [person] = jsonLd((await get(t, '/membres/camille-martin')).html);
    expect(person).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Camille Martin',
      url: `${PUBLIC_URL}/membres/camille-martin`,
      jobTitle: camille.headline,
      address: {
        '@type': 'PostalAddress',
        addressLocality: camille.city,
        addressRegion: camille.region,
        addressCountry: 'FR',
      },
    });
    expect(person!.description).toEqual(expect.any(String));
    expect(person!.knowsAbout.length).toBeGreaterThan(0);
    expect(person!.memberOf[0]).toMatchObject({ '@type': 'Organization', name: 'Fédération des ÉkôActeurs' });
    // Contact details are revealed by accepted introductions only, never to search engines.
    expect(JSON.stringify(person)).not.toContain(camille.email);
    expect(person).not.toHaveProperty('sameAs');
    expect(person).not.toHaveProperty('email');
  });

  it('describes a collective and the federation as Organizations', async () => {
    const collective = await t.db.prisma.collective.findFirstOrThrow({ where: { status: 'ACTIVE' } });
    const [organization] = jsonLd((await get(t, `/collectifs/${collective.slug}`)).html);
    expect(organization).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: collective.name,
      url: `${PUBLIC_URL}/collectifs/${collective.slug}`,
      parentOrganization: { '@type': 'Organization', name: 'Fédération des ÉkôActeurs', url: `${PUBLIC_URL}/` },
    });
    expect(organization!.member.length).toBeGreaterThan(0);
    const [federation] = jsonLd((await get(t, '/')).html);
    expect(federation).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Fédération des ÉkôActeurs',
      url: `${PUBLIC_URL}/`,
    });
    expect(federation!.subOrganization.length).toBe(
      await t.db.prisma.collective.count({ where: { status: 'ACTIVE' } }),
    );
  });

  it('describes a workshop as an Event with a free offer whose availability follows the seats left', async () => {
    const { fullSlug, openSlug } = await fullAndOpenWorkshops();
    const [full] = jsonLd((await get(t, `/ateliers/${fullSlug}`)).html);
    const [open] = jsonLd((await get(t, `/ateliers/${openSlug}`)).html);
    for (const event of [full!, open!]) {
      expect(event['@context']).toBe('https://schema.org');
      expect(event['@type']).toBe('Event');
      for (const property of [
        'name',
        'url',
        'description',
        'startDate',
        'endDate',
        'eventStatus',
        'eventAttendanceMode',
        'location',
        'offers',
        'organizer',
      ]) {
        expect(event, property).toHaveProperty(property);
      }
      expect(new Date(event.startDate).getTime()).toBeLessThan(new Date(event.endDate).getTime());
      expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
      expect(event.offers).toMatchObject({ '@type': 'Offer', price: 0, priceCurrency: 'EUR' });
    }
    expect(full!.offers.availability).toBe('https://schema.org/SoldOut');
    expect(full!.remainingAttendeeCapacity).toBe(0);
    expect(open!.offers.availability).toBe('https://schema.org/InStock');
  });

  it('gives online workshops a VirtualLocation at their public page (never the visio link) and in-person ones a Place', async () => {
    const [online, inPerson, hybrid] = await Promise.all(
      (['ONLINE', 'IN_PERSON', 'HYBRID'] as const).map(async (format) => {
        const workshop = await t.db.prisma.workshop.create({
          data: {
            slug: `format-${format.toLowerCase().replace('_', '-')}`,
            kind: 'ATELIER',
            title: `Atelier ${format}`,
            startsAt: new Date(Date.now() + 86_400_000),
            endsAt: new Date(Date.now() + 90_000_000),
            format,
            place: format === 'ONLINE' ? '' : 'La Halle, 3 rue du Port, Nantes',
            onlineUrl: format === 'IN_PERSON' ? null : 'https://visio.example/secret',
            capacity: 10,
            status: 'PUBLISHED',
            publishedAt: new Date(),
          },
        });
        const page = await get(t, `/ateliers/${workshop.slug}`);
        expect(page.html).not.toContain('visio.example');
        return jsonLd(page.html)[0]!;
      }),
    );
    expect(online!.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online!.location).toEqual({ '@type': 'VirtualLocation', url: `${PUBLIC_URL}/ateliers/format-online` });
    expect(inPerson!.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(inPerson!.location).toMatchObject({ '@type': 'Place', address: 'La Halle, 3 rue du Port, Nantes' });
    expect(hybrid!.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(hybrid!.location.map((location: { '@type': string }) => location['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
  });

  it('keeps member text from closing the JSON-LD script', async () => {
    await t.db.prisma.member.update({
      where: { handle: 'camille-martin' },
      data: { headline: 'Graphiste </script><script>alert(1)</script>' },
    });
    const page = await get(t, '/membres/camille-martin');
    expect(page.html).not.toContain('<script>alert(1)');
    expect(jsonLd(page.html)[0]!.jobTitle).toBe('Graphiste </script><script>alert(1)</script>');
  });
});

async function fullAndOpenWorkshops() {
  const workshops = await t.db.prisma.workshop.findMany({
    where: { status: 'PUBLISHED', endsAt: { gt: new Date() } },
    select: { slug: true, capacity: true, _count: { select: { registrations: { where: { status: 'CONFIRMED' } } } } },
  });
  const full = workshops.find((w) => w._count.registrations >= w.capacity);
  const open = workshops.find((w) => w._count.registrations < w.capacity);
  return { fullSlug: full!.slug, openSlug: open!.slug };
}

describe('sitemap.xml and robots.txt', () => {
  it('lists exactly the public pages: members with a published page, active collectives, published and completed workshops', async () => {
    const prisma = t.db.prisma;
    const response = await get(t, '/sitemap.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.html).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...response.html.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(PUBLIC_URL, ''));
    const members = await prisma.member.findMany({
      where: { status: 'ACTIVE', page: { is: { published: true } } },
      select: { handle: true },
    });
    const collectives = await prisma.collective.findMany({ where: { status: 'ACTIVE' }, select: { slug: true } });
    const workshops = await prisma.workshop.findMany({
      where: { status: { in: ['PUBLISHED', 'COMPLETED'] } },
      select: { slug: true },
    });
    const expected = [
      '/',
      '/annuaire',
      '/ateliers',
      ...members.map((m) => `/membres/${m.handle}`),
      ...collectives.map((c) => `/collectifs/${c.slug}`),
      ...workshops.map((w) => `/ateliers/${w.slug}`),
    ];
    expect([...locs].sort()).toEqual([...expected].sort());
    // Every URL in it answers 200.
    for (const loc of locs.filter((_, index) => index % 7 === 0)) expect((await get(t, loc)).status, loc).toBe(200);
    // The seed has drafts, an unpublished page of a suspended member, cancelled and draft workshops: none is listed.
    const hidden = await prisma.visibilityPage.findMany({
      where: { ownerKind: 'MEMBER', OR: [{ published: false }, { member: { status: { not: 'ACTIVE' } } }] },
      select: { member: { select: { handle: true } } },
    });
    expect(hidden.length).toBeGreaterThan(0);
    for (const page of hidden) expect(locs).not.toContain(`/membres/${page.member!.handle}`);
  });

  it('points robots to the sitemap and keeps them out of the apps and the API', async () => {
    const response = await get(t, '/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const lines = response.html.split('\n');
    expect(lines).toContain('User-agent: *');
    for (const path of ['/console', '/graphql', '/connexion']) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
  });
});
