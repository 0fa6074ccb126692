// Leaving the federation: after a member with a rich history leaves, nothing personal of theirs
// is readable anywhere (the API, public pages, the sitemap, calendar feeds, webhook payloads sent
// after, and not even a raw scan of every table), while the ledger's totals are unchanged, the
// waitlist moved up and their collectives were handed over or archived. The last coordinator is
// refused until they hand over; an admin can carry out a request, logged; two at once erase once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMemberAdmitted } from '../../src/webhooks/payloads.ts';
import { WEBHOOK_EVENT_NAMES } from '../../src/webhooks/events.ts';
import { globalId, startTestGateway, type TestGateway } from '../harness.ts';
import { admittedPerson, RICH, richHistory, type RichHistory } from './fixtures.ts';

let t: TestGateway;
let h: RichHistory;

const LEAVE = `mutation($h: String!) { leaveFederation(confirmHandle: $h) {
  __typename
  ... on ErasureSuccess { pseudonym registrationsCancelled collectivesArchived }
  ... on LastCoordinatorError { code message collectives { slug name } }
  ... on Error { code message } } }`;
const PREVIEW = `{ leavingPreview { blockingCollectives { slug } collectivesToArchive { slug } futureRegistrations ledgerEntries journalEntries } }`;
/** What someone could still learn about a person: every needle is theirs alone. */
const NEEDLES = [
  'Ondine',
  'Vasseur',
  'kerbrat',
  RICH.email,
  'typographie bretonne',
  'Peur de ne pas tenir',
  '203.0.113.7',
  'ondine.example.fr',
];

async function ledgerTotals() {
  const rows = await t.db.prisma.contributionEntry.groupBy({
    by: ['direction'],
    _sum: { weight: true },
    _count: { _all: true },
    orderBy: { direction: 'asc' },
  });
  return rows.map((r) => ({ direction: r.direction, weight: r._sum.weight, entries: r._count._all }));
}

