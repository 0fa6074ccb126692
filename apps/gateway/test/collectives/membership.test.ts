// Joining and leaving: invitations, join requests, roles and responsibilities, the last coordinator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';
import {
  ACCEPT_INVITATION,
  bringIn,
  createCollective,
  deniedCode,
  failure,
  invite,
  INVITE,
  notificationsOf,
  onPostgres,
  payload,
  type CollectiveRef,
} from './setup.ts';

let t: TestGateway;
let coordinator: Person;
let collective: CollectiveRef;

const REQUEST = `mutation($c: ID!, $accept: Boolean!, $message: String) {
  requestToJoinCollective(collectiveId: $c, acceptCharter: $accept, message: $message) {
    __typename ... on CollectiveMembershipSuccess { membership { id status } } ... on Error { message } ... on ValidationError { fieldErrors { path } }
  }
}`;
const ACCEPT_REQUEST = `mutation($id: ID!) { acceptJoinRequest(id: $id) { __typename ... on CollectiveMembershipSuccess { membership { status joinedAt } } ... on Error { message } } }`;
const DECLINE_REQUEST = `mutation($id: ID!, $message: String) { declineJoinRequest(id: $id, message: $message) { __typename ... on Error { message } } }`;
const DECLINE_INVITATION = `mutation($id: ID!) { declineCollectiveInvitation(id: $id) { __typename ... on Error { message } } }`;
const LEAVE = `mutation($c: ID!, $next: ID) {
  leaveCollective(collectiveId: $c, newCoordinatorId: $next) { __typename ... on Error { message } ... on ValidationError { fieldErrors { path message } } }
}`;
const UPDATE = `mutation($id: ID!, $role: CollectiveRole, $responsibilities: String) {
  updateCollectiveMembership(id: $id, role: $role, responsibilities: $responsibilities) {
    __typename ... on CollectiveMembershipSuccess { membership { role responsibilities } } ... on Error { message }
  }
}`;

beforeAll(async () => {
  t = await startTestGateway();
  coordinator = await person(t, 'lea-coordinatrice');
  collective = await createCollective(t, coordinator.as, {
    name: 'Les Bâtisseurs',
    charter: ['On se dit les choses.'],
  });
});
afterAll(() => t?.stop());

async function statusOf(who: Person) {
  return (
    (await t.db.prisma.collectiveMembership.findFirst({ where: { collectiveId: collective.id, memberId: who.id } }))
      ?.status ?? null
  );
}

