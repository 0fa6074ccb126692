// Who may do what inside one collective: every collective mutation tried by each kind of person
// (the global matrix in test/identity only knows people outside any collective). Inputs are chosen to
// fail validation or a state check after authorization, so a call that gets through changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { person, tokenFor, type Person } from '../people.ts';
import { bringIn, createCollective, invite, type CollectiveRef } from './setup.ts';

const ROLES = [
  'anonymous',
  'outsider',
  'invitee',
  'member',
  'memberReadToken',
  'coordinator',
  'coordinatorToken',
  'admin',
  'suspended',
] as const;
type Role = (typeof ROLES)[number];
const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'INSUFFICIENT_SCOPE', 'ACCOUNT_SUSPENDED']);

let t: TestGateway;
const as = {} as Record<Role, As>;
let collective: CollectiveRef;
let ids: { agreement: string; invitation: string; memberMembership: string; commitment: string; outsider: string };

beforeAll(async () => {
  t = await startTestGateway();
  const [coordinator, member, outsider, invitee, admin, suspended] = await Promise.all([
    person(t, 'coordinatrice'),
    person(t, 'membre'),
    person(t, 'exterieure'),
    person(t, 'invitee'),
    person(t, 'admin', { role: 'ADMIN' }),
    person(t, 'suspendue'),
  ]);
  collective = await createCollective(t, coordinator.as, { name: 'Collectif témoin', charter: ['Un accord.'] });
  const memberMembership = await bringIn(t, coordinator, collective, member);
  await bringIn(t, coordinator, collective, suspended);
  await t.db.prisma.member.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED' } });
  const invitation = await invite(t, coordinator, collective, invitee);
  const agreement = await t.db.prisma.charterAgreement.findFirstOrThrow({ where: { collectiveId: collective.id } });
  const commitment = await t.db.prisma.commitment.create({
    data: {
      collectiveId: collective.id,
      memberId: member.id,
      description: 'Un engagement',
      dueOn: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  ids = {
    agreement: globalId('CharterAgreement', agreement.id),
    invitation,
    memberMembership,
    commitment: globalId('Commitment', commitment.id),
    outsider: outsider.gid,
  };
  const people: Partial<Record<Role, Person>> = { outsider, invitee, member, coordinator, admin, suspended };
  for (const [role, who] of Object.entries(people)) as[role as Role] = who!.as;
  as.anonymous = {};
  as.memberReadToken = await tokenFor(t, member, ['read:public', 'read:network']);
  as.coordinatorToken = await tokenFor(t, coordinator, ['read:network', 'write:profile']);
});
afterAll(() => t?.stop());

const COORDINATORS: Role[] = ['coordinator', 'coordinatorToken'];
const MEMBERS_ACTING: Role[] = ['member', ...COORDINATORS];
const LONG = 'x'.repeat(2001);

const MUTATIONS: Record<string, { document: string; variables: () => Record<string, unknown>; allowed: Role[] }> = {
  updateCollective: {
    document: 'mutation($c: ID!) { updateCollective(id: $c, input: {}) { __typename } }',
    variables: () => ({ c: collective.gid }),
    allowed: COORDINATORS,
  },
  archiveCollective: {
    document: 'mutation($c: ID!, $r: String) { archiveCollective(id: $c, reason: $r) { __typename } }',
    variables: () => ({ c: collective.gid, r: LONG }),
    allowed: [...COORDINATORS, 'admin'],
  },
  addCharterAgreement: {
    document: 'mutation($c: ID!) { addCharterAgreement(collectiveId: $c, text: "") { __typename } }',
    variables: () => ({ c: collective.gid }),
    allowed: COORDINATORS,
  },
  editCharterAgreement: {
    document: 'mutation($a: ID!) { editCharterAgreement(id: $a, text: "") { __typename } }',
    variables: () => ({ a: ids.agreement }),
    allowed: COORDINATORS,
  },
  reorderCharter: {
    document: 'mutation($c: ID!, $a: ID!) { reorderCharter(collectiveId: $c, agreementIds: [$a, $a]) { __typename } }',
    variables: () => ({ c: collective.gid, a: ids.agreement }),
    allowed: COORDINATORS,
  },
  removeCharterAgreement: {
    // Through authorization, it would really remove the agreement: a fresh one is made for each caller.
    document: 'mutation($a: ID!) { removeCharterAgreement(id: $a) { __typename } }',
    variables: () => ({ a: ids.agreement }),
    allowed: COORDINATORS,
  },
  inviteToCollective: {
    document:
      'mutation($c: ID!, $m: ID!, $msg: String) { inviteToCollective(collectiveId: $c, memberId: $m, message: $msg) { __typename } }',
    variables: () => ({ c: collective.gid, m: ids.outsider, msg: LONG }),
    allowed: COORDINATORS,
  },
  requestToJoinCollective: {
    document: 'mutation($c: ID!) { requestToJoinCollective(collectiveId: $c, acceptCharter: false) { __typename } }',
    variables: () => ({ c: collective.gid }),
    allowed: ['outsider', 'invitee', 'admin', ...MEMBERS_ACTING],
  },
  acceptCollectiveInvitation: {
    document: 'mutation($i: ID!) { acceptCollectiveInvitation(id: $i, acceptCharter: false) { __typename } }',
    variables: () => ({ i: ids.invitation }),
    allowed: ['invitee'],
  },
  declineCollectiveInvitation: {
    document: 'mutation($i: ID!, $msg: String) { declineCollectiveInvitation(id: $i, message: $msg) { __typename } }',
    variables: () => ({ i: ids.invitation, msg: LONG }),
    allowed: ['invitee'],
  },
  acceptJoinRequest: {
    // An active membership: through authorization, a ConflictError (it is no request).
    document: 'mutation($i: ID!) { acceptJoinRequest(id: $i) { __typename } }',
    variables: () => ({ i: ids.memberMembership }),
    allowed: COORDINATORS,
  },
  declineJoinRequest: {
    document: 'mutation($i: ID!, $msg: String) { declineJoinRequest(id: $i, message: $msg) { __typename } }',
    variables: () => ({ i: ids.memberMembership, msg: LONG }),
    allowed: COORDINATORS,
  },
  leaveCollective: {
    // Naming an outsider as coordinator is refused after authorization, so nobody actually leaves.
    document: 'mutation($c: ID!, $n: ID!) { leaveCollective(collectiveId: $c, newCoordinatorId: $n) { __typename } }',
    variables: () => ({ c: collective.gid, n: ids.outsider }),
    allowed: MEMBERS_ACTING,
  },
  updateCollectiveMembership: {
    document:
      'mutation($i: ID!, $r: String) { updateCollectiveMembership(id: $i, responsibilities: $r) { __typename } }',
    variables: () => ({ i: ids.memberMembership, r: LONG }),
    allowed: COORDINATORS,
  },
  acceptCollectiveCharter: {
    document: 'mutation($c: ID!) { acceptCollectiveCharter(collectiveId: $c) { __typename } }',
    variables: () => ({ c: collective.gid }),
    allowed: MEMBERS_ACTING,
  },
  createCommitment: {
    document:
      'mutation($c: ID!) { createCommitment(input: { collectiveId: $c, description: "x", dueOn: "2099-01-01" }) { __typename } }',
    variables: () => ({ c: collective.gid }),
    allowed: MEMBERS_ACTING,
  },
  changeCommitmentStatus: {
    document: 'mutation($i: ID!) { changeCommitmentStatus(id: $i, input: { status: RENEGOTIATED }) { __typename } }',
    variables: () => ({ i: ids.commitment }),
    allowed: MEMBERS_ACTING,
  },
  writeJournalEntry: {
    document:
      'mutation($c: ID!) { writeJournalEntry(input: { collectiveId: $c, kind: SUCCESS, title: "x" }) { __typename } }',
    variables: () => ({ c: collective.gid }),
    allowed: MEMBERS_ACTING,
  },
};

describe.each(Object.entries(MUTATIONS))('%s', (name, { document, variables, allowed }) => {
  it.each(ROLES)('as %s', async (role) => {
    if (name === 'removeCharterAgreement') {
      const fresh = await t.db.prisma.charterAgreement.create({
        data: { collectiveId: collective.id, position: 100 + ROLES.indexOf(role), text: 'À retirer' },
      });
      ids.agreement = globalId('CharterAgreement', fresh.id);
    }
    const response = await t.graphql(document, variables(), as[role]);
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code ?? '');
    const outcome = codes.some((code) => DENIED.has(code))
      ? 'denied'
      : response.body.data?.[name]?.__typename
        ? 'allowed'
        : `failed with ${response.status}: ${JSON.stringify(response.body)}`;
    expect(outcome).toBe(allowed.includes(role) ? 'allowed' : 'denied');
  });
});

describe('reading a collective', () => {
  const READ = `query($slug: String!) { collective(slug: $slug) { name description charter { text } memberships { totalCount } commitments { totalCount } journal { totalCount } } }`;
  const PRIVATE: Role[] = ['member', 'memberReadToken', 'coordinator', 'coordinatorToken', 'admin'];
  const CHARTER: Role[] = [...PRIVATE, 'outsider', 'invitee'];

  it.each(ROLES)('as %s: the public face always, the rest only if allowed', async (role) => {
    const { body } = await t.graphql(READ, { slug: collective.slug }, as[role]);
    expect(body.errors).toBeUndefined();
    const c = body.data.collective;
    expect(c.name).toBe('Collectif témoin');
    const sees = PRIVATE.includes(role);
    expect([c.description !== null, c.memberships !== null, c.commitments !== null, c.journal !== null]).toEqual([
      sees,
      sees,
      sees,
      sees,
    ]);
    expect(c.charter !== null).toBe(CHARTER.includes(role));
  });
});
