// The shared public cache (src/cache/): visitors' pages, the public .ics calendar and anonymous
// GraphQL reads come from the cache once computed, yet every kind of write that changes what they
// show is seen by the very next read — on the replica that wrote and on another sharing its Redis.
// Each test reads first (filling the cache), writes through the API as a member or an admin would,
// then reads again through the cache and expects the fresh answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/sessions.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createGateway, type Gateway } from '../../src/server.ts';
import {
  addMember,
  globalId,
  graphqlAt,
  listToVisitors,
  startTestGateway,
  type As,
  type TestGateway,
} from '../harness.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DAY = 24 * 3600 * 1000;

let t: TestGateway;
let admin: As;
let n = 0;
type Someone = Awaited<ReturnType<typeof visibleMember>>;
/** Everyone the tests need, written to the database directly BEFORE any read fills the cache (the
 * API's writes invalidate it; a test's own inserts do not). */
const people: Record<string, Someone> = {};
let skill: { id: string; name: string };

beforeAll(async () => {
  t = await startTestGateway({ PUBLIC_CACHE: true, REDIS_URL });
  admin = await sessionFor((await addMember(t, { handle: 'cache-admin', role: 'ADMIN' })).id);
  for (const name of [
    'etag',
    'private',
    'profile',
    'hidden',
    'leaving',
    'suspended',
    'facilitator',
    'attendee',
    'coordinator',
    'replica',
    'skilled',
    'writer',
    'joiner',
    'host',
    'cohost',
  ])
    people[name] = await visibleMember(name);
  people.applicant = await visibleMember('applicant', 'APPLICANT');
  skill = await t.db.prisma.skill.create({
    data: {
      slug: 'ebenisterie-du-cache',
      name: 'Ébénisterie du cache',
      nameEn: 'Cache cabinetmaking',
      domain: 'STRATEGY',
    },
  });
});
afterAll(() => t?.stop());

async function sessionFor(memberId: string): Promise<As> {
  const { secret } = await createSession(t.db.prisma, memberId, '127.0.0.1', 'test');
  return { cookie: `eko_session=${secret}` };
}