describe('invitations', () => {
  it('invites, notifies the invitee, who accepts with the charter; the coordinators are notified', async () => {
    const hugo = await person(t, 'hugo-invite');
    const { membership } = payload(
      await t.graphql(INVITE, { c: collective.gid, m: hugo.gid, message: 'Rejoins-nous !' }, coordinator.as),
      'inviteToCollective',
      'CollectiveMembershipSuccess',
    );
    expect(membership.status).toBe('INVITED');
    const [invitation] = await notificationsOf(t, hugo, 'collective.invited');
    expect(invitation?.data).toMatchObject({
      slug: collective.slug,
      name: 'Les Bâtisseurs',
      invitedBy: 'lea coordinatrice',
      message: 'Rejoins-nous !',
    });

    const pending = await t.graphql(
      `{ viewer { pendingCollectiveMemberships { status collective { slug } } } }`,
      {},
      hugo.as,
    );
    expect(pending.body.data.viewer.pendingCollectiveMemberships).toEqual([
      { status: 'INVITED', collective: { slug: collective.slug } },
    ]);

    const refused = failure(
      await t.graphql(ACCEPT_INVITATION, { id: membership.id, accept: false }, hugo.as),
      'acceptCollectiveInvitation',
    );
    expect(refused.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['acceptCharter']);
    const accepted = payload(
      await t.graphql(ACCEPT_INVITATION, { id: membership.id, accept: true }, hugo.as),
      'acceptCollectiveInvitation',
      'CollectiveMembershipSuccess',
    );
    expect(accepted.membership).toMatchObject({ status: 'ACTIVE' });
    expect(accepted.membership.joinedAt).not.toBeNull();
    expect(accepted.membership.charterAcceptedAt).not.toBeNull();
    expect(
      (await notificationsOf(t, coordinator, 'collective.invitation_accepted')).map(
        (n) => (n.data as { memberName: string }).memberName,
      ),
    ).toContain('hugo invite');
  });

  it('lets only the invitee answer; accepting twice is a conflict', async () => {
    const ana = await person(t, 'ana-invitee');
    const id = await invite(t, coordinator, collective, ana);
    expect(deniedCode(await t.graphql(ACCEPT_INVITATION, { id, accept: true }, coordinator.as))).toBe('FORBIDDEN');
    payload(
      await t.graphql(ACCEPT_INVITATION, { id, accept: true }, ana.as),
      'acceptCollectiveInvitation',
      'CollectiveMembershipSuccess',
    );
    expect(
      failure(await t.graphql(ACCEPT_INVITATION, { id, accept: true }, ana.as), 'acceptCollectiveInvitation')
        .__typename,
    ).toBe('ConflictError');
  });

  it('declines: the invitation is withdrawn, the coordinators notified, and a new one can be sent', async () => {
    const bruno = await person(t, 'bruno-decline');
    const id = await invite(t, coordinator, collective, bruno);
    payload(await t.graphql(DECLINE_INVITATION, { id }, bruno.as), 'declineCollectiveInvitation', 'CollectiveSuccess');
    expect(await statusOf(bruno)).toBeNull();
    expect(await notificationsOf(t, coordinator, 'collective.invitation_declined')).toHaveLength(1);
    await invite(t, coordinator, collective, bruno);
    expect(await statusOf(bruno)).toBe('INVITED');
  });

  it('refuses to invite a member twice, an existing member, or someone not active in the federation', async () => {
    const chloe = await person(t, 'chloe-deux-fois');
    await invite(t, coordinator, collective, chloe);
    expect(
      failure(await t.graphql(INVITE, { c: collective.gid, m: chloe.gid }, coordinator.as), 'inviteToCollective')
        .__typename,
    ).toBe('ConflictError');
    expect(
      failure(await t.graphql(INVITE, { c: collective.gid, m: coordinator.gid }, coordinator.as), 'inviteToCollective')
        .__typename,
    ).toBe('ConflictError');
    const applicant = await person(t, 'candidat', { status: 'APPLICANT' });
    expect(
      failure(await t.graphql(INVITE, { c: collective.gid, m: applicant.gid }, coordinator.as), 'inviteToCollective')
        .__typename,
    ).toBe('NotFoundError');
  });

  it('is for coordinators only', async () => {
    const plain = await person(t, 'simple-membre');
    await bringIn(t, coordinator, collective, plain);
    const target = await person(t, 'cible');
    expect(deniedCode(await t.graphql(INVITE, { c: collective.gid, m: target.gid }, plain.as))).toBe('FORBIDDEN');
    expect(await statusOf(target)).toBeNull();
  });
});

