// Every mutation × every kind of caller: allowed or denied, as the rules in schema/builder.ts say.
// A new mutation fails this test until it is added to the table.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { schema } from '../../src/schema/index.ts';
import { addMember, globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';

const CALLERS = ['anonymous', 'applicant', 'member', 'suspended', 'admin', 'tokenReadPublic', 'tokenMember', 'tokenAdmin'] as const;
type CallerKind = (typeof CALLERS)[number];
const DENIED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'INSUFFICIENT_SCOPE', 'ACCOUNT_SUSPENDED']);

const ANYONE = new Set<CallerKind>(CALLERS);
const SESSION_ANY_STATUS = new Set<CallerKind>(['applicant', 'member', 'suspended', 'admin']);
const ACTIVE_SESSION = new Set<CallerKind>(['member', 'admin']);
const ADMINS = new Set<CallerKind>(['admin', 'tokenAdmin']);

const someone = () => globalId('Member', randomUUID());
const someToken = () => globalId('ApiToken', randomUUID());

const MATRIX: Record<string, { document: string; variables?: () => Record<string, unknown>; allowed: Set<CallerKind> }> = {
  applyForMembership: {
    document: `mutation($e: String!) { applyForMembership(input: { displayName: "Test", email: $e, region: "Bretagne", skillIds: [], motivation: "x" }) { __typename } }`,
    variables: () => ({ e: `${randomUUID()}@example.fr` }),
    allowed: ANYONE,
  },
  requestSignInLink: { document: `mutation { requestSignInLink(email: "nobody@example.fr") { __typename } }`, allowed: ANYONE },
  signInWithLink: { document: `mutation { signInWithLink(token: "nope") { __typename } }`, allowed: ANYONE },
  signInWithPassword: { document: `mutation { signInWithPassword(email: "nobody@example.fr", password: "nope") { __typename } }`, allowed: ANYONE },
  requestPasswordReset: { document: `mutation { requestPasswordReset(email: "nobody@example.fr") { __typename } }`, allowed: ANYONE },
  resetPassword: { document: `mutation { resetPassword(token: "nope", newPassword: "x") { __typename } }`, allowed: ANYONE },
  setPassword: { document: `mutation { setPassword(newPassword: "x") { __typename } }`, allowed: ACTIVE_SESSION },
  signOut: { document: `mutation { signOut { __typename } }`, allowed: SESSION_ANY_STATUS },
  signOutEverywhere: { document: `mutation { signOutEverywhere { __typename } }`, allowed: SESSION_ANY_STATUS },
  endSession: { document: `mutation($id: ID!) { endSession(id: $id) { __typename } }`, variables: () => ({ id: randomUUID() }), allowed: SESSION_ANY_STATUS },
  admitApplicant: { document: `mutation($id: ID!) { admitApplicant(memberId: $id) { __typename } }`, variables: () => ({ id: someone() }), allowed: ADMINS },
  declineApplicant: { document: `mutation($id: ID!) { declineApplicant(memberId: $id) { __typename } }`, variables: () => ({ id: someone() }), allowed: ADMINS },
  suspendMember: { document: `mutation($id: ID!) { suspendMember(memberId: $id, reason: "test") { __typename } }`, variables: () => ({ id: someone() }), allowed: ADMINS },
  reactivateMember: { document: `mutation($id: ID!) { reactivateMember(memberId: $id) { __typename } }`, variables: () => ({ id: someone() }), allowed: ADMINS },
  setMemberRole: { document: `mutation($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { __typename } }`, variables: () => ({ id: someone() }), allowed: ADMINS },
  createPersonalToken: { document: `mutation { createPersonalToken(input: { name: "", scopes: [] }) { __typename } }`, allowed: ACTIVE_SESSION },
  createIntegrationToken: { document: `mutation { createIntegrationToken(input: { name: "", scopes: [] }) { __typename } }`, allowed: new Set(['admin']) },
  revokeApiToken: {
    document: `mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }`,
    variables: () => ({ id: someToken() }),
    allowed: new Set(['applicant', 'member', 'suspended', 'admin', 'tokenAdmin']),
  },
};

let t: TestGateway;
/** How to call as each kind; sessions are made fresh for every call (signOut ends them). */
const as = {} as Record<CallerKind, () => Promise<As>>;

beforeAll(async () => {
  t = await startTestGateway();
  const prisma = t.db.prisma;
  const sessionsOf = async (handle: string, status: 'APPLICANT' | 'ACTIVE' | 'SUSPENDED', role: 'MEMBER' | 'ADMIN' = 'MEMBER') => {
    const member = await addMember(t, { handle, role, status: 'ACTIVE' });
    // The status changes after sign-in: open sessions must follow it at once.
    const opened = await createSession(prisma, member.id, '127.0.0.1', 'test');
    if (status !== 'ACTIVE') await prisma.member.update({ where: { id: member.id }, data: { status } });
    let first: string | null = opened.secret;
    const session = async (): Promise<As> => {
      const secret = first ?? (await createSession(prisma, member.id, '127.0.0.1', 'test')).secret;
      first = null;
      return { cookie: `eko_session=${secret}` };
    };
    return { member, session };
  };
  const member = await sessionsOf('member', 'ACTIVE');
  const admin = await sessionsOf('admin', 'ACTIVE', 'ADMIN');
  as.anonymous = async () => ({});
  as.applicant = (await sessionsOf('applicant', 'APPLICANT')).session;
  as.member = member.session;
  as.suspended = (await sessionsOf('suspended', 'SUSPENDED')).session;
  as.admin = admin.session;
  const token = async (ownerId: string, scopes: ('read:public' | 'read:network' | 'write:profile' | 'write:workshops' | 'admin')[]) => {
    const { secret } = await createApiToken(prisma, { kind: 'PERSONAL', ownerId, name: 'test', scopes, expiresAt: null });
    return async (): Promise<As> => ({ token: secret });
  };
  as.tokenReadPublic = await token(member.member.id, ['read:public']);
  as.tokenMember = await token(member.member.id, ['read:public', 'read:network', 'write:profile', 'write:workshops']);
  as.tokenAdmin = await token(admin.member.id, ['read:public', 'admin']);
});
afterAll(() => t?.stop());

it('lists every mutation of the schema', () => {
  expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(MATRIX).sort());
});

describe.each(Object.entries(MATRIX))('%s', (name, { document, variables, allowed }) => {
  it.each(CALLERS)(`as %s`, async (caller) => {
    const response = await t.graphql(document, variables?.(), await as[caller]());
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    const denied = codes.some((code) => DENIED_CODES.has(code ?? ''));
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
    if (allowed.has(caller)) {
      expect(denied, `${name} should be allowed as ${caller}: ${JSON.stringify(response.body)}`).toBe(false);
      expect(response.body.data?.[name]?.__typename, JSON.stringify(response.body)).toBeTruthy();
    } else {
      expect(denied, `${name} should be denied as ${caller}: ${JSON.stringify(response.body)}`).toBe(true);
    }
  });
});
