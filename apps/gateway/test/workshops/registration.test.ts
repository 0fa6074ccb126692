// Registering, the waitlist and its automatic promotion, as members see them through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { startTestGateway, type TestGateway } from '../harness.ts';
import {
  CANCEL,
  crowd,
  DAY,
  fill,
  person,
  REGISTER,
  registrations,
  result,
  workshop,
  type Person,
} from './fixtures.ts';

let t: TestGateway;
let facilitator: Person;

beforeAll(async () => {
  t = await startTestGateway();
  facilitator = await person(t, 'animatrice');
});
afterAll(() => t?.stop());

describe('registerForWorkshop', () => {
  it('confirms while seats remain, then puts people on the waitlist in order', async () => {
    const w = await workshop(t, { capacity: 2, facilitatorIds: [facilitator.id] });
    const people = await crowd(t, 'inscrit', 4);
    const answers = [];
    for (const p of people) answers.push(result(await t.graphql(REGISTER, { id: w.gid }, p.as), 'registerForWorkshop'));
    expect(answers.map((a) => a.registration)).toEqual([
      { status: 'CONFIRMED', waitlistPosition: null },
      { status: 'CONFIRMED', waitlistPosition: null },
      { status: 'WAITLISTED', waitlistPosition: 1 },
      { status: 'WAITLISTED', waitlistPosition: 2 },
    ]);
    const kinds = await t.db.prisma.notification.findMany({
      where: { memberId: { in: people.map((p) => p.id) } },
      orderBy: { createdAt: 'asc' },
    });
    expect(kinds.map((n) => n.kind)).toEqual([
      'workshop.registered',
      'workshop.registered',
      'workshop.waitlisted',
      'workshop.waitlisted',
    ]);
    expect(kinds[3]!.data).toMatchObject({ workshopSlug: w.slug, waitlistRank: 2 });
  });

  it('shows the member their own registration, seats left and counts on the workshop', async () => {
    const w = await workshop(t, { capacity: 1 });
    const [first, second] = await crowd(t, 'vue', 2);
    await t.graphql(REGISTER, { id: w.gid }, first!.as);
    await t.graphql(REGISTER, { id: w.gid }, second!.as);
    const query = `query($slug: String!) { workshop(slug: $slug) { seatsLeft confirmedCount waitlistCount viewerRegistration { status waitlistPosition } } }`;
    const seen = await t.graphql(query, { slug: w.slug }, second!.as);
    expect(seen.body.data.workshop).toEqual({
      seatsLeft: 0,
      confirmedCount: 1,
      waitlistCount: 1,
      viewerRegistration: { status: 'WAITLISTED', waitlistPosition: 1 },
    });
    const anonymous = await t.graphql(query, { slug: w.slug });
    expect(anonymous.body.data.workshop.viewerRegistration).toBeNull();
  });

  it('refuses a second registration, a facilitator, a started, cancelled or draft workshop, with an actionable message', async () => {
    const member = await person(t, 'refus');
    const open = await workshop(t, { facilitatorIds: [facilitator.id] });
    await t.graphql(REGISTER, { id: open.gid }, member.as);
    const again = result(await t.graphql(REGISTER, { id: open.gid }, member.as), 'registerForWorkshop');
    expect(again).toMatchObject({
      __typename: 'ConflictError',
      message: 'You are already registered for this workshop.',
    });
    const own = result(await t.graphql(REGISTER, { id: open.gid }, facilitator.as), 'registerForWorkshop');
    expect(own).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('You facilitate this workshop'),
    });

    const started = await workshop(t, { startsIn: -3600_000 });
    expect(result(await t.graphql(REGISTER, { id: started.gid }, member.as), 'registerForWorkshop')).toMatchObject({
      __typename: 'ConflictError',
      message: 'This workshop has already started: registrations are closed.',
    });
    const cancelled = await workshop(t, { status: 'CANCELLED' });
    expect(result(await t.graphql(REGISTER, { id: cancelled.gid }, member.as), 'registerForWorkshop')).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('cancelled'),
    });
    // A draft does not exist for a member who does not facilitate it.
    const draft = await workshop(t, { status: 'DRAFT' });
    expect(result(await t.graphql(REGISTER, { id: draft.gid }, member.as), 'registerForWorkshop').__typename).toBe(
      'NotFoundError',
    );
    const admin = await person(t, 'admin-brouillon', 'ADMIN');
    expect(result(await t.graphql(REGISTER, { id: draft.gid }, admin.as), 'registerForWorkshop')).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('still a draft'),
    });
    expect(
      result(await t.graphql(REGISTER, { id: 'V29ya3Nob3A6bm9wZQ==' }, member.as), 'registerForWorkshop').__typename,
    ).toBe('NotFoundError');
  });

  it('works with a personal token that may write workshops, and says which scope a token lacks', async () => {
    const member = await person(t, 'jeton');
    const w = await workshop(t);
    const { secret } = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: member.id,
      name: 'agenda',
      scopes: ['write:workshops'],
      expiresAt: null,
    });
    const answer = result(await t.graphql(REGISTER, { id: w.gid }, { token: secret }), 'registerForWorkshop');
    expect(answer.registration).toEqual({ status: 'CONFIRMED', waitlistPosition: null });
    const reader = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: member.id,
      name: 'lecture',
      scopes: ['read:network'],
      expiresAt: null,
    });
    const refused = await t.graphql(REGISTER, { id: w.gid }, { token: reader.secret });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');
    expect(refused.body.errors?.[0]?.message).toContain('write:workshops');
  });
});