describe('join requests', () => {
  it('asks with the charter accepted; a coordinator accepts; both sides are notified', async () => {
    const jade = await person(t, 'jade-demande');
    const noCharter = failure(
      await t.graphql(REQUEST, { c: collective.gid, accept: false }, jade.as),
      'requestToJoinCollective',
    );
    expect(noCharter.__typename).toBe('ValidationError');
    const { membership } = payload(
      await t.graphql(REQUEST, { c: collective.gid, accept: true, message: 'Je suis photographe.' }, jade.as),
      'requestToJoinCollective',
      'CollectiveMembershipSuccess',
    );
    expect(membership.status).toBe('REQUESTED');
    const [asked] = await notificationsOf(t, coordinator, 'collective.join_requested');
    expect(asked?.data).toMatchObject({ memberName: 'jade demande', message: 'Je suis photographe.' });
    expect(
      failure(await t.graphql(REQUEST, { c: collective.gid, accept: true }, jade.as), 'requestToJoinCollective')
        .__typename,
    ).toBe('ConflictError');

    expect(deniedCode(await t.graphql(ACCEPT_REQUEST, { id: membership.id }, jade.as))).toBe('FORBIDDEN');
    const accepted = payload(
      await t.graphql(ACCEPT_REQUEST, { id: membership.id }, coordinator.as),
      'acceptJoinRequest',
      'CollectiveMembershipSuccess',
    );
    expect(accepted.membership.status).toBe('ACTIVE');
    expect(await notificationsOf(t, jade, 'collective.join_accepted')).toHaveLength(1);
  });

  it('declines with a message the requester receives', async () => {
    const leo = await person(t, 'leo-refuse');
    const { membership } = payload(
      await t.graphql(REQUEST, { c: collective.gid, accept: true }, leo.as),
      'requestToJoinCollective',
      'CollectiveMembershipSuccess',
    );
    payload(
      await t.graphql(DECLINE_REQUEST, { id: membership.id, message: 'Pas de place pour l’instant.' }, coordinator.as),
      'declineJoinRequest',
      'CollectiveSuccess',
    );
    expect(await statusOf(leo)).toBeNull();
    const [declined] = await notificationsOf(t, leo, 'collective.join_declined');
    expect(declined?.data).toMatchObject({ message: 'Pas de place pour l’instant.' });
  });

  it('shows pending requests to the collective’s members, not to outsiders', async () => {
    const mia = await person(t, 'mia-attend');
    await t.graphql(REQUEST, { c: collective.gid, accept: true }, mia.as);
    const query = `query($slug: String!) { collective(slug: $slug) { memberships(statuses: [REQUESTED]) { totalCount edges { node { member { handle } } } } } }`;
    const inside = await t.graphql(query, { slug: collective.slug }, coordinator.as);
    expect(inside.body.data.collective.memberships.edges.map((e: any) => e.node.member.handle)).toContain('mia-attend');
    const outside = await t.graphql(query, { slug: collective.slug }, (await person(t, 'curieux')).as);
    expect(outside.body.data.collective.memberships).toBeNull();
  });
});

describe('roles, responsibilities and leaving', () => {
  it('lets a coordinator set roles and written responsibilities; the member is notified', async () => {
    const sam = await person(t, 'sam-role');
    const id = await bringIn(t, coordinator, collective, sam);
    const updated = payload(
      await t.graphql(
        UPDATE,
        { id, role: 'COORDINATOR', responsibilities: 'Suit les devis et la caisse commune.' },
        coordinator.as,
      ),
      'updateCollectiveMembership',
      'CollectiveMembershipSuccess',
    );
    expect(updated.membership).toEqual({
      role: 'COORDINATOR',
      responsibilities: 'Suit les devis et la caisse commune.',
    });
    expect(await notificationsOf(t, sam, 'collective.membership_updated')).toHaveLength(1);
    // Now a coordinator, Sam may manage the collective.
    const newcomer = await person(t, 'nouvelle');
    payload(
      await t.graphql(INVITE, { c: collective.gid, m: newcomer.gid }, sam.as),
      'inviteToCollective',
      'CollectiveMembershipSuccess',
    );
    payload(
      await t.graphql(UPDATE, { id, role: 'MEMBER' }, coordinator.as),
      'updateCollectiveMembership',
      'CollectiveMembershipSuccess',
    );
    expect(deniedCode(await t.graphql(INVITE, { c: collective.gid, m: (await person(t, 'autre')).gid }, sam.as))).toBe(
      'FORBIDDEN',
    );
  });

  it('never leaves a collective without a coordinator', async () => {
    const own = await t.db.prisma.collectiveMembership.findFirstOrThrow({
      where: { collectiveId: collective.id, memberId: coordinator.id },
    });
    const ownId = Buffer.from(`CollectiveMembership:${own.id}`).toString('base64');
    expect(
      failure(await t.graphql(UPDATE, { id: ownId, role: 'MEMBER' }, coordinator.as), 'updateCollectiveMembership')
        .__typename,
    ).toBe('ConflictError');
    const leaving = failure(await t.graphql(LEAVE, { c: collective.gid }, coordinator.as), 'leaveCollective');
    expect(leaving.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['newCoordinatorId']);
    expect(await statusOf(coordinator)).toBe('ACTIVE');
  });

  it('lets the last coordinator leave by naming a successor, who is notified', async () => {
    const other = await createCollective(t, coordinator.as, { name: 'Passage de témoin' });
    const heir = await person(t, 'heritiere');
    const plain = await person(t, 'reste-membre');
    await bringIn(t, coordinator, other, heir);
    await bringIn(t, coordinator, other, plain);
    // A plain member may not crown anyone on their way out.
    expect(
      failure(await t.graphql(LEAVE, { c: other.gid, next: heir.gid }, plain.as), 'leaveCollective').__typename,
    ).toBe('ValidationError');
    expect(
      failure(
        await t.graphql(LEAVE, { c: other.gid, next: (await person(t, 'etrangere')).gid }, coordinator.as),
        'leaveCollective',
      ).__typename,
    ).toBe('ValidationError');
    payload(
      await t.graphql(LEAVE, { c: other.gid, next: heir.gid }, coordinator.as),
      'leaveCollective',
      'CollectiveSuccess',
    );
    const rows = await t.db.prisma.collectiveMembership.findMany({
      where: { collectiveId: other.id },
      include: { member: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.member.handle, `${r.status}/${r.role}`]))).toEqual({
      'lea-coordinatrice': 'LEFT/COORDINATOR',
      heritiere: 'ACTIVE/COORDINATOR',
      'reste-membre': 'ACTIVE/MEMBER',
    });
    expect(await notificationsOf(t, heir, 'collective.coordinator_named')).toHaveLength(1);
    // Gone: no more access to the collective's private parts.
    const after = await t.graphql(
      `query($s: String!) { collective(slug: $s) { journal { totalCount } } }`,
      { s: other.slug },
      coordinator.as,
    );
    expect(after.body.data.collective.journal).toBeNull();
  });

  it('asks the last member to archive instead of leaving', async () => {
    const alone = await createCollective(t, coordinator.as, { name: 'Solitaire' });
    expect(failure(await t.graphql(LEAVE, { c: alone.gid }, coordinator.as), 'leaveCollective').__typename).toBe(
      'ConflictError',
    );
  });

  it('lets a member who left be invited again', async () => {
    const again = await person(t, 'revenant');
    await bringIn(t, coordinator, collective, again);
    payload(await t.graphql(LEAVE, { c: collective.gid }, again.as), 'leaveCollective', 'CollectiveSuccess');
    expect(await statusOf(again)).toBe('LEFT');
    await bringIn(t, coordinator, collective, again);
    expect(await statusOf(again)).toBe('ACTIVE');
  });
});

