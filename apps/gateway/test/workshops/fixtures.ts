// People and workshops for the workshop tests: exactly the rows each test asserts on.
import { createSession } from '../../src/auth/sessions.ts';
import { addMember, globalId, type As, type GraphQLResponse, type TestGateway } from '../harness.ts';

export const HOUR = 3600 * 1000;
export const DAY = 24 * HOUR;

export interface Person {
  id: string;
  handle: string;
  gid: string;
  as: As;
}

let handles = 0;

/** A member with an open browser session. */
export async function person(t: TestGateway, handle: string, role: 'MEMBER' | 'ADMIN' = 'MEMBER'): Promise<Person> {
  const row = await addMember(t, { handle: `${handle}-${++handles}`, role });
  const { secret } = await createSession(t.db.prisma, row.id, '127.0.0.1', 'test');
  return { id: row.id, handle: row.handle, gid: globalId('Member', row.id), as: { cookie: `eko_session=${secret}` } };
}

/** Many active members with sessions, created in two statements per batch. */
export async function crowd(t: TestGateway, prefix: string, count: number): Promise<Person[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    handle: `${prefix}-${i}-${++handles}`,
    displayName: `${prefix} ${i}`,
    email: `${prefix}-${i}-${handles}@example.fr`,
    status: 'ACTIVE' as const,
  }));
  const members = await t.db.prisma.member.createManyAndReturn({ data: rows, select: { id: true, handle: true } });
  const people: Person[] = [];
  for (const member of members) {
    const { secret } = await createSession(t.db.prisma, member.id, '127.0.0.1', 'test');
    people.push({
      id: member.id,
      handle: member.handle,
      gid: globalId('Member', member.id),
      as: { cookie: `eko_session=${secret}` },
    });
  }
  return people;
}

let slugs = 0;

export interface WorkshopRow {
  id: string;
  slug: string;
  gid: string;
}

/** A workshop row: published, in three days, 10 seats, online and in person, unless told otherwise. */
export async function workshop(
  t: TestGateway,
  data: {
    facilitatorIds?: string[];
    skillIds?: string[];
    status?: 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'COMPLETED';
    startsIn?: number;
    durationMs?: number;
    capacity?: number;
    kind?: 'ATELIER' | 'RENCONTRE' | 'CO_CREATION';
    format?: 'IN_PERSON' | 'ONLINE' | 'HYBRID';
    title?: string;
    onlineUrl?: string | null;
  } = {},
): Promise<WorkshopRow> {
  const startsAt = new Date(Date.now() + (data.startsIn ?? 3 * DAY));
  const slug = `atelier-test-${++slugs}-${Math.random().toString(36).slice(2, 8)}`;
  const status = data.status ?? 'PUBLISHED';
  const row = await t.db.prisma.workshop.create({
    data: {
      slug,
      kind: data.kind ?? 'ATELIER',
      title: data.title ?? `Atelier ${slugs}`,
      description: 'Un atelier pour **apprendre** ensemble.',
      startsAt,
      endsAt: new Date(startsAt.getTime() + (data.durationMs ?? 3 * HOUR)),
      format: data.format ?? 'HYBRID',
      place: 'Maison des associations, 12 rue de la Paix, Rennes',
      onlineUrl: data.onlineUrl === undefined ? 'https://visio.example.org/ekoacteurs/test' : data.onlineUrl,
      capacity: data.capacity ?? 10,
      status,
      publishedAt: status === 'DRAFT' ? null : new Date(Date.now() - DAY),
      facilitators: { create: (data.facilitatorIds ?? []).map((memberId) => ({ memberId })) },
      skills: { create: (data.skillIds ?? []).map((skillId) => ({ skillId })) },
    },
  });
  return { id: row.id, slug, gid: globalId('Workshop', row.id) };
}

/** Seats taken directly in the database, in order: the first `capacity` confirmed, the rest waiting. */
export async function fill(t: TestGateway, workshopId: string, people: Person[], capacity: number) {
  let rank = 0;
  for (const [i, p] of people.entries()) {
    const confirmed = i < capacity;
    await t.db.prisma.workshopRegistration.create({
      data: {
        workshopId,
        memberId: p.id,
        status: confirmed ? 'CONFIRMED' : 'WAITLISTED',
        waitlistRank: confirmed ? null : ++rank,
        confirmedAt: confirmed ? new Date() : null,
        registeredAt: new Date(Date.now() - (people.length - i) * 1000),
      },
    });
  }
}

export const REGISTER = `mutation($id: ID!) {
  registerForWorkshop(workshopId: $id) {
    __typename
    ... on RegistrationSuccess { registration { status waitlistPosition } }
    ... on Error { code message }
  }
}`;

export const CANCEL = `mutation($id: ID!) {
  cancelRegistration(workshopId: $id) {
    __typename
    ... on RegistrationSuccess { registration { status waitlistPosition } }
    ... on Error { code message }
  }
}`;

/** The mutation's result, failing loudly on request-level errors. */
export function result(response: GraphQLResponse, field: string) {
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data[field];
}

/** Registrations of a workshop as the database has them, in waitlist order. */
export async function registrations(t: TestGateway, workshopId: string) {
  return t.db.prisma.workshopRegistration.findMany({
    where: { workshopId },
    orderBy: [{ status: 'asc' }, { waitlistRank: 'asc' }, { registeredAt: 'asc' }],
    select: { memberId: true, status: true, waitlistRank: true, registeredAt: true, confirmedAt: true },
  });
}
