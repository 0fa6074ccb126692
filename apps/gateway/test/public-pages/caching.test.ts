// Caching (ETag, Last-Modified, 304, Cache-Control), freshness after an edit, compression, and
// the number of SQL statements each page sends (fixed, whatever the page holds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../src/auth/cookies.ts';
import type { TestGateway } from '../harness.ts';
import { DAY, workshop } from '../workshops/fixtures.ts';
import { get, memberWithPage, PUBLIC_URL, seededGateway } from './fixtures.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await seededGateway();
});
afterAll(() => t?.stop());

describe('HTTP caching', () => {
  it('lets a CDN keep anonymous pages a minute, with an ETag and a Last-Modified', async () => {
    for (const path of ['/', '/membres/camille-martin', '/annuaire', '/ateliers', '/sitemap.xml']) {
      const page = await get(t, path);
      expect(page.headers.get('cache-control'), path).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(page.headers.get('etag'), path).toMatch(/^W\/"[\w-]+"$/);
      expect(Date.parse(page.headers.get('last-modified')!), path).not.toBeNaN();
    }
  });

  it('answers 304 to If-None-Match and If-Modified-Since when nothing changed', async () => {
    const first = await get(t, '/membres/camille-martin');
    const etag = first.headers.get('etag')!;
    const byTag = await get(t, '/membres/camille-martin', { 'if-none-match': etag });
    expect(byTag.status).toBe(304);
    expect(byTag.html).toBe('');
    expect(byTag.headers.get('etag')).toBe(etag);
    const byDate = await get(t, '/membres/camille-martin', {
      'if-modified-since': first.headers.get('last-modified')!,
    });
    expect(byDate.status).toBe(304);
    // If-None-Match wins over If-Modified-Since.
    const stale = await get(t, '/membres/camille-martin', {
      'if-none-match': 'W/"autre"',
      'if-modified-since': first.headers.get('last-modified')!,
    });
    expect(stale.status).toBe(200);
  });

  it('keeps the ETag while the page is the same, though each visitor gets a fresh form token', async () => {
    const a = await get(t, '/membres/camille-martin');
    const b = await get(t, '/membres/camille-martin');
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect(/name="token" value="([^"]+)"/.exec(a.html)![1]).not.toBe(/name="token" value="([^"]+)"/.exec(b.html)![1]);
  });

  it('shows an edit at once: the ETag changes, the old one no longer gets a 304', async () => {
    const member = await memberWithPage(t, 'edition-test');
    const before = await get(t, '/membres/edition-test');
    const etag = before.headers.get('etag')!;
    await t.db.prisma.visibilityPage.update({
      where: { memberId: member.id },
      data: { sections: [{ kind: 'TEXT', title: 'Parcours', markdown: 'Un **nouveau** texte.' }] },
    });
    const after = await get(t, '/membres/edition-test', {
      'if-none-match': etag,
      'if-modified-since': before.headers.get('last-modified')!,
    });
    expect(after.status).toBe(200);
    expect(after.html).toContain('Un <strong>nouveau</strong> texte.');
    expect(after.headers.get('etag')).not.toBe(etag);
    // A seat taken changes the workshop page too, though no workshop field changed.
    const atelier = await workshop(t, { title: 'Places', startsIn: DAY, capacity: 5, format: 'ONLINE' });
    const seatsBefore = await get(t, `/ateliers/${atelier.slug}`);
    await t.db.prisma.workshopRegistration.create({
      data: { workshopId: atelier.id, memberId: member.id, status: 'CONFIRMED' },
    });
    const seatsAfter = await get(t, `/ateliers/${atelier.slug}`, {
      'if-none-match': seatsBefore.headers.get('etag')!,
    });
    expect(seatsAfter.status).toBe(200);
    expect(seatsBefore.html).toContain('5 places restantes');
    expect(seatsAfter.html).toContain('4 places restantes');
  });

  it('never lets a shared cache keep what is personal: member views and form errors', async () => {
    // The cookie the API sets for this address (__Host-eko_session over https), even a dead one.
    const withCookie = await get(t, '/membres/camille-martin', { cookie: `${sessionCookieName(PUBLIC_URL)}=unknown` });
    expect(withCookie.headers.get('cache-control')).toBe('private, no-store');
    expect(withCookie.headers.get('vary')).toContain('Cookie');
    // A cookie /graphql would not read (the plain name over https) makes nobody signed in here either.
    const otherName = await get(t, '/membres/camille-martin', { cookie: 'eko_session=unknown' });
    expect(otherName.headers.get('cache-control')).toMatch(/^public/);
  });

  it('caches 404 and 410 briefly, and the stylesheet for a year under its hashed name', async () => {
    expect((await get(t, '/membres/inconnu')).headers.get('cache-control')).toBe('public, max-age=60');
    const page = await get(t, '/');
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(page.html)![1]!;
    expect(href).toMatch(/^\/pages-assets\/site-[0-9a-f]{12}\.css$/);
    const css = await get(t, href);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('compresses pages for clients that accept it, and sends a strict content security policy', async () => {
    const response = await fetch(`${t.url}/membres/camille-martin`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(Number(response.headers.get('content-length'))).toBeLessThan((await response.clone().text()).length / 2);
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
  });
});

describe('SQL statements per page', () => {
  async function statements(path: string): Promise<number> {
    t.queries.length = 0;
    const page = await get(t, path);
    expect(page.status, path).toBe(200);
    return t.queries.length;
  }

  it('renders a member page in 1 statement, however much the member has', async () => {
    const busiest = await t.db.prisma.member.findFirstOrThrow({
      where: { status: 'ACTIVE', page: { is: { published: true } } },
      orderBy: { skills: { _count: 'desc' } },
      select: { handle: true, _count: { select: { skills: true } } },
    });
    await memberWithPage(t, 'presque-vide');
    expect(busiest._count.skills).toBeGreaterThan(3);
    // The member, their page, skills, collectives and workshops to come, aggregated in one query.
    expect(await statements(`/membres/${busiest.handle}`)).toBe(1);
    expect(await statements('/membres/presque-vide')).toBe(1);
    expect(await statements('/membres/camille-martin')).toBe(1);
  });

  it('renders a collective in 2, a workshop in 3, the calendar in 1, the federation in 7 (with the listed and active counts), the sitemap in 3', async () => {
    const collective = await t.db.prisma.collective.findFirstOrThrow({
      where: { status: 'ACTIVE' },
      orderBy: { memberships: { _count: 'desc' } },
    });
    // The collective with its page, memberships and members joined; the members' pages (before: 5).
    expect(await statements(`/collectifs/${collective.slug}`)).toBe(2);
    const mostFacilitated = await t.db.prisma.workshop.findFirstOrThrow({
      where: { status: 'PUBLISHED' },
      orderBy: { facilitators: { _count: 'desc' } },
    });
    // The workshop with its seat count, facilitators and skills joined (before: 4).
    expect(await statements(`/ateliers/${mostFacilitated.slug}`)).toBe(3);
    expect(await statements('/ateliers')).toBe(1);
    expect(await statements('/')).toBe(7);
    expect(await statements('/sitemap.xml')).toBe(3);
  });

  it('renders a directory page in 4 statements, whether it lists 24 members or 1', async () => {
    // Skills and regions (the filters), the page of ids with the total, then the members with their skills joined (before: 6).
    expect(await statements('/annuaire')).toBe(4);
    expect(await statements('/annuaire?q=camille')).toBe(4);
    expect(await statements('/annuaire?domaine=production&page=1')).toBe(4);
  });
});