async function get(path: string) {
  const response = await fetch(`${t.url}${path}`, { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

function expectNothingOf(text: string) {
  for (const needle of NEEDLES) expect(text.toLowerCase()).not.toContain(needle.toLowerCase());
}

beforeAll(async () => {
  t = await startTestGateway();
  h = await richHistory(t);
  // She chose to be seen by visitors, everything shown: leaving must take all of it back.
  await t.db.prisma.member.update({
    where: { id: h.rich.id },
    data: { listing: 'VISITORS', publicFields: ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'] },
  });
  await t.db.prisma.webhook.create({
    data: { url: 'https://integrateur.example/hook', secret: 'whsec', events: WEBHOOK_EVENT_NAMES },
  });
  // A delivery still waiting when she leaves quotes her name: it must not go out with it.
  await enqueueMemberAdmitted(t.db.prisma, h.rich.id);
});
afterAll(() => t?.stop());

describe('a member with a rich history leaves', () => {
  let before: Awaited<ReturnType<typeof ledgerTotals>>;
  let leftAt: Date;

  const seen: Record<string, unknown> = {};

  beforeAll(async () => {
    seen.pageBefore = (await get(`/membres/${RICH.handle}`)).status;
    before = await ledgerTotals();
    seen.preview = (await t.graphql(PREVIEW, {}, h.rich.as)).body.data.leavingPreview;
    seen.wrong = (await t.graphql(LEAVE, { h: 'quelqu-un-d-autre' }, h.rich.as)).body.data.leaveFederation;
    leftAt = new Date();
    const left = await t.graphql(LEAVE, { h: RICH.handle }, h.rich.as);
    seen.left = left.body.data.leaveFederation;
    seen.cookie = left.headers.get('set-cookie');
  });

  it('is previewed, confirmed with her handle, and done', () => {
    expect(seen.pageBefore).toBe(200);
    expect(seen.preview).toEqual({
      blockingCollectives: [],
      collectivesToArchive: [{ slug: 'atelier-solo' }],
      futureRegistrations: 1,
      ledgerEntries: 3,
      journalEntries: 1,
    });
    expect(seen.wrong).toMatchObject({ __typename: 'ConfirmationMismatchError', code: 'CONFIRMATION_MISMATCH' });
    expect(seen.left).toMatchObject({
      __typename: 'ErasureSuccess',
      registrationsCancelled: 1,
      collectivesArchived: 1,
    });
    expect(seen.cookie).toMatch(/Max-Age=0/i);
  });

  it('keeps the ledger whole: same entries, same totals, now under the pseudonym', async () => {
    expect(await ledgerTotals()).toEqual(before);
    const hers = await t.db.prisma.contributionEntry.findMany({
      where: { memberId: h.rich.id },
      select: { weight: true, member: { select: { displayName: true, status: true } } },
    });
    expect(hers).toHaveLength(3);
    expect(hers.every((e) => e.member.displayName === 'Ancien·ne membre' && e.member.status === 'LEFT')).toBe(true);
  });

  it('ends her sessions and tokens at once', async () => {
    const viewer = await t.graphql('{ viewer { id } }', {}, h.rich.as);
    expect(viewer.body.data?.viewer ?? null).toBeNull();
    expect(await t.db.prisma.session.count({ where: { memberId: h.rich.id } })).toBe(0);
    expect(await t.db.prisma.apiToken.count({ where: { ownerId: h.rich.id } })).toBe(0);
  });

  it('gives her seat to the first person waiting and cancels her registration', async () => {
    const seats = await t.db.prisma.workshopRegistration.findMany({
      where: { workshopId: h.futureWorkshop.id },
      select: { memberId: true, status: true, waitlistRank: true },
    });
    expect(seats).toEqual(
      expect.arrayContaining([
        { memberId: h.rich.id, status: 'CANCELLED', waitlistRank: null },
        { memberId: h.waiting.id, status: 'CONFIRMED', waitlistRank: null },
      ]),
    );
    const told = await t.db.prisma.notification.findMany({ where: { memberId: h.waiting.id }, select: { kind: true } });
    expect(told).toEqual([{ kind: 'workshop.promoted' }]);
  });

  it('leaves her collective to the other coordinator (told) and archives the one she was alone in', async () => {
    const collectives = await t.db.prisma.collective.findMany({
      where: { id: { in: [h.collectiveId, h.soloCollectiveId] } },
      select: { id: true, status: true },
    });
    expect(collectives.find((c) => c.id === h.collectiveId)?.status).toBe('ACTIVE');
    expect(collectives.find((c) => c.id === h.soloCollectiveId)?.status).toBe('ARCHIVED');
    const notes = await t.db.prisma.notification.findMany({
      where: { memberId: h.friend.id, kind: 'collective.member_left' },
      select: { data: true },
    });
    expect(notes).toEqual([{ data: expect.objectContaining({ memberName: 'Ancien·ne membre' }) }]);
  });

  it('answers 410 at her old public address, and shows her nowhere public', async () => {
    const page = await get(`/membres/${RICH.handle}`);
    expect(page.status).toBe(410);
    // The page names its own address (canonical link): the visitor typed it; nothing else of hers.
    expectNothingOf(page.body.replaceAll(`/membres/${RICH.handle}`, ''));
    for (const path of [
      '/sitemap.xml',
      '/annuaire',
      '/ateliers',
      `/ateliers/${h.futureWorkshop.slug}`,
      '/calendar/workshops.ics',
      `/calendar/workshops/${h.futureWorkshop.slug}.ics`,
      `/collectifs/graphistes-du-finistere`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBeLessThan(500);
      expectNothingOf(response.body);
    }
  });

  it('shows nothing of her through the API, even to the people she knew and to admins', async () => {
    const admin = await admittedPerson(t, 'admin-rgpd', { role: 'ADMIN' });
    for (const as of [{}, h.friend.as, admin.as]) {
      expect(
        (await t.graphql('query($h: String!) { member(handle: $h) { id } }', { h: RICH.handle }, as)).body.data
          ?.member ?? null,
      ).toBeNull();
      const search = await t.graphql('{ members(search: "Ondine", first: 10) { totalCount } }', {}, as);
      expect(search.body.data?.members?.totalCount ?? 0).toBe(0);
    }
    const node = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on Member { handle displayName headline bio city region canDo wishes } } }`,
      { id: globalId('Member', h.rich.id) },
      admin.as,
    );
    expectNothingOf(JSON.stringify(node.body));
  });

  it('sends no webhook payload with her data, neither waiting ones nor those made after', async () => {
    // Something that happens after she left and names members: an admission.
    const newcomer = await t.db.prisma.member.create({
      data: {
        handle: 'nouvelle-venue',
        displayName: 'Nouvelle Venue',
        email: 'nv@example.fr',
        status: 'ACTIVE',
        admittedAt: new Date(),
      },
    });
    await enqueueMemberAdmitted(t.db.prisma, newcomer.id);
    const deliveries = await t.db.prisma.webhookDelivery.findMany({ select: { payload: true, createdAt: true } });
    expect(deliveries.some((d) => d.createdAt >= leftAt)).toBe(true);
    expectNothingOf(JSON.stringify(deliveries));
  });

  it('leaves no trace of her anywhere in the database: every table scanned', async () => {
    const tables = await t.db.prisma.$queryRaw<
      { name: string }[]
    >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    expect(tables.length).toBeGreaterThan(25);
    const found: string[] = [];
    for (const { name } of tables) {
      for (const needle of NEEDLES) {
        const [row] = await t.db.prisma.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "${name}" AS r WHERE r::text ILIKE $1`,
          `%${needle}%`,
        );
        if (row!.n > 0) found.push(`${name}: ${needle}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('is logged, without her name', async () => {
    const entry = await t.db.prisma.auditLogEntry.findFirst({
      where: { action: 'privacy.member_left', targetId: h.rich.id },
    });
    expect(entry).toMatchObject({ actorId: h.rich.id, data: { registrationsCancelled: 1, collectivesArchived: 1 } });
  });

  it('cannot happen twice', async () => {
    const admin = await admittedPerson(t, 'admin-deux', { role: 'ADMIN' });
    const again = await t.graphql(
      `mutation($id: ID!) { eraseMember(memberId: $id, reason: "Deuxième demande") { __typename ... on Error { code } } }`,
      { id: globalId('Member', h.rich.id) },
      admin.as,
    );
    expect(again.body.data.eraseMember).toEqual({ __typename: 'ConflictError', code: 'CONFLICT' });
  });
});

describe('the last coordinator', () => {
  it('is refused with LAST_COORDINATOR, naming the collective, until they hand over', async () => {
    const lead = await admittedPerson(t, 'yann-coordinateur');
    const other = await admittedPerson(t, 'soazig-membre');
    const collective = await t.db.prisma.collective.create({
      data: { slug: 'cooperative-des-abers', name: 'Coopérative des Abers' },
    });
    await t.db.prisma.collectiveMembership.createMany({
      data: [
        { collectiveId: collective.id, memberId: lead.id, role: 'COORDINATOR', status: 'ACTIVE' },
        { collectiveId: collective.id, memberId: other.id, role: 'MEMBER', status: 'ACTIVE' },
      ],
    });
    const preview = (await t.graphql(PREVIEW, {}, lead.as)).body.data.leavingPreview;
    expect(preview.blockingCollectives).toEqual([{ slug: 'cooperative-des-abers' }]);
    const refused = (await t.graphql(LEAVE, { h: lead.handle }, lead.as)).body.data.leaveFederation;
    expect(refused).toMatchObject({
      __typename: 'LastCoordinatorError',
      code: 'LAST_COORDINATOR',
      collectives: [{ slug: 'cooperative-des-abers', name: 'Coopérative des Abers' }],
    });
    expect(refused.message).toContain('Coopérative des Abers');
    expect(
      await t.db.prisma.member.findUnique({ where: { id: lead.id }, select: { status: true, handle: true } }),
    ).toEqual({ status: 'ACTIVE', handle: lead.handle });

    await t.db.prisma.collectiveMembership.updateMany({
      where: { collectiveId: collective.id, memberId: other.id },
      data: { role: 'COORDINATOR' },
    });
    expect((await t.graphql(LEAVE, { h: lead.handle }, lead.as)).body.data.leaveFederation.__typename).toBe(
      'ErasureSuccess',
    );
  });
});

describe('an admin carrying out an erasure request', () => {
  it('erases the member the same way, logged with the admin and the reason', async () => {
    const admin = await admittedPerson(t, 'admin-demande', { role: 'ADMIN' });
    const member = await admittedPerson(t, 'gwenola-par-courrier');
    const erased = await t.graphql(
      `mutation($id: ID!) { eraseMember(memberId: $id, reason: "Demande reçue par courrier le 3 mars") { __typename ... on ErasureSuccess { pseudonym } } }`,
      { id: member.gid },
      admin.as,
    );
    expect(erased.body.data.eraseMember.__typename).toBe('ErasureSuccess');
    expect(
      await t.db.prisma.member.findUnique({
        where: { id: member.id },
        select: { status: true, displayName: true, email: true },
      }),
    ).toEqual({
      status: 'LEFT',
      displayName: 'Ancien·ne membre',
      email: expect.stringMatching(/@ancien-membre\.invalid$/),
    });
    const entry = await t.db.prisma.auditLogEntry.findFirst({
      where: { action: 'privacy.member_erased_by_admin', targetId: member.id },
    });
    expect(entry).toMatchObject({ actorId: admin.id, data: { reason: 'Demande reçue par courrier le 3 mars' } });
  });

  it('erases once when the member and an admin act at the same moment', async () => {
    const admin = await admittedPerson(t, 'admin-course', { role: 'ADMIN' });
    const member = await admittedPerson(t, 'loig-en-course');
    const [mine, theirs] = await Promise.all([
      t.graphql(LEAVE, { h: member.handle }, member.as),
      t.graphql(
        `mutation($id: ID!) { eraseMember(memberId: $id, reason: "Demande en double") { __typename } }`,
        { id: member.gid },
        admin.as,
      ),
    ]);
    const outcomes = [
      mine.body.data?.leaveFederation?.__typename ?? mine.body.errors?.[0]?.extensions?.code,
      theirs.body.data.eraseMember.__typename,
    ].sort();
    expect(outcomes.filter((o) => o === 'ErasureSuccess')).toHaveLength(1);
    expect(
      await t.db.prisma.auditLogEntry.count({
        where: { targetId: member.id, action: { startsWith: 'privacy.member_' } },
      }),
    ).toBe(1);
  });
});
