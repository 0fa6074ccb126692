// The viewer's notifications: the list with its unread count, marking read, and the live
// subscription on one gateway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, readNode, startTestGateway, statementsOf, type TestGateway } from '../harness.ts';
import { camilleYanisAndAdmin, mutate } from '../opportunities/steps.ts';
import { person, tokenFor, type Person } from '../people.ts';
import { NOTIFICATION_ADDED, subscribe } from './sse.ts';

let t: TestGateway;
let camille: Person;
let yanis: Person;
let admin: Person;

const LIST = `query($first: Int, $unreadOnly: Boolean) {
  viewer { notifications(first: $first, unreadOnly: $unreadOnly) { totalCount unreadCount edges { node { id kind data read readAt } } } }
}`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { __typename ... on MarkNotificationsReadSuccess { markedCount unreadCount } ... on ValidationError { fieldErrors { path } } } }`;
const MARK_ALL = `mutation { markAllNotificationsRead { __typename ... on MarkNotificationsReadSuccess { markedCount unreadCount } } }`;
const RECOMMEND = `mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }`;

beforeAll(async () => {
  t = await startTestGateway();
  ({ camille, yanis, admin } = await camilleYanisAndAdmin(t));
  for (const [i, kind] of ['opportunity.team_joined', 'recommendation.received', 'contribution.corrected'].entries()) {
    await t.db.prisma.notification.create({ data: { memberId: camille.id, kind, data: { n: i } } });
  }
  await t.db.prisma.notification.create({ data: { memberId: yanis.id, kind: 'opportunity.not_retained', data: {} } });
});
afterAll(() => t?.stop());

const list = async (who: Person, variables: Record<string, unknown> = {}) => {
  const { body } = await t.graphql(LIST, { first: 10, ...variables }, who.as);
  expect(body.errors).toBeUndefined();
  return body.data.viewer.notifications;
};

describe('the list', () => {
  it('shows the viewer’s own notifications, newest first, with the unread count', async () => {
    const page = await list(camille);
    expect(page.totalCount).toBe(3);
    expect(page.unreadCount).toBe(3);
    expect(page.edges.map((e: any) => [e.node.kind, e.node.data, e.node.read])).toEqual([
      ['contribution.corrected', { n: 2 }, false],
      ['recommendation.received', { n: 1 }, false],
      ['opportunity.team_joined', { n: 0 }, false],
    ]);
  });

  it('is personal: not even an admin reads another member’s notifications', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Member { notifications(first: 5) { totalCount } } } }`;
    expect((await t.graphql(query, { id: camille.gid }, admin.as)).body.data.node).toEqual({ notifications: null });
    const own = await t.db.prisma.notification.findFirstOrThrow({ where: { memberId: yanis.id } });
    expect(await readNode(t, globalId('Notification', own.id), camille.as)).toEqual({ data: { node: null } });
  });

  it('reads a page with a fixed number of SQL statements', async () => {
    const count = (first: number) => statementsOf(t, () => list(camille, { first }));
    expect(await count(1)).toBe(await count(10));
    // The session with its member; the viewer with the page and its count; the unread count (relation joins; before: 5).
    expect(await count(10)).toBe(3);
  });
});

describe('marking read', () => {
  it('marks the listed ones, leaves others’ alone, and says how many remain', async () => {
    const [newest, second] = (await list(camille)).edges.map((e: any) => e.node.id);
    const others = await t.db.prisma.notification.findFirstOrThrow({ where: { memberId: yanis.id } });
    const result = await mutate(t, camille.as, MARK, {
      ids: [newest, globalId('Notification', others.id), globalId('Notification', 'nope')],
    });
    expect(result).toEqual({ __typename: 'MarkNotificationsReadSuccess', markedCount: 1, unreadCount: 2 });
    expect((await t.db.prisma.notification.findUniqueOrThrow({ where: { id: others.id } })).readAt).toBeNull();
    // Marking again is harmless.
    expect(await mutate(t, camille.as, MARK, { ids: [newest, second] })).toMatchObject({
      markedCount: 1,
      unreadCount: 1,
    });
    const unread = await list(camille, { unreadOnly: true });
    expect(unread.edges.map((e: any) => e.node.kind)).toEqual(['opportunity.team_joined']);
    expect((await list(camille)).edges[0].node.readAt).toEqual(expect.any(String));
  });

  it('marks everything read at once', async () => {
    expect(await mutate(t, camille.as, MARK_ALL)).toEqual({
      __typename: 'MarkNotificationsReadSuccess',
      markedCount: 1,
      unreadCount: 0,
    });
    expect((await list(yanis)).unreadCount).toBe(1);
  });

  it('refuses an empty or oversized list', async () => {
    expect(await mutate(t, camille.as, MARK, { ids: [] })).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['ids'] }],
    });
    const many = Array.from({ length: 101 }, () => globalId('Notification', '00000000-0000-7000-8000-000000000000'));
    expect((await mutate(t, camille.as, MARK, { ids: many })).__typename).toBe('ValidationError');
  });
});

describe('live notifications', () => {
  it('pushes a new notification to its member’s open subscription, and to no one else', async () => {
    const mine = await subscribe(t.url, NOTIFICATION_ADDED, camille.as);
    const theirs = await subscribe(t.url, NOTIFICATION_ADDED, await tokenFor(t, yanis, ['read:network']));
    expect(mine.status).toBe(200);
    await mutate(t, yanis.as, RECOMMEND, {
      input: { memberId: camille.gid, clientName: 'Librairie Dialogues', note: 'Une graphiste attentive et rapide.' },
    });
    const event = await mine.next();
    expect(event.data.notificationAdded).toMatchObject({ kind: 'recommendation.received', read: false });
    expect(event.data.notificationAdded.data).toMatchObject({
      memberHandle: 'yanis',
      clientName: 'Librairie Dialogues',
    });
    const stored = await t.db.prisma.notification.findFirstOrThrow({
      where: { memberId: camille.id },
      orderBy: { id: 'desc' },
    });
    expect(event.data.notificationAdded.id).toBe(globalId('Notification', stored.id));
    // Yanis's stream carries his own next notification, not Camille's.
    await mutate(t, camille.as, RECOMMEND, {
      input: { memberId: yanis.gid, clientName: 'Librairie Dialogues', note: 'Un développeur sérieux et drôle.' },
    });
    expect((await theirs.next()).data.notificationAdded.data).toMatchObject({ memberHandle: 'camille' });
    mine.close();
    theirs.close();
  });

  it('refuses visitors and members who are not active', async () => {
    const anonymous = await subscribe(t.url, NOTIFICATION_ADDED);
    expect((await anonymous.next()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    anonymous.close();
    const suspended = await person(t, 'suspendue', { status: 'SUSPENDED' });
    const refused = await subscribe(t.url, NOTIFICATION_ADDED, suspended.as);
    expect((await refused.next()).errors[0].extensions.code).toBe('FORBIDDEN');
    refused.close();
  });
});
