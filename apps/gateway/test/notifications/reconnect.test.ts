// Reconnecting to the live notifications with Last-Event-ID: every event carries an `id:` line (the
// notification's global ID), and a client that comes back with the last one it read gets what it
// missed meanwhile, in order, once, then the live ones (docs/api.md, "Live notifications").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLAY_LIMIT } from '../../src/schema/notifications/notifications.ts';
import { globalId, startTestGateway, type TestGateway } from '../harness.ts';
import { mutate } from '../opportunities/steps.ts';
import { person, type Person } from '../people.ts';
import { NOTIFICATION_ADDED, subscribe } from './sse.ts';

let t: TestGateway;
let camille: Person;
let yanis: Person;
let lea: Person;
let noah: Person;

const RECOMMEND = `mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }`;
/** One recommendation per pair: each call comes from another member. */
const recommend = async (from: Person, clientName: string) =>
  expect(
    (
      await mutate(t, from.as, RECOMMEND, {
        input: { memberId: camille.gid, clientName, note: 'Une facilitatrice attentive et rapide.' },
      })
    ).__typename,
  ).toBe('RecommendationSuccess');
/** A notification stored while the client is away (what notify() writes before it publishes). */
const storeWhileAway = (clientName: string) =>
  t.db.prisma.notification.create({
    data: { memberId: camille.id, kind: 'recommendation.received', data: { clientName } },
  });

beforeAll(async () => {
  t = await startTestGateway();
  [camille, yanis, lea, noah] = await Promise.all([
    person(t, 'camille'),
    person(t, 'yanis'),
    person(t, 'lea'),
    person(t, 'noah'),
  ]);
});
afterAll(() => t?.stop());

describe('SSE event ids and Last-Event-ID', () => {
  it('gives every event an id, and replays what a reconnecting client missed, then goes on live', async () => {
    const first = await subscribe(t.url, NOTIFICATION_ADDED, camille.as);
    await recommend(yanis, 'Avant la coupure');
    const seen = await first.next();
    expect(seen.data.notificationAdded.data).toMatchObject({ clientName: 'Avant la coupure' });
    expect(first.lastEventId).toBe(seen.data.notificationAdded.id);
    const lastEventId = first.lastEventId!;
    first.close();

    // While the client is away (a network cut, a deploy), two notifications come in.
    await storeWhileAway('Pendant la coupure 1');
    await storeWhileAway('Pendant la coupure 2');

    const again = await subscribe(t.url, NOTIFICATION_ADDED, camille.as, { lastEventId });
    expect(again.status).toBe(200);
    const missed = [await again.next(), await again.next()];
    expect(missed.map((event) => event.data.notificationAdded.data.clientName)).toEqual([
      'Pendant la coupure 1',
      'Pendant la coupure 2',
    ]);
    const stored = await t.db.prisma.notification.findMany({ where: { memberId: camille.id }, orderBy: { id: 'asc' } });
    expect(again.lastEventId).toBe(globalId('Notification', stored.at(-1)!.id));

    // Then the live ones, each once.
    await recommend(lea, 'Après la reconnexion');
    expect((await again.next()).data.notificationAdded.data.clientName).toBe('Après la reconnexion');
    // Nothing more: the replayed events do not come a second time.
    const more = again.next().catch(() => null);
    expect(await Promise.race([more, new Promise((resolve) => setTimeout(() => resolve('nothing'), 700))])).toBe(
      'nothing',
    );
    again.close();
    await more;
  });

  it('replays nothing for an unknown or malformed Last-Event-ID, and at most REPLAY_LIMIT events', async () => {
    const stream = await subscribe(t.url, NOTIFICATION_ADDED, camille.as, { lastEventId: 'not-an-id' });
    await recommend(noah, 'En direct');
    expect((await stream.next()).data.notificationAdded.data.clientName).toBe('En direct');
    stream.close();
    expect(REPLAY_LIMIT).toBe(100);
  });

  it('never replays another member’s notifications', async () => {
    const mine = await t.db.prisma.notification.findFirstOrThrow({
      where: { memberId: camille.id },
      orderBy: { id: 'asc' },
    });
    const theirs = await subscribe(t.url, NOTIFICATION_ADDED, yanis.as, {
      lastEventId: globalId('Notification', mine.id),
    });
    await mutate(t, camille.as, RECOMMEND, {
      input: { memberId: yanis.gid, clientName: 'Pour Yanis', note: 'Un développeur sérieux et drôle.' },
    });
    expect((await theirs.next()).data.notificationAdded.data.clientName).toBe('Pour Yanis');
    theirs.close();
  });
});
