// No overbooking: many members register or cancel at the same instant, over real HTTP requests.
// The workshop's row lock serialises them; the seats, the waitlist positions and the promotions
// must come out exactly as if they had queued one by one.
import { testPostgresUrl } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { CANCEL, crowd, fill, REGISTER, registrations, result, workshop, type Person } from './fixtures.ts';

const postgres = Boolean(testPostgresUrl());
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.stop());

/** Fires every registration at once and checks seats, positions and their order. */
async function registerAllAtOnce(people: Person[], capacity: number) {
  const w = await workshop(t, { capacity });
  const answers = await Promise.all(people.map((p) => t.graphql(REGISTER, { id: w.gid }, p.as)));
  const results = answers.map((answer) => result(answer, 'registerForWorkshop'));
  expect(results.every((r) => r.__typename === 'RegistrationSuccess')).toBe(true);

  const rows = await registrations(t, w.id);
  const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
  const waiting = rows.filter((r) => r.status === 'WAITLISTED');
  expect(confirmed).toHaveLength(capacity);
  expect(waiting.map((r) => r.waitlistRank)).toEqual(Array.from({ length: people.length - capacity }, (_, i) => i + 1));
  // registeredAt is taken once the lock is held: seats and positions follow the commit order.
  const lastSeat = Math.max(...confirmed.map((r) => r.registeredAt.getTime()));
  expect(waiting.every((r) => r.registeredAt.getTime() >= lastSeat)).toBe(true);
  const times = waiting.map((r) => r.registeredAt.getTime());
  expect(times).toEqual([...times].sort((a, b) => a - b));
  // Each member was told what the database holds.
  const byMember = new Map(rows.map((r) => [r.memberId, r]));
  people.forEach((p, i) => {
    expect(results[i].registration).toEqual({
      status: byMember.get(p.id)!.status,
      waitlistPosition: byMember.get(p.id)!.waitlistRank,
    });
  });
  return { confirmed: confirmed.length, waiting: waiting.length };
}

/** The confirmed members all cancel at once: the first ones waiting get their seats, once each. */
async function cancelAllAtOnce(seats: number, waiting: number) {
  const w = await workshop(t, { capacity: seats });
  const people = await crowd(t, 'annule', seats + waiting);
  await fill(t, w.id, people, seats);
  const leaving = people.slice(0, seats);
  const answers = await Promise.all(leaving.map((p) => t.graphql(CANCEL, { id: w.gid }, p.as)));
  expect(answers.map((a) => result(a, 'cancelRegistration').registration.status)).toEqual(
    leaving.map(() => 'CANCELLED'),
  );

  const rows = await registrations(t, w.id);
  const promotedIds = people.slice(seats, 2 * seats).map((p) => p.id);
  expect(
    rows
      .filter((r) => r.status === 'CONFIRMED')
      .map((r) => r.memberId)
      .sort(),
  ).toEqual([...promotedIds].sort());
  expect(rows.filter((r) => r.status === 'WAITLISTED').map((r) => [r.memberId, r.waitlistRank])).toEqual(
    people.slice(2 * seats).map((p, i) => [p.id, i + 1]),
  );
  const told = await t.db.prisma.notification.findMany({
    where: { kind: 'workshop.promoted', data: { path: ['workshopId'], equals: w.id } },
  });
  expect(told.map((n) => n.memberId).sort()).toEqual([...promotedIds].sort());
  return { promoted: told.length };
}

describe('concurrent registrations', () => {
  it.skipIf(!postgres)(
    '100 members at once for 10 seats: exactly 10 confirmed, 90 waiting in positions 1..90 (needs TEST_DATABASE_URL: PostgreSQL, as in CI)',
    async () => {
      expect(await registerAllAtOnce(await crowd(t, 'course', 100), 10)).toEqual({ confirmed: 10, waiting: 90 });
    },
  );

  it('20 members at once for 5 seats: exactly 5 confirmed, 15 waiting in positions 1..15', async () => {
    expect(await registerAllAtOnce(await crowd(t, 'petite-course', 20), 5)).toEqual({ confirmed: 5, waiting: 15 });
  });
});

describe('concurrent cancellations', () => {
  it.skipIf(!postgres)(
    '10 confirmed members cancel at once: the first 10 waiting are promoted, each once (needs TEST_DATABASE_URL)',
    async () => {
      expect(await cancelAllAtOnce(10, 30)).toEqual({ promoted: 10 });
    },
  );

  it('4 confirmed members cancel at once: the first 4 waiting are promoted, each once', async () => {
    expect(await cancelAllAtOnce(4, 6)).toEqual({ promoted: 4 });
  });

  it('cancellations on both sides of the waitlist at once keep every seat filled and positions without gaps', async () => {
    const w = await workshop(t, { capacity: 5 });
    const people = await crowd(t, 'melange', 15);
    await fill(t, w.id, people, 5);
    // Two confirmed and three waiting (positions 1, 4 and 7) leave together.
    const leaving = [people[0]!, people[3]!, people[5]!, people[8]!, people[11]!];
    await Promise.all(leaving.map((p) => t.graphql(CANCEL, { id: w.gid }, p.as)));
    const rows = await registrations(t, w.id);
    const staying = people.filter((p) => !leaving.includes(p));
    expect(
      rows
        .filter((r) => r.status === 'CANCELLED')
        .map((r) => r.memberId)
        .sort(),
    ).toEqual(leaving.map((p) => p.id).sort());
    // Whatever the interleaving, the seats go to those who came first, and the rest queue in order.
    expect(
      rows
        .filter((r) => r.status === 'CONFIRMED')
        .map((r) => r.memberId)
        .sort(),
    ).toEqual(
      staying
        .slice(0, 5)
        .map((p) => p.id)
        .sort(),
    );
    expect(rows.filter((r) => r.status === 'WAITLISTED').map((r) => [r.memberId, r.waitlistRank])).toEqual(
      staying.slice(5).map((p, i) => [p.id, i + 1]),
    );
    const told = await t.db.prisma.notification.findMany({
      where: { kind: 'workshop.promoted', data: { path: ['workshopId'], equals: w.id } },
    });
    const promoted = told.map((n) => n.memberId);
    expect(new Set(promoted).size).toBe(promoted.length);
    expect(promoted.filter((id) => staying.some((p) => p.id === id)).sort()).toEqual(
      staying
        .slice(3, 5)
        .map((p) => p.id)
        .sort(),
    );
  });
});
