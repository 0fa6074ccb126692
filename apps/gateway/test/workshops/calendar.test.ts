// The .ics files calendar apps fetch: one workshop, the public feed, and a member's private feed
// whose secret address comes from the API and can be regenerated or revoked.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { handleCalendarRequest } from '../../src/calendar/routes.ts';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { DAY, fill, person, REGISTER, workshop, type Person, type WorkshopRow } from './fixtures.ts';

let t: TestGateway;
let member: Person;
let facilitator: Person;
let open: WorkshopRow;
let full: WorkshopRow;
let draft: WorkshopRow;
let cancelled: WorkshopRow;

const VISIO = 'https://visio.example.org/ekoacteurs/test';

beforeAll(async () => {
  t = await startTestGateway();
  member = await person(t, 'abonnee');
  facilitator = await person(t, 'animateur');
  open = await workshop(t, {
    title: 'Atelier ouvert, pour tous ; venez',
    startsIn: 2 * DAY,
    facilitatorIds: [facilitator.id],
  });
  full = await workshop(t, { title: 'Atelier complet', capacity: 1, startsIn: 3 * DAY });
  draft = await workshop(t, { title: 'Brouillon secret', status: 'DRAFT' });
  cancelled = await workshop(t, { title: 'Atelier annulé', startsIn: 4 * DAY });
  await workshop(t, { title: 'Atelier passé', status: 'COMPLETED', startsIn: -5 * DAY });
  await workshop(t, { title: 'Atelier animé', startsIn: 5 * DAY, facilitatorIds: [member.id] });
  const someone = await person(t, 'premiere');
  await fill(t, full.id, [someone], 1);
  await t.graphql(REGISTER, { id: open.gid }, member.as);
  await t.graphql(REGISTER, { id: full.gid }, member.as);
  await t.graphql(REGISTER, { id: cancelled.gid }, member.as);
  await t.db.prisma.workshop.update({
    where: { id: cancelled.id },
    data: { status: 'CANCELLED', cancelledAt: new Date() },
  });
  await t.db.prisma.workshopRegistration.updateMany({
    where: { workshopId: cancelled.id },
    data: { status: 'CANCELLED' },
  });
});
afterAll(() => t?.stop());

/** The calendar's content lines, unfolded. */
async function ics(path: string) {
  const response = await fetch(path.startsWith('http') ? path : `${t.url}${path}`);
  const text = await response.text();
  return { response, text, lines: text.replace(/\r\n /g, '').split('\r\n') };
}

const summaries = (lines: string[]) =>
  lines.filter((l) => l.startsWith('SUMMARY:')).map((l) => l.slice('SUMMARY:'.length));