describe('cancelRegistration', () => {
  it('frees the seat for the first person waiting, who is notified, and moves the others up', async () => {
    const w = await workshop(t, { capacity: 2 });
    const people = await crowd(t, 'file', 5);
    await fill(t, w.id, people, 2);
    const cancelled = result(await t.graphql(CANCEL, { id: w.gid }, people[0]!.as), 'cancelRegistration');
    expect(cancelled.registration).toEqual({ status: 'CANCELLED', waitlistPosition: null });
    const rows = await registrations(t, w.id);
    expect(rows.map((r) => [r.memberId, r.status, r.waitlistRank])).toEqual([
      [people[1]!.id, 'CONFIRMED', null],
      [people[2]!.id, 'CONFIRMED', null],
      [people[3]!.id, 'WAITLISTED', 1],
      [people[4]!.id, 'WAITLISTED', 2],
      [people[0]!.id, 'CANCELLED', null],
    ]);
    const promoted = await t.db.prisma.notification.findMany({
      where: { kind: 'workshop.promoted', memberId: { in: people.map((p) => p.id) } },
    });
    expect(promoted.map((n) => n.memberId)).toEqual([people[2]!.id]);
    expect(promoted[0]!.data).toMatchObject({ workshopId: w.id, workshopSlug: w.slug });
  });

  it('leaving the waitlist moves those behind up without promoting anyone', async () => {
    const w = await workshop(t, { capacity: 1 });
    const people = await crowd(t, 'attente', 4);
    await fill(t, w.id, people, 1);
    await t.graphql(CANCEL, { id: w.gid }, people[1]!.as);
    const rows = await registrations(t, w.id);
    expect(rows.map((r) => [r.memberId, r.status, r.waitlistRank])).toEqual([
      [people[0]!.id, 'CONFIRMED', null],
      [people[2]!.id, 'WAITLISTED', 1],
      [people[3]!.id, 'WAITLISTED', 2],
      [people[1]!.id, 'CANCELLED', null],
    ]);
  });

  it('lets a member register again after cancelling, at the end of the queue when full', async () => {
    const w = await workshop(t, { capacity: 1 });
    const [first, second] = await crowd(t, 'retour', 2);
    await t.graphql(REGISTER, { id: w.gid }, first!.as);
    await t.graphql(CANCEL, { id: w.gid }, first!.as);
    await t.graphql(REGISTER, { id: w.gid }, second!.as);
    const back = result(await t.graphql(REGISTER, { id: w.gid }, first!.as), 'registerForWorkshop');
    expect(back.registration).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
  });

  it('refuses when not registered, and once the workshop has started', async () => {
    const member = await person(t, 'pas-inscrit');
    const w = await workshop(t);
    expect(result(await t.graphql(CANCEL, { id: w.gid }, member.as), 'cancelRegistration')).toMatchObject({
      __typename: 'ConflictError',
      message: 'You are not registered for this workshop.',
    });
    const started = await workshop(t, { startsIn: -DAY / 24 });
    await fill(t, started.id, [member], 1);
    expect(result(await t.graphql(CANCEL, { id: started.gid }, member.as), 'cancelRegistration')).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('already started'),
    });
  });
});

describe('Member.workshopRegistrations', () => {
  it('lists a member’s own registrations, private to them and admins', async () => {
    const member = await person(t, 'agenda');
    const other = await person(t, 'curieux');
    const w = await workshop(t);
    await t.graphql(REGISTER, { id: w.gid }, member.as);
    const query = `query { viewer { workshopRegistrations(first: 5) { totalCount edges { node { status workshop { slug } } } } } }`;
    const own = await t.graphql(query, {}, member.as);
    expect(own.body.data.viewer.workshopRegistrations).toEqual({
      totalCount: 1,
      edges: [{ node: { status: 'CONFIRMED', workshop: { slug: w.slug } } }],
    });
    const peek = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on Member { workshopRegistrations(first: 5) { totalCount } } } }`,
      { id: member.gid },
      other.as,
    );
    expect(peek.body.data.node.workshopRegistrations).toBeNull();
  });
});
