// The public pages over HTTP on a seeded network: who gets a page, who gets 404 or 410, and
// that nothing private ever reaches the HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../harness.ts';
import { count, get, ids, memberWithPage, seededGateway, text } from './fixtures.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await seededGateway();
});
afterAll(() => t?.stop());

describe('member pages', () => {
  it('shows an active member’s published page with their profile, collectives and upcoming workshops', async () => {
    const camille = await t.db.prisma.member.findUniqueOrThrow({
      where: { handle: 'camille-martin' },
      include: {
        memberships: { where: { status: 'ACTIVE', collective: { status: 'ACTIVE' } }, include: { collective: true } },
      },
    });
    const soon = {
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
      kind: 'ATELIER' as const,
      format: 'ONLINE' as const,
      capacity: 8,
    };
    await t.db.prisma.workshop.create({
      data: {
        ...soon,
        slug: 'camille-anime',
        title: 'Camille anime',
        status: 'PUBLISHED',
        publishedAt: new Date(),
        facilitators: { create: { memberId: camille.id } },
      },
    });
    await t.db.prisma.workshop.create({
      data: {
        ...soon,
        slug: 'camille-brouillon',
        title: 'Brouillon',
        status: 'DRAFT',
        facilitators: { create: { memberId: camille.id } },
      },
    });
    const page = await get(t, '/membres/camille-martin');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.html).toContain('href="/ateliers/camille-anime"');
    expect(page.html).not.toContain('camille-brouillon');
    const visible = text(page.html);
    expect(visible).toContain('Camille Martin');
    expect(visible).toContain(camille.headline);
    expect(visible).toContain('Lyon, Auvergne-Rhône-Alpes');
    expect(visible).toContain('Carte de coopération');
    for (const membership of camille.memberships)
      expect(page.html).toContain(`href="/collectifs/${membership.collective.slug}"`);
    expect(count(page.html, /<h1[ >]/)).toBe(1);
    expect(new Set(ids(page.html)).size).toBe(ids(page.html).length);
  });

  it('never shows private fields: email, concerns, contact links, the application letter', async () => {
    const member = await memberWithPage(t, 'prive-test', { email: 'prive-test-secret@example.fr' });
    await t.db.prisma.member.update({
      where: { id: member.id },
      data: {
        websiteUrl: 'https://secret-site.example',
        linkedinUrl: 'https://linkedin.example/in/secret',
        motivation: 'SECRET-MOTIVATION',
      },
    });
    const camille = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } });
    for (const [path, secrets] of [
      [
        '/membres/prive-test',
        [
          'prive-test-secret@example.fr',
          'SECRET-CONCERN-prive-test',
          'secret-site.example',
          'linkedin.example',
          'SECRET-MOTIVATION',
        ],
      ],
      ['/membres/camille-martin', [camille.email, camille.concerns].filter(Boolean)],
    ] as const) {
      const page = await get(t, path);
      expect(page.status).toBe(200);
      for (const secret of secrets) expect(page.html).not.toContain(secret);
    }
  });

  it('answers 404 for a handle nobody has, an applicant, and a draft never published', async () => {
    await memberWithPage(t, 'brouillon-test', { published: false });
    await memberWithPage(t, 'candidat-test', { status: 'APPLICANT', published: false });
    for (const path of [
      '/membres/personne-de-ce-nom',
      '/membres/brouillon-test',
      '/membres/candidat-test',
      '/membres/%E2%80%AE..',
      '/membres/%ZZ',
    ]) {
      const page = await get(t, path);
      expect(page.status, path).toBe(404);
      expect(page.html).toContain('Page introuvable');
      expect(page.html).toContain('<meta name="robots" content="noindex"/>');
    }
  });

  it('answers 410 once a page is withdrawn, unpublished by an admin, or its owner is suspended or left', async () => {
    // The seed's moderated page: an admin unpublished it and its owner is suspended.
    const moderated = await t.db.prisma.visibilityPage.findFirstOrThrow({
      where: { ownerKind: 'MEMBER', unpublishedById: { not: null } },
      include: { member: true },
    });
    expect((await get(t, `/membres/${moderated.member!.handle}`)).status).toBe(410);

    await memberWithPage(t, 'retiree-test', { published: false, publishedAt: new Date(Date.now() - 86_400_000) });
    const suspended = await memberWithPage(t, 'suspendue-test');
    const left = await memberWithPage(t, 'partie-test');
    expect((await get(t, '/membres/suspendue-test')).status).toBe(200);
    await t.db.prisma.member.update({
      where: { id: suspended.id },
      data: { status: 'SUSPENDED', suspendedAt: new Date() },
    });
    await t.db.prisma.member.update({ where: { id: left.id }, data: { status: 'LEFT' } });
    for (const handle of ['retiree-test', 'suspendue-test', 'partie-test']) {
      const page = await get(t, `/membres/${handle}`);
      expect(page.status, handle).toBe(410);
      expect(page.html).toContain('n’est plus en ligne');
      expect(page.html).not.toContain('Headline of');
    }
  });

  it('sends a page’s own slug and capitalised handles to the canonical address (301)', async () => {
    const member = await memberWithPage(t, 'slug-propre');
    await t.db.prisma.visibilityPage.update({ where: { memberId: member.id }, data: { slug: 'mon-autre-adresse' } });
    const bySlug = await get(t, '/membres/mon-autre-adresse');
    expect(bySlug.status).toBe(301);
    expect(bySlug.headers.get('location')).toBe('/membres/slug-propre');
    const upper = await get(t, '/membres/Camille-Martin');
    expect(upper.status).toBe(301);
    expect(upper.headers.get('location')).toBe('/membres/camille-martin');
  });

  it('answers HEAD like GET without a body, and refuses other methods', async () => {
    const head = await fetch(`${t.url}/membres/camille-martin`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const put = await fetch(`${t.url}/membres/camille-martin`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('collective pages', () => {
  it('shows an active collective’s public face: purpose, members and roles, its published sections', async () => {
    const collective = await t.db.prisma.collective.findFirstOrThrow({
      where: { status: 'ACTIVE', page: { is: { published: true } } },
      include: {
        memberships: { where: { status: 'ACTIVE', member: { status: 'ACTIVE' } }, include: { member: true } },
        page: true,
      },
    });
    const page = await get(t, `/collectifs/${collective.slug}`);
    expect(page.status).toBe(200);
    const visible = text(page.html);
    expect(visible).toContain(collective.purpose);
    for (const { member } of collective.memberships) expect(visible).toContain(member.displayName);
    expect(visible).toContain('Coordination');
  });

  it('keeps a collective’s description (its members’ own) off its page', async () => {
    await t.db.prisma.collective.create({
      data: {
        slug: 'collectif-discret',
        name: 'Collectif Discret',
        purpose: 'Une raison d’être publique.',
        description: 'SECRET-DESCRIPTION',
      },
    });
    const page = await get(t, '/collectifs/collectif-discret');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Une raison d’être publique.');
    expect(page.html).not.toContain('SECRET-DESCRIPTION');
  });

  it('still shows a collective without a published page, and answers 410 once it is archived', async () => {
    const collective = await t.db.prisma.collective.create({
      data: { slug: 'collectif-test', name: 'Collectif Test', purpose: 'Tester les pages.' },
    });
    expect((await get(t, '/collectifs/collectif-test')).status).toBe(200);
    await t.db.prisma.collective.update({
      where: { id: collective.id },
      data: { status: 'ARCHIVED', archivedAt: new Date() },
    });
    expect((await get(t, '/collectifs/collectif-test')).status).toBe(410);
    expect((await get(t, '/collectifs/jamais-cree')).status).toBe(404);
  });
});

describe('workshop pages', () => {
  it('shows a published workshop with its seats, and never its visio link', async () => {
    const workshop = await t.db.prisma.workshop.findFirstOrThrow({
      where: { status: 'PUBLISHED', endsAt: { gt: new Date() }, format: { not: 'IN_PERSON' } },
    });
    await t.db.prisma.workshop.update({
      where: { id: workshop.id },
      data: { onlineUrl: 'https://visio.example/secret-room' },
    });
    const page = await get(t, `/ateliers/${workshop.slug}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(workshop.title.replace(/'/g, '&#x27;'));
    expect(page.html).not.toContain('secret-room');
    expect(text(page.html)).toMatch(/places? restantes?|Complet/);
  });

  it('answers 404 for a draft, 410 for a cancelled workshop that was published, 200 for a completed one', async () => {
    const draft = await t.db.prisma.workshop.findFirstOrThrow({ where: { status: 'DRAFT' } });
    const cancelled = await t.db.prisma.workshop.findFirstOrThrow({
      where: { status: 'CANCELLED', publishedAt: { not: null } },
    });
    const completed = await t.db.prisma.workshop.findFirstOrThrow({ where: { status: 'COMPLETED' } });
    expect((await get(t, `/ateliers/${draft.slug}`)).status).toBe(404);
    const gone = await get(t, `/ateliers/${cancelled.slug}`);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('annulé');
    const past = await get(t, `/ateliers/${completed.slug}`);
    expect(past.status).toBe(200);
    expect(past.html).toContain('Cet atelier a eu lieu.');
  });
});

describe('the calendar and the federation', () => {
  it('lists exactly the published workshops to come on /ateliers', async () => {
    const upcoming = await t.db.prisma.workshop.findMany({
      where: { status: 'PUBLISHED', endsAt: { gte: new Date() } },
    });
    const others = await t.db.prisma.workshop.findMany({
      where: { OR: [{ status: { not: 'PUBLISHED' } }, { endsAt: { lt: new Date() } }] },
    });
    const page = await get(t, '/ateliers');
    expect(page.status).toBe(200);
    const linked = new Set([...page.html.matchAll(/href="\/ateliers\/([^"]+)"/g)].map((match) => match[1]));
    expect([...linked].sort()).toEqual(upcoming.map((workshop) => workshop.slug).sort());
    for (const workshop of others) expect(linked.has(workshop.slug)).toBe(false);
  });

  it('serves the federation’s page at / to visitors, with counts, members with pages and what is coming up', async () => {
    const page = await get(t, '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('vary')).toContain('Cookie');
    const active = await t.db.prisma.member.count({ where: { status: 'ACTIVE' } });
    expect(text(page.html)).toContain(`${active} membres actifs`);
    expect(page.html).toContain('Nous allons plus loin à plusieurs que seuls');
    const published = await t.db.prisma.member.findMany({
      where: { status: 'ACTIVE', page: { is: { published: true } } },
      select: { handle: true },
    });
    const publishedHandles = new Set(published.map((member) => member.handle));
    const linked = [...page.html.matchAll(/href="\/membres\/([^"]+)"/g)].map((match) => match[1]!);
    expect(linked.length).toBeGreaterThan(0);
    for (const handle of linked) expect(publishedHandles.has(handle)).toBe(true);
  });

  it('gives members who carry a session cookie the portal at /, and only at /', async () => {
    const portal = await get(t, '/', { cookie: '__Host-eko_session=whatever' });
    expect(portal.html).toContain('<title>Portail</title>');
    const member = await get(t, '/ateliers', { cookie: '__Host-eko_session=whatever' });
    expect(member.html).toContain('Ateliers à venir');
  });

  it('leaves the portal’s own screens to the portal', async () => {
    for (const path of ['/connexion', '/agenda', '/membres', '/annuaire/x']) {
      expect((await get(t, path)).html, path).toContain('<title>Portail</title>');
    }
  });

  it('renders English on ?lang=en, keeping the language on its links', async () => {
    const page = await get(t, '/ateliers?lang=en');
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain('Upcoming workshops');
    expect(page.html).toContain('href="/annuaire?lang=en"');
  });
});