describe.runIf(onPostgres)('races (PostgreSQL)', () => {
  it('accepting the same invitation twice at once makes one membership and one notification', async () => {
    const twin = await person(t, 'double-clic');
    const id = await invite(t, coordinator, collective, twin);
    const before = (await notificationsOf(t, coordinator, 'collective.invitation_accepted')).length;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.graphql(ACCEPT_INVITATION, { id, accept: true }, twin.as)),
    );
    const kinds = results.map((r) => r.body.data.acceptCollectiveInvitation.__typename).sort();
    expect(kinds).toEqual([
      'CollectiveMembershipSuccess',
      'ConflictError',
      'ConflictError',
      'ConflictError',
      'ConflictError',
    ]);
    expect(
      await t.db.prisma.collectiveMembership.count({
        where: { collectiveId: collective.id, memberId: twin.id, status: 'ACTIVE' },
      }),
    ).toBe(1);
    expect(await notificationsOf(t, coordinator, 'collective.invitation_accepted')).toHaveLength(before + 1);
  });

  it('two coordinators leaving at once cannot both go', async () => {
    const duo = await createCollective(t, coordinator.as, { name: 'Duo' });
    const partner = await person(t, 'partenaire');
    const third = await person(t, 'troisieme');
    const partnerId = await bringIn(t, coordinator, duo, partner);
    await bringIn(t, coordinator, duo, third);
    payload(
      await t.graphql(UPDATE, { id: partnerId, role: 'COORDINATOR' }, coordinator.as),
      'updateCollectiveMembership',
      'CollectiveMembershipSuccess',
    );
    const results = await Promise.all([
      t.graphql(LEAVE, { c: duo.gid }, coordinator.as),
      t.graphql(LEAVE, { c: duo.gid }, partner.as),
    ]);
    expect(results.map((r) => r.body.data.leaveCollective.__typename).sort()).toEqual([
      'CollectiveSuccess',
      'ValidationError',
    ]);
    expect(
      await t.db.prisma.collectiveMembership.count({
        where: { collectiveId: duo.id, status: 'ACTIVE', role: 'COORDINATOR' },
      }),
    ).toBe(1);
  });
});