/** A member listed to visitors, with a session. */
async function visibleMember(prefix: string, status: 'ACTIVE' | 'APPLICANT' = 'ACTIVE') {
  const handle = `${prefix}-${++n}`;
  const row = await addMember(t, { handle, status });
  await listToVisitors(t, row.id);
  return { id: row.id, gid: globalId('Member', row.id), handle, as: await sessionFor(row.id) };
}

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** An anonymous GraphQL read, as a partner site sends it. */
async function anonymous(query: string, variables: Record<string, unknown> = {}, url = t.url) {
  const { body } = await graphqlAt(url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function mutate(query: string, variables: Record<string, unknown>, as: As) {
  const response = await t.graphql(query, variables, as);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data;
}

/** An online workshop in five days, created and published by the admin, with one facilitator. */
async function publishedWorkshop(title: string, facilitator: Someone, capacity: number) {
  const startsAt = new Date(Date.now() + 5 * DAY);
  const created = await mutate(
    `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { __typename ... on WorkshopSuccess { workshop { id slug } } } }`,
    {
      input: {
        title,
        kind: 'ATELIER',
        format: 'ONLINE',
        onlineUrl: 'https://visio.example.org/a',
        capacity,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3600_000),
        facilitatorIds: [facilitator.gid],
      },
    },
    admin,
  );
  const { id, slug } = created.createWorkshop.workshop as { id: string; slug: string };
  await mutate(`mutation($id: ID!) { publishWorkshop(id: $id) { __typename } }`, { id }, admin);
  return { id, slug };
}

const MEMBER = `query($handle: String!) { member(handle: $handle) { handle headline } }`;
const DIRECTORY = `{ members(first: 100) { totalCount edges { node { handle headline } } } }`;
const directoryHandles = async () =>
  ((await anonymous(DIRECTORY)).members.edges as { node: { handle: string } }[]).map((edge) => edge.node.handle);

/** A visitor's directory page shows this handle. */
const inDirectoryPage = async (handle: string) => (await page('/annuaire')).body.includes(`/membres/${handle}"`);

describe('served from the cache', () => {
  it('keeps a visitor page and answers If-None-Match with a 304 from the cache', async () => {
    const m = people.etag!;
    const first = await page(`/membres/${m.handle}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const before = t.queries.length;
    const again = await page(`/membres/${m.handle}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    const second = await page(`/membres/${m.handle}`);
    expect(second.headers.get('etag')).toBe(etag);
    // Both answers came from the cache: not one SQL statement.
    expect(t.queries.slice(before)).toEqual([]);
    // Each visitor still gets a form token of their own.
    const token = (body: string) => /name="token" value="([^"]+)"/.exec(body)?.[1];
    expect(token(second.body)).toBeTruthy();
    expect(token(second.body)).not.toBe(token(first.body));
  });

  it('serves the directory, the calendar and the home page again without SQL', async () => {
    for (const path of ['/annuaire', '/ateliers', '/calendar/workshops.ics', '/', '/sitemap.xml']) {
      expect((await page(path)).status, path).toBe(200);
      const before = t.queries.length;
      expect((await page(path)).status, path).toBe(200);
      expect(t.queries.slice(before), path).toEqual([]);
    }
  });

  it('never keeps what a signed-in member sees', async () => {
    const m = people.private!;
    const asMember = await page(`/membres/${m.handle}`, { cookie: m.as.cookie! });
    expect(asMember.headers.get('cache-control')).toBe('private, no-store');
    const asVisitor = await page(`/membres/${m.handle}`);
    expect(asVisitor.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(asVisitor.body).toContain('name="token"');
  });

  it('answers the public .ics calendar with an ETag and a 304', async () => {
    const first = await page('/calendar/workshops.ics');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect((await page('/calendar/workshops.ics', { 'if-none-match': etag })).status).toBe(304);
  });

  it('answers an identical anonymous query from the cache, without SQL', async () => {
    await anonymous(DIRECTORY);
    const before = t.queries.length;
    await anonymous(DIRECTORY);
    expect(t.queries.slice(before)).toEqual([]);
  });

  it('refuses variables nested too deep to be keyed with BAD_USER_INPUT, not a 500', async () => {
    const value = `${'['.repeat(50_000)}"x"${']'.repeat(50_000)}`;
    const body = `{"query":"query($handle: String!) { member(handle: $handle) { displayName } }","variables":{"handle":${value}}}`;
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('fresh after every kind of write', () => {
  it('a profile edit', async () => {
    const m = people.profile!;
    expect((await anonymous(MEMBER, { handle: m.handle })).member.headline).toBe('');
    expect((await page(`/membres/${m.handle}`)).body).not.toContain('Menuisière à Brest');
    await mutate(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }`,
      { input: { headline: 'Menuisière à Brest' } },
      m.as,
    );
    expect((await anonymous(MEMBER, { handle: m.handle })).member.headline).toBe('Menuisière à Brest');
    expect((await page(`/membres/${m.handle}`)).body).toContain('Menuisière à Brest');
  });

  it('a visibility change', async () => {
    const m = people.hidden!;
    expect(await directoryHandles()).toContain(m.handle);
    expect(await inDirectoryPage(m.handle)).toBe(true);
    await mutate(`mutation { setVisibility(listing: MEMBERS, publicFields: []) { __typename } }`, {}, m.as);
    expect(await directoryHandles()).not.toContain(m.handle);
    expect(await inDirectoryPage(m.handle)).toBe(false);
    expect((await anonymous(MEMBER, { handle: m.handle })).member).toBe(null);
  });

  it('leaving the federation', async () => {
    const m = people.leaving!;
    expect((await page(`/membres/${m.handle}`)).status).toBe(200);
    expect(await directoryHandles()).toContain(m.handle);
    await mutate(`mutation($h: String!) { leaveFederation(confirmHandle: $h) { __typename } }`, { h: m.handle }, m.as);
    expect((await page(`/membres/${m.handle}`)).status).not.toBe(200);
    expect(await directoryHandles()).not.toContain(m.handle);
  });

  it('an admission', async () => {
    const m = people.applicant!;
    expect(await directoryHandles()).not.toContain(m.handle);
    expect(await inDirectoryPage(m.handle)).toBe(false);
    await mutate(`mutation($id: ID!) { admitApplicant(memberId: $id) { __typename } }`, { id: m.gid }, admin);
    expect(await directoryHandles()).toContain(m.handle);
    expect(await inDirectoryPage(m.handle)).toBe(true);
  });

  it('a suspension', async () => {
    const m = people.suspended!;
    expect((await page(`/membres/${m.handle}`)).status).toBe(200);
    expect(await directoryHandles()).toContain(m.handle);
    await mutate(
      `mutation($id: ID!) { suspendMember(memberId: $id, reason: "Test") { __typename } }`,
      { id: m.gid },
      admin,
    );
    expect((await page(`/membres/${m.handle}`)).status).not.toBe(200);
    expect(await directoryHandles()).not.toContain(m.handle);
    expect(await inDirectoryPage(m.handle)).toBe(false);
  });

  it('a workshop created and published, changed, then cancelled', async () => {
    const facilitator = people.facilitator!;
    const calendar = async () => (await page('/calendar/workshops.ics')).body;
    const list = async () => (await page('/ateliers')).body;
    const workshops = async () =>
      (
        (await anonymous(`{ workshops(first: 100) { edges { node { slug title status } } } }`)).workshops.edges as {
          node: { slug: string; title: string; status: string };
        }[]
      ).map((e) => e.node);
    expect(await calendar()).not.toContain('Atelier du cache');
    expect(await list()).not.toContain('Atelier du cache');
    expect((await workshops()).map((w) => w.title)).not.toContain('Atelier du cache');

    const { id, slug } = await publishedWorkshop('Atelier du cache', facilitator, 1);
    expect(await calendar()).toContain('Atelier du cache');
    expect(await list()).toContain('Atelier du cache');
    expect((await workshops()).map((w) => w.title)).toContain('Atelier du cache');
    expect((await page(`/calendar/workshops/${slug}.ics`)).body).toContain('Atelier du cache');

    await mutate(
      `mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { __typename } }`,
      { id, input: { title: 'Atelier du cache renommé' } },
      admin,
    );
    expect(await calendar()).toContain('Atelier du cache renommé');
    expect(await list()).toContain('Atelier du cache renommé');
    expect((await page(`/ateliers/${slug}`)).body).toContain('Atelier du cache renommé');
    expect((await page(`/calendar/workshops/${slug}.ics`)).body).toContain('Atelier du cache renommé');
    expect((await workshops()).map((w) => w.title)).toContain('Atelier du cache renommé');

    // Seats left: a registration changes the workshop's page and the anonymous answer.
    const seats = async () =>
      (await anonymous(`query($slug: String!) { workshop(slug: $slug) { seatsLeft } }`, { slug })).workshop.seatsLeft;
    expect(await seats()).toBe(1);
    const pageBefore = (await page(`/ateliers/${slug}`)).body;
    const attendee = people.attendee!;
    await mutate(`mutation($id: ID!) { registerForWorkshop(workshopId: $id) { __typename } }`, { id }, attendee.as);
    expect(await seats()).toBe(0);
    expect((await page(`/ateliers/${slug}`)).body).not.toBe(pageBefore);

    await mutate(
      `mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Plus de salle") { __typename } }`,
      { id },
      admin,
    );
    expect(await calendar()).toMatch(/STATUS:CANCELLED/);
    expect((await workshops()).find((w) => w.slug === slug)?.status ?? 'CANCELLED').toBe('CANCELLED');
    expect((await page(`/ateliers/${slug}`)).body).not.toBe(pageBefore);
  });

  it('a collective change', async () => {
    const coordinator = people.coordinator!;
    const created = await mutate(
      `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { __typename ... on CollectiveSuccess { collective { id slug } } } }`,
      { input: { name: 'Collectif du cache', purpose: 'Tester le cache' } },
      coordinator.as,
    );
    const { id, slug } = created.createCollective.collective;
    const before = await page(`/collectifs/${slug}`);
    expect(before.status).toBe(200);
    expect(before.body).toContain('Collectif du cache');
    const collective = async () =>
      (await anonymous(`query($slug: String!) { collective(slug: $slug) { name } }`, { slug })).collective;
    const first = await collective();
    await mutate(
      `mutation($id: ID!, $input: UpdateCollectiveInput!) { updateCollective(id: $id, input: $input) { __typename } }`,
      { id, input: { name: 'Collectif renommé' } },
      coordinator.as,
    );
    expect((await page(`/collectifs/${slug}`)).body).toContain('Collectif renommé');
    expect(first.name).toBe('Collectif du cache');
    expect((await collective()).name).toBe('Collectif renommé');
  });
});

describe("a member's public page and the public calendar, fresh after every kind of write that changes them", () => {
  const memberPage = async (m: Someone) => {
    const answer = await page(`/membres/${m.handle}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const calendar = async () => (await page('/calendar/workshops.ics')).body;
  /** Reads twice: the second answer comes from the cache (no SQL), so the next read after a write is the test. */
  const cached = async (read: () => Promise<string>) => {
    // A member page's form token is each visitor's own: the rest is the same answer.
    const withoutToken = (body: string) => body.replace(/name="token" value="[^"]+"/, '');
    const first = await read();
    const before = t.queries.length;
    expect(withoutToken(await read())).toBe(withoutToken(first));
    expect(t.queries.slice(before)).toEqual([]);
    return first;
  };

  it('skills set', async () => {
    const m = people.skilled!;
    expect(await cached(() => memberPage(m))).not.toContain(skill.name);
    await mutate(
      `mutation($input: SetMemberSkillsInput!) { setMemberSkills(input: $input) { __typename } }`,
      { input: { skills: [{ skillId: globalId('Skill', skill.id), level: 'EXPERT' }] } },
      m.as,
    );
    expect(await memberPage(m)).toContain(skill.name);
  });

  it('the page saved, then unpublished', async () => {
    const m = people.writer!;
    expect(await cached(() => memberPage(m))).not.toContain('Mon parcours en bois');
    const saved = await mutate(
      `mutation($input: SavePageInput!) { saveMyPage(input: $input) { __typename ... on VisibilityPageSuccess { page { id } } } }`,
      { input: { title: 'Ma page', sections: [{ text: { title: 'Parcours', markdown: 'Mon parcours en bois' } }] } },
      m.as,
    );
    expect(await cached(() => memberPage(m))).toContain('Mon parcours en bois');
    await mutate(`mutation($id: ID!) { withdrawPage(id: $id) { __typename } }`, { id: saved.saveMyPage.page.id }, m.as);
    expect((await page(`/membres/${m.handle}`)).body).not.toContain('Mon parcours en bois');
  });

  it('a collective joined, then renamed', async () => {
    const m = people.joiner!;
    expect(await cached(() => memberPage(m))).not.toContain('Collectif des cousins');
    const created = await mutate(
      `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { __typename ... on CollectiveSuccess { collective { id } } } }`,
      { input: { name: 'Collectif des cousins', purpose: 'Se retrouver' } },
      m.as,
    );
    expect(await cached(() => memberPage(m))).toContain('Collectif des cousins');
    await mutate(
      `mutation($id: ID!, $input: UpdateCollectiveInput!) { updateCollective(id: $id, input: $input) { __typename } }`,
      { id: created.createCollective.collective.id, input: { name: 'Collectif des cousines' } },
      m.as,
    );
    expect(await memberPage(m)).toContain('Collectif des cousines');
  });

  it('a workshop facilitated: published, its facilitator renamed, handed to another', async () => {
    const host = people.host!;
    const cohost = people.cohost!;
    expect(await cached(() => memberPage(host))).not.toContain('Atelier des hôtes');
    expect(await cached(calendar)).not.toContain('Atelier des hôtes');
    const { id } = await publishedWorkshop('Atelier des hôtes', host, 5);
    expect(await cached(() => memberPage(host))).toContain('Atelier des hôtes');
    expect(await cached(calendar)).toContain('Atelier des hôtes');

    // The calendar names the facilitators: a new display name shows in it.
    await mutate(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }`,
      { input: { displayName: 'Hôtesse Renommée' } },
      host.as,
    );
    expect(await cached(calendar)).toContain('Hôtesse Renommée');

    await mutate(
      `mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { __typename } }`,
      { id, input: { facilitatorIds: [cohost.gid] } },
      admin,
    );
    expect(await memberPage(host)).not.toContain('Atelier des hôtes');
    expect(await memberPage(cohost)).toContain('Atelier des hôtes');
    expect(await calendar()).not.toContain('Hôtesse Renommée');
  });
});

describe('two gateways sharing Redis', () => {
  let other: Gateway;
  let otherUrl: string;
  beforeAll(async () => {
    // A second replica on the same database and the same Redis.
    const config = {
      ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL, PUBLIC_CACHE: 'true' }),
      PORT: 0,
    };
    other = createGateway({ config, db: t.db, logger: createLogger('silent') });
    otherUrl = `http://127.0.0.1:${await other.listen()}`;
  });
  afterAll(async () => {
    // The database is the first gateway's: close only this one's server.
    await new Promise((resolve) => other.server.close(resolve));
  });

  it('never serves stale after a write on the other', async () => {
    const m = people.replica!;
    for (const [i, headline] of ['Première', 'Deuxième', 'Troisième'].entries()) {
      // Both replicas hold the current answer...
      await anonymous(MEMBER, { handle: m.handle }, otherUrl);
      await anonymous(MEMBER, { handle: m.handle }, t.url);
      const onOther = await fetch(`${otherUrl}/membres/${m.handle}`).then((r) => r.text());
      // ...one writes, alternately...
      const writer = i % 2 === 0 ? t.url : otherUrl;
      const response = await fetch(`${writer}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: m.as.cookie! },
        body: JSON.stringify({
          query: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }`,
          variables: { input: { headline } },
        }),
      });
      expect(response.status).toBe(200);
      // ...and both answer the write at once.
      expect((await anonymous(MEMBER, { handle: m.handle }, otherUrl)).member.headline).toBe(headline);
      expect((await anonymous(MEMBER, { handle: m.handle }, t.url)).member.headline).toBe(headline);
      const after = await fetch(`${otherUrl}/membres/${m.handle}`).then((r) => r.text());
      expect(after).toContain(headline);
      expect(after).not.toBe(onOther);
    }
  });
});

