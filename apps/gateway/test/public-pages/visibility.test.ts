// The public page and the anonymous API show the same member, field by field, whatever the member
// chose (visibility/member.ts); the page, the API and the sitemap follow a new choice at once, and
// the page's ETag/Last-Modified never keep a visitor on what the member has since hidden.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/sessions.ts';
import { startTestGateway, type As, type TestGateway } from '../harness.ts';
import { get, memberWithPage, PUBLIC_URL, text } from './fixtures.ts';

let t: TestGateway;
let ana: As;
let anaId: string;
const HANDLE = 'ana-visible';

const PROFILE = {
  headline: 'Graphiste pour les coopératives',
  bio: 'BIO-Une histoire racontée aux membres',
  city: 'Quimper',
  region: 'Bretagne',
  avatarUrl: 'https://img.example.org/ana.png',
  canDo: 'CANDO-Logos et chartes',
  cannotDo: 'CANNOTDO-Sites web',
  wishes: 'WISHES-Travailler avec des imprimeurs',
  concerns: 'CONCERNS-Les délais',
  pace: 'LIMITED' as const,
  paceNote: 'PACENOTE-Le mardi',
  motivation: 'MOTIVATION-Lettre',
};

/** How each Member field shows on the public page, for an anonymous API caller's value of it. */
type Check = (api: any, html: string, page: string) => void;
const inText = (value: string, page: string) => expect(page.includes(value), value).toBe(true);
const absent = (value: string, page: string) => expect(page.includes(value), value).toBe(false);
/** A text field: what the API gives the page shows; what it hides (empty) the page hides too. */
const textField =
  (secret: string): Check =>
  (api, _html, page) =>
    api ? (expect(api).toBe(secret), inText(secret, page)) : absent(secret, page);
/** Never for visitors: the API gives null (or empty), the page does not show the value. */
const hidden =
  (secret?: string): Check =>
  (api, _html, page) => {
    expect(api === null || api === '', String(api)).toBe(true);
    if (secret) absent(secret, page);
  };

const FIELDS: Record<string, { select?: string; check: Check }> = {
  id: { check: (api) => expect(api).toEqual(expect.any(String)) },
  handle: { check: (api, html) => (expect(api).toBe(HANDLE), expect(html).toContain(`/membres/${HANDLE}`)) },
  displayName: { check: (api, _html, page) => inText(api, page) },
  headline: { check: textField(PROFILE.headline) },
  bio: { check: hidden(PROFILE.bio) },
  city: { check: textField(PROFILE.city) },
  region: { check: textField(PROFILE.region) },
  avatarUrl: {
    check: (api, html) =>
      api
        ? (expect(api).toBe(PROFILE.avatarUrl), expect(html).toContain(`src="${PROFILE.avatarUrl}"`))
        : expect(html).not.toContain(PROFILE.avatarUrl),
  },
  skills: {
    select: '{ level skill { name } }',
    check: (api, _html, page) =>
      api.length
        ? (expect(api).toEqual([{ level: 'EXPERT', skill: { name: 'Typographie' } }]),
          inText('Typographie · expert', page))
        : absent('Typographie', page),
  },
  canDo: { check: textField(PROFILE.canDo) },
  cannotDo: { check: textField(PROFILE.cannotDo) },
  wishes: { check: textField(PROFILE.wishes) },
  pace: {
    check: (api, _html, page) =>
      api ? (expect(api).toBe('LIMITED'), inText('Peu disponible', page)) : absent('Peu disponible', page),
  },
  paceNote: { check: textField(PROFILE.paceNote) },
  contact: { select: '{ email }', check: hidden(`${HANDLE}@example.fr`) },
  email: { check: hidden(`${HANDLE}@example.fr`) },
  status: { check: hidden() },
  role: { check: hidden() },
  motivation: { check: hidden(PROFILE.motivation) },
  concerns: { check: hidden(PROFILE.concerns) },
  listing: { check: hidden() },
  publicFields: { check: hidden() },
  fediverse: { check: hidden() },
  hasPassword: { check: hidden() },
  createdAt: { check: hidden() },
  updatedAt: { check: hidden() },
  admittedAt: { check: hidden() },
  page: { select: '{ title }', check: (api, html) => expect(html).toContain(`<h1>${api.title}</h1>`) },
  collectives: { select: '{ id }', check: (api, _html, page) => (expect(api).toEqual([]), absent('Collectifs', page)) },
};
/** Private connections and lists: null for visitors, and nothing of them on the page. */
const PRIVATE_OBJECTS = [
  'balance',
  'calendarFeed',
  'contributions',
  'introductionRequestsReceived',
  'introductionRequestsSent',
  'notifications',
  'opportunitiesPosted',
  'opportunityInterests',
  'pendingCollectiveMemberships',
  'recommendationsGiven',
  'recommendationsReceived',
  'onboarding',
  'suggestedMembers',
  'workshopRegistrations',
];
/** Private lists that are refused outright (an error, not null) to anyone but the member and admins. */
const REFUSED = ['apiTokens', 'sessions'];

let memberFields: string[];

