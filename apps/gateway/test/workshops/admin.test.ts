// Running the calendar from the console: create, edit, publish, cancel, duplicate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startTestGateway, type TestGateway } from '../harness.ts';
import { crowd, DAY, fill, HOUR, person, registrations, result, workshop, type Person } from './fixtures.ts';

let t: TestGateway;
let admin: Person;
let facilitator: Person;
let member: Person;
let skillId: string;

beforeAll(async () => {
  t = await startTestGateway();
  admin = await person(t, 'admin', 'ADMIN');
  facilitator = await person(t, 'animatrice');
  member = await person(t, 'membre');
  skillId = (
    await t.db.prisma.skill.create({
      data: { slug: 'prospection', name: 'Prospection', nameEn: 'Prospecting', domain: 'PROSPECTING' },
    })
  ).id;
});
afterAll(() => t?.stop());

const OUTCOME = `__typename
  ... on WorkshopSuccess { workshop { id slug title status capacity place onlineUrl startsAt endsAt timeZone facilitators { handle } skills { slug } } }
  ... on Error { code message }`;
const PAYLOAD = `${OUTCOME} ... on ValidationError { fieldErrors { path message } }`;
const CREATE = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { ${PAYLOAD} } }`;
const PUBLISH = `mutation($id: ID!) { publishWorkshop(id: $id) { ${OUTCOME} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelWorkshop(id: $id, reason: $reason) { ${PAYLOAD} } }`;
const DUPLICATE = `mutation($id: ID!, $startsAt: DateTime) { duplicateWorkshop(id: $id, startsAt: $startsAt) { ${PAYLOAD} } }`;

const future = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * HOUR).toISOString();
const input = () => ({
  kind: 'ATELIER',
  title: 'Répondre à un appel d’offres à plusieurs',
  description: 'Trois heures pour **monter** une réponse commune. <img src=x onerror=alert(1)>',
  startsAt: future(10),
  endsAt: future(10, 3),
  format: 'HYBRID',
  place: 'Tiers-lieu La Fabrique, Nantes',
  onlineUrl: 'https://visio.example.org/ao',
  capacity: 12,
  facilitatorIds: [facilitator.gid],
  skillIds: [globalId('Skill', skillId)],
});

describe('createWorkshop', () => {
  it('creates a draft with a slug from its title, its facilitators and skills, and cleans the description', async () => {
    const created = result(await t.graphql(CREATE, { input: input() }, admin.as), 'createWorkshop');
    expect(created.workshop).toMatchObject({
      slug: 'repondre-a-un-appel-d-offres-a-plusieurs',
      status: 'DRAFT',
      timeZone: 'Europe/Paris',
      facilitators: [{ handle: facilitator.handle }],
      skills: [{ slug: 'prospection' }],
    });
    const row = await t.db.prisma.workshop.findUniqueOrThrow({ where: { slug: created.workshop.slug } });
    expect(row.description).not.toContain('<img');
    const again = result(await t.graphql(CREATE, { input: input() }, admin.as), 'createWorkshop');
    expect(again.workshop.slug).toBe('repondre-a-un-appel-d-offres-a-plusieurs-2');
    const audit = await t.db.prisma.auditLogEntry.findFirst({
      where: { action: 'workshop.created', targetId: row.id },
    });
    expect(audit?.actorId).toBe(admin.id);
  });

  it('lists every invalid field with its path, and writes nothing', async () => {
    const before = await t.db.prisma.workshop.count();
    const bad = {
      ...input(),
      title: ' x ',
      startsAt: future(-1),
      endsAt: future(-2),
      capacity: 0,
      timeZone: 'Mars/Olympus',
      onlineUrl: 'javascript:alert(1)',
      facilitatorIds: [member.gid, globalId('Member', '00000000-0000-0000-0000-000000000000')],
    };
    const refused = result(await t.graphql(CREATE, { input: bad }, admin.as), 'createWorkshop');
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.fieldErrors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual(
      ['input.capacity', 'input.onlineUrl', 'input.timeZone', 'input.title'].sort(),
    );
    const times = result(
      await t.graphql(CREATE, { input: { ...input(), startsAt: future(-1), endsAt: future(-2) } }, admin.as),
      'createWorkshop',
    );
    expect(times.fieldErrors.map((e: { path: string[] }) => e.path.join('.'))).toEqual([
      'input.startsAt',
      'input.endsAt',
    ]);
    const people = result(
      await t.graphql(
        CREATE,
        { input: { ...input(), facilitatorIds: [globalId('Member', '00000000-0000-0000-0000-000000000000')] } },
        admin.as,
      ),
      'createWorkshop',
    );
    expect(people.fieldErrors).toEqual([
      { path: ['input', 'facilitatorIds'], message: expect.stringContaining('active member') },
    ]);
    expect(await t.db.prisma.workshop.count()).toBe(before);
  });
});

describe('updateWorkshop', () => {
  it('lets a facilitator edit their workshop, but not the list of facilitators, and not someone else’s', async () => {
    const w = await workshop(t, { status: 'DRAFT', facilitatorIds: [facilitator.id] });
    const edited = result(
      await t.graphql(UPDATE, { id: w.gid, input: { title: 'Nouveau titre' } }, facilitator.as),
      'updateWorkshop',
    );
    expect(edited.workshop).toMatchObject({ title: 'Nouveau titre', slug: w.slug });
    const team = await t.graphql(UPDATE, { id: w.gid, input: { facilitatorIds: [member.gid] } }, facilitator.as);
    expect(team.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await t.graphql(UPDATE, { id: w.gid, input: { title: 'Piraté' } }, member.as);
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = result(
      await t.graphql(UPDATE, { id: w.gid, input: { facilitatorIds: [member.gid, facilitator.gid] } }, admin.as),
      'updateWorkshop',
    );
    expect(byAdmin.workshop.facilitators.map((f: { handle: string }) => f.handle).sort()).toEqual(
      [member.handle, facilitator.handle].sort(),
    );
  });

  it('gives new seats to the waitlist at once and refuses fewer seats than confirmed participants', async () => {
    const w = await workshop(t, { capacity: 2, facilitatorIds: [facilitator.id] });
    const people = await crowd(t, 'places', 5);
    await fill(t, w.id, people, 2);
    const fewer = result(await t.graphql(UPDATE, { id: w.gid, input: { capacity: 1 } }, admin.as), 'updateWorkshop');
    expect(fewer.fieldErrors).toEqual([
      { path: ['input', 'capacity'], message: '2 people already hold a seat: the capacity cannot go below that.' },
    ]);
    await t.graphql(UPDATE, { id: w.gid, input: { capacity: 4 } }, facilitator.as);
    const rows = await registrations(t, w.id);
    expect(rows.map((r) => [r.memberId, r.status, r.waitlistRank])).toEqual([
      ...people.slice(0, 4).map((p) => [p.id, 'CONFIRMED', null]),
      [people[4]!.id, 'WAITLISTED', 1],
    ]);
    const promoted = await t.db.prisma.notification.findMany({
      where: { kind: 'workshop.promoted', data: { path: ['workshopId'], equals: w.id } },
    });
    expect(promoted.map((n) => n.memberId).sort()).toEqual([people[2]!.id, people[3]!.id].sort());
  });

  it('tells participants when the time or place of a published workshop changes', async () => {
    const w = await workshop(t, { capacity: 1 });
    const people = await crowd(t, 'horaire', 2);
    await fill(t, w.id, people, 1);
    await t.graphql(
      UPDATE,
      { id: w.gid, input: { startsAt: future(5), endsAt: future(5, 2), place: 'Salle B' } },
      admin.as,
    );
    const told = await t.db.prisma.notification.findMany({
      where: { kind: 'workshop.updated', data: { path: ['workshopId'], equals: w.id } },
    });
    expect(told.map((n) => n.memberId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(told[0]!.data).toMatchObject({ changed: ['startsAt', 'endsAt', 'place'] });
  });

  it('keeps a published workshop complete, and a started one’s schedule fixed', async () => {
    const w = await workshop(t, { format: 'ONLINE' });
    const noLink = result(await t.graphql(UPDATE, { id: w.gid, input: { onlineUrl: '' } }, admin.as), 'updateWorkshop');
    expect(noLink.fieldErrors).toEqual([
      { path: ['input', 'onlineUrl'], message: 'An online or hybrid workshop needs a visio link.' },
    ]);
    const started = await workshop(t, { startsIn: -HOUR });
    const moved = result(
      await t.graphql(UPDATE, { id: started.gid, input: { capacity: 30 } }, admin.as),
      'updateWorkshop',
    );
    expect(moved).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('has started') });
    const retitled = result(
      await t.graphql(UPDATE, { id: started.gid, input: { title: 'Titre corrigé' } }, admin.as),
      'updateWorkshop',
    );
    expect(retitled.workshop.title).toBe('Titre corrigé');
  });
});

describe('publishWorkshop', () => {
  it('publishes a complete draft, and says what an incomplete one lacks', async () => {
    const incomplete = await workshop(t, { status: 'DRAFT', format: 'ONLINE', onlineUrl: null });
    const refused = result(await t.graphql(PUBLISH, { id: incomplete.gid }, admin.as), 'publishWorkshop');
    expect(refused).toMatchObject({
      __typename: 'ConflictError',
      message: 'Before publishing, give it at least one facilitator, a visio link (updateWorkshop).',
    });
    const ready = await workshop(t, { status: 'DRAFT', facilitatorIds: [facilitator.id] });
    expect(result(await t.graphql(PUBLISH, { id: ready.gid }, admin.as), 'publishWorkshop').workshop.status).toBe(
      'PUBLISHED',
    );
    expect(result(await t.graphql(PUBLISH, { id: ready.gid }, admin.as), 'publishWorkshop').__typename).toBe(
      'ConflictError',
    );
    expect((await t.graphql(PUBLISH, { id: ready.gid }, facilitator.as)).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('cancelWorkshop', () => {
  it('cancels every registration and notifies each participant with the reason', async () => {
    const w = await workshop(t, { capacity: 2 });
    const people = await crowd(t, 'annulation', 3);
    await fill(t, w.id, people, 2);
    const done = result(
      await t.graphql(CANCEL, { id: w.gid, reason: 'Animatrice malade, nous reprogrammons.' }, admin.as),
      'cancelWorkshop',
    );
    expect(done.workshop.status).toBe('CANCELLED');
    expect((await registrations(t, w.id)).map((r) => [r.status, r.waitlistRank])).toEqual([
      ['CANCELLED', null],
      ['CANCELLED', null],
      ['CANCELLED', null],
    ]);
    const told = await t.db.prisma.notification.findMany({
      where: { kind: 'workshop.cancelled', data: { path: ['workshopId'], equals: w.id } },
    });
    expect(told.map((n) => n.memberId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(told[0]!.data).toMatchObject({ reason: 'Animatrice malade, nous reprogrammons.', workshopSlug: w.slug });
    expect(
      result(await t.graphql(CANCEL, { id: w.gid, reason: 'Encore' }, admin.as), 'cancelWorkshop').__typename,
    ).toBe('ConflictError');
  });

  it('keeps a draft cancelled before publication private', async () => {
    const w = await workshop(t, { status: 'DRAFT' });
    expect(
      result(await t.graphql(CANCEL, { id: w.gid, reason: 'Projet abandonné' }, admin.as), 'cancelWorkshop').workshop
        .status,
    ).toBe('CANCELLED');
    const seen = await t.graphql(
      `query($slug: String!) { workshop(slug: $slug) { status } }`,
      { slug: w.slug },
      member.as,
    );
    expect(seen.body.data.workshop).toBeNull();
    expect((await fetch(`${t.url}/calendar/workshops/${w.slug}.ics`)).status).toBe(404);
  });

  it('needs a reason and refuses a workshop that has ended', async () => {
    const w = await workshop(t);
    const silent = result(await t.graphql(CANCEL, { id: w.gid, reason: ' ' }, admin.as), 'cancelWorkshop');
    expect(silent.fieldErrors).toEqual([{ path: ['reason'], message: 'Say why, in a few words.' }]);
    const over = await workshop(t, { startsIn: -DAY });
    expect(
      result(await t.graphql(CANCEL, { id: over.gid, reason: 'Trop tard' }, admin.as), 'cancelWorkshop').__typename,
    ).toBe('ConflictError');
  });
});

describe('duplicateWorkshop', () => {
  it('copies everything as a new draft with its own slug and no registrations, optionally moved', async () => {
    const w = await workshop(t, {
      capacity: 1,
      facilitatorIds: [facilitator.id],
      skillIds: [skillId],
      title: 'Atelier à dupliquer',
    });
    await fill(t, w.id, await crowd(t, 'copie', 2), 1);
    const startsAt = future(30);
    const copy = result(await t.graphql(DUPLICATE, { id: w.gid, startsAt }, admin.as), 'duplicateWorkshop').workshop;
    expect(copy).toMatchObject({
      title: 'Atelier à dupliquer',
      status: 'DRAFT',
      capacity: 1,
      place: 'Maison des associations, 12 rue de la Paix, Rennes',
      onlineUrl: 'https://visio.example.org/ekoacteurs/test',
      facilitators: [{ handle: facilitator.handle }],
      skills: [{ slug: 'prospection' }],
    });
    expect(copy.slug).not.toBe(w.slug);
    expect(new Date(copy.endsAt).getTime() - new Date(copy.startsAt).getTime()).toBe(3 * HOUR);
    expect(copy.startsAt).toBe(startsAt);
    expect(await t.db.prisma.workshopRegistration.count({ where: { workshop: { slug: copy.slug } } })).toBe(0);
    const unknown = result(
      await t.graphql(DUPLICATE, { id: globalId('Workshop', '00000000-0000-0000-0000-000000000000') }, admin.as),
      'duplicateWorkshop',
    );
    expect(unknown.__typename).toBe('NotFoundError');
  });
});