describe('without Redis', () => {
  it('falls back to memory: still fresh after a write', async () => {
    const local = await startTestGateway({ PUBLIC_CACHE: true });
    try {
      const row = await local.db.prisma.member.create({
        data: { handle: 'memoire', displayName: 'Mémoire', email: 'memoire@example.fr', status: 'ACTIVE' },
      });
      await listToVisitors(local, row.id);
      const { secret } = await createSession(local.db.prisma, row.id, '127.0.0.1', 'test');
      const read = async () => (await anonymous(MEMBER, { handle: 'memoire' }, local.url)).member.headline;
      expect(await read()).toBe('');
      const before = local.queries.length;
      expect(await read()).toBe('');
      expect(local.queries.slice(before)).toEqual([]);
      await local.graphql(
        `mutation { updateProfile(input: { headline: "En mémoire" }) { __typename } }`,
        {},
        { cookie: `eko_session=${secret}` },
      );
      expect(await read()).toBe('En mémoire');
    } finally {
      await local.stop();
    }
  });
});

describe('gateways sharing a Redis, not a database', () => {
  it('never serve each other’s answers (embedded in-memory databases included, all named memory://)', async () => {
    const [a, b] = await Promise.all([
      startTestGateway({ PUBLIC_CACHE: true, REDIS_URL }),
      startTestGateway({ PUBLIC_CACHE: true, REDIS_URL }),
    ]);
    try {
      for (const [gateway, headline] of [
        [a, 'Sur la base A'],
        [b, 'Sur la base B'],
      ] as const) {
        const row = await gateway.db.prisma.member.create({
          data: { handle: 'jumelle', displayName: 'Jumelle', email: 'jumelle@example.fr', status: 'ACTIVE', headline },
        });
        await listToVisitors(gateway, row.id);
      }
      const read = async (gateway: TestGateway) =>
        (await anonymous(MEMBER, { handle: 'jumelle' }, gateway.url)).member.headline;
      expect(await read(a)).toBe('Sur la base A');
      expect(await read(b)).toBe('Sur la base B');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