beforeAll(async () => {
  const portalDist = mkdtempSync(join(tmpdir(), 'portal-dist-'));
  writeFileSync(join(portalDist, 'index.html'), '<!doctype html><title>Portail</title>');
  t = await startTestGateway({ PUBLIC_URL, PORTAL_DIST: portalDist });
  const skill = await t.db.prisma.skill.create({
    data: { slug: 'typographie', name: 'Typographie', nameEn: 'Typography', domain: 'COMMUNICATION' },
  });
  const row = await memberWithPage(t, HANDLE, { listing: 'MEMBERS', publicFields: [] });
  anaId = row.id;
  await t.db.prisma.member.update({
    where: { id: anaId },
    data: { ...PROFILE, skills: { create: [{ skillId: skill.id, level: 'EXPERT' }] } },
  });
  // An https PUBLIC_URL: the session cookie carries the __Host- prefix.
  ana = { cookie: `__Host-eko_session=${(await createSession(t.db.prisma, anaId, '127.0.0.1', 'test')).secret}` };
  const introspection = await t.graphql(`{ __type(name: "Member") { fields { name } } }`);
  memberFields = introspection.body.data.__type.fields.map((field: { name: string }) => field.name);
});
afterAll(() => t?.stop());

async function choose(listing: 'VISITORS' | 'MEMBERS', publicFields: string[]) {
  const { body } = await t.graphql(
    `mutation($listing: MemberListing!, $publicFields: [PublicField!]!) { setVisibility(listing: $listing, publicFields: $publicFields) { __typename } }`,
    { listing, publicFields },
    ana,
  );
  expect(body.data?.setVisibility.__typename, JSON.stringify(body.errors)).toBe('ProfileSuccess');
}

async function anonymousMember() {
  const selection = memberFields
    .filter((name) => !REFUSED.includes(name))
    .map((name) =>
      PRIVATE_OBJECTS.includes(name) ? `${name} { __typename }` : `${name} ${FIELDS[name]?.select ?? ''}`,
    )
    .join('\n');
  const { body } = await t.graphql(`query($handle: String!) { member(handle: $handle) { ${selection} } }`, {
    handle: HANDLE,
  });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.member as Record<string, unknown> | null;
}

const sitemapHas = async () => (await get(t, '/sitemap.xml')).html.includes(`/membres/${HANDLE}<`);
const directoryHas = async () => (await get(t, '/annuaire')).html.includes(`/membres/${HANDLE}"`);

describe('the public page and the anonymous API', () => {
  it('classifies every Member field', () => {
    expect(
      memberFields.filter((name) => !FIELDS[name] && !PRIVATE_OBJECTS.includes(name) && !REFUSED.includes(name)),
    ).toEqual([]);
  });

  for (const parts of [
    ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'],
    [],
    ['PLACE', 'PACE'],
    ['SKILLS', 'CARD', 'PHOTO'],
  ]) {
    it(`show the same member, field by field, with ${parts.join(', ') || 'no part'} public`, async () => {
      await choose('VISITORS', parts);
      const api = await anonymousMember();
      const page = await get(t, `/membres/${HANDLE}`);
      expect(page.status).toBe(200);
      expect(api).not.toBeNull();
      const visible = text(page.html);
      for (const name of REFUSED) {
        const refused = await t.graphql(`query($handle: String!) { member(handle: $handle) { ${name} { id } } }`, {
          handle: HANDLE,
        });
        expect(refused.body.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
      }
      for (const name of PRIVATE_OBJECTS) expect(api![name], name).toBeNull();
      for (const name of memberFields.filter((field) => FIELDS[field]))
        FIELDS[name]!.check(api![name], page.html, visible);
    });
  }

  it('hide a member listed to members only, everywhere, at once, without a stale cached copy', async () => {
    await choose('VISITORS', ['CARD']);
    const shown = await get(t, `/membres/${HANDLE}`);
    expect(shown.status).toBe(200);
    expect(await sitemapHas()).toBe(true);
    expect(await directoryHas()).toBe(true);
    const etag = shown.headers.get('etag')!;
    const lastModified = shown.headers.get('last-modified')!;
    expect((await get(t, `/membres/${HANDLE}`, { 'if-none-match': etag })).status).toBe(304);

    // A part taken back: the page changes at once, and the old copy is not "still valid".
    await choose('VISITORS', []);
    const fresh = await get(t, `/membres/${HANDLE}`, { 'if-none-match': etag });
    expect(fresh.status).toBe(200);
    expect(fresh.html).not.toContain(PROFILE.canDo);
    expect(fresh.headers.get('etag')).not.toBe(etag);
    expect((await anonymousMember())!.canDo).toBe('');

    // Listed to members only: gone from the page (410: it was public), the API, the sitemap, the directory.
    await choose('MEMBERS', ['CARD']);
    const gone = await get(t, `/membres/${HANDLE}`, { 'if-none-match': etag, 'if-modified-since': lastModified });
    expect(gone.status).toBe(410);
    expect(gone.html).not.toContain(PROFILE.canDo);
    expect(await anonymousMember()).toBeNull();
    expect(await sitemapHas()).toBe(false);
    expect(await directoryHas()).toBe(false);
    // Members still find them, whole.
    const asMember = await t.graphql(
      `query($handle: String!) { member(handle: $handle) { canDo } }`,
      { handle: HANDLE },
      ana,
    );
    expect(asMember.body.data.member.canDo).toBe(PROFILE.canDo);

    // And back: everywhere again.
    await choose('VISITORS', ['CARD']);
    expect((await get(t, `/membres/${HANDLE}`)).status).toBe(200);
    expect(await sitemapHas()).toBe(true);
    expect((await anonymousMember())!.canDo).toBe(PROFILE.canDo);
  });
});