describe('one workshop', () => {
  it('is served as text/calendar with the event, its page and no visio link', async () => {
    const { response, text, lines } = await ics(`/calendar/workshops/${open.slug}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(summaries(lines)).toEqual(['Atelier ouvert\\, pour tous \\; venez']);
    expect(lines).toContain(`UID:workshop-${open.id}@localhost`);
    expect(lines.find((l) => l.startsWith('URL:'))).toMatch(new RegExp(`/ateliers/${open.slug}$`));
    expect(text).not.toContain(VISIO);
    const head = await fetch(`${t.url}/calendar/workshops/${open.slug}.ics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('marks a cancelled workshop cancelled, and never serves a draft', async () => {
    const { lines } = await ics(`/calendar/workshops/${cancelled.slug}.ics`);
    expect(lines).toContain('STATUS:CANCELLED');
    expect((await ics(`/calendar/workshops/${draft.slug}.ics`)).response.status).toBe(404);
    expect((await ics('/calendar/workshops/nope.ics')).response.status).toBe(404);
    expect((await ics('/calendar/elsewhere')).response.status).toBe(404);
  });
});

describe('the public feed', () => {
  it('lists published workshops to come, cancelled ones marked, without drafts, past ones or links', async () => {
    const { response, text, lines } = await ics('/calendar/workshops.ics');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(summaries(lines)).toEqual([
      'Atelier ouvert\\, pour tous \\; venez',
      'Atelier complet',
      'Annulé : Atelier annulé',
      'Atelier animé',
    ]);
    expect(text).not.toContain(VISIO);
    expect(text).not.toContain('Brouillon');
    expect(text).not.toContain('Atelier passé');
  });
});

describe('the private feed', () => {
  const REGENERATE = `mutation { regenerateCalendarFeed { __typename ... on RegenerateCalendarFeedSuccess { url feed { id createdAt } } } }`;

  it('carries the member’s workshops, with the visio link only where they hold a seat or facilitate', async () => {
    const { body } = await t.graphql(REGENERATE, {}, member.as);
    const { url } = body.data.regenerateCalendarFeed;
    // 43 random characters: no token prefix, nothing about its owner.
    expect(url).toMatch(/^http:\/\/localhost:\d+\/calendar\/feed\/[\w-]{43}\.ics$/);
    expect(url).not.toContain(member.id);
    const { response, lines } = await ics(url.replace(/^http:\/\/localhost:\d+/, t.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(summaries(lines)).toEqual([
      'Atelier ouvert\\, pour tous \\; venez',
      'Liste d’attente : Atelier complet',
      'Annulé : Atelier annulé',
      'Atelier animé',
    ]);
    const events = lines.join('\n').split('BEGIN:VEVENT').slice(1);
    expect(events[0]).toContain(`Lien de visio : ${VISIO}`);
    expect(events[0]).toContain('STATUS:CONFIRMED');
    expect(events[1]).not.toContain(VISIO);
    expect(events[1]).toContain('STATUS:TENTATIVE');
    expect(events[1]).toContain('position 1');
    expect(events[2]).not.toContain(VISIO);
    expect(events[3]).toContain(VISIO);
  });

  it('stops working when regenerated or revoked, and its secret opens nothing else', async () => {
    const first = (await t.graphql(REGENERATE, {}, member.as)).body.data.regenerateCalendarFeed;
    const second = (await t.graphql(REGENERATE, {}, member.as)).body.data.regenerateCalendarFeed;
    const local = (url: string) => url.replace(/^http:\/\/localhost:\d+/, t.url);
    expect((await ics(local(first.url))).response.status).toBe(404);
    expect((await ics(local(second.url))).response.status).toBe(200);

    const seen = await t.graphql(`{ viewer { calendarFeed { id lastUsedAt } } }`, {}, member.as);
    expect(seen.body.data.viewer.calendarFeed.id).toBe(second.feed.id);
    expect(seen.body.data.viewer.calendarFeed.lastUsedAt).not.toBeNull();

    // As a Bearer on the API, a feed secret is no credential at all: 401, not even a visitor.
    const secret = /\/feed\/([\w-]+)\.ics$/.exec(second.url)![1]!;
    const asToken = await t.graphql(`{ viewer { email } }`, {}, { token: secret });
    expect(asToken.status).toBe(401);
    expect(asToken.body.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    expect(asToken.body.data ?? null).toBeNull();
    // Nor does it appear among the member's API tokens.
    expect((await t.graphql(`{ viewer { apiTokens { name } } }`, {}, member.as)).body.data.viewer.apiTokens).toEqual(
      [],
    );

    const revoke = await t.graphql(
      `mutation { revokeCalendarFeed { __typename ... on RevokeCalendarFeedSuccess { revoked } } }`,
      {},
      member.as,
    );
    expect(revoke.body.data.revokeCalendarFeed).toEqual({ __typename: 'RevokeCalendarFeedSuccess', revoked: true });
    expect((await ics(local(second.url))).response.status).toBe(404);
    expect(
      (await t.graphql(`{ viewer { calendarFeed { id } } }`, {}, member.as)).body.data.viewer.calendarFeed,
    ).toBeNull();
  });

  it('no longer opens with an old-style feed token (an API token named calendar-feed)', async () => {
    const { secret } = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: member.id,
      name: 'calendar-feed',
      scopes: [],
      expiresAt: null,
    });
    expect((await ics(`${t.url}/calendar/feed/${secret}.ics`)).response.status).toBe(404);
  });

  it('keeps its secret out of the access log, which reads the request’s URL once answered', async () => {
    const { url } = (await t.graphql(REGENERATE, {}, member.as)).body.data.regenerateCalendarFeed;
    const req = { url: new URL(url).pathname, method: 'GET', headers: {} } as IncomingMessage;
    let status = 0;
    const res = { writeHead: (code: number) => (status = code), end: () => {} } as unknown as ServerResponse;
    expect(await handleCalendarRequest(req, res, { prisma: t.db.prisma, publicUrl: 'https://ekoacteurs.fr' })).toBe(
      true,
    );
    expect(status).toBe(200);
    expect(req.url).toBe('/calendar/feed/[secret].ics');
  });

  it('is issued only from a signed-in browser', async () => {
    expect((await t.graphql(REGENERATE)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
