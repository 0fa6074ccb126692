// Authorization of the identity mutations (sign-in, membership, tokens) for matrix.test.ts.
import { randomUUID } from 'node:crypto';
import { globalId } from '../../harness.ts';
import { ACTIVE_SESSION, ADMINS, ANYONE, SESSION_ANY_STATUS, type CallerKind, type MatrixEntry } from './callers.ts';

const someone = () => globalId('Member', randomUUID());
const someToken = () => globalId('ApiToken', randomUUID());

export const identityMatrix: Record<string, MatrixEntry> = {
  applyForMembership: {
    document: `mutation($e: String!) { applyForMembership(input: { displayName: "Test", email: $e, region: "Bretagne", skillIds: [], motivation: "x" }) { __typename } }`,
    variables: () => ({ e: `${randomUUID()}@example.fr` }),
    allowed: ANYONE,
  },
  requestSignInLink: {
    document: `mutation { requestSignInLink(email: "nobody@example.fr") { __typename } }`,
    allowed: ANYONE,
  },
  signInWithLink: { document: `mutation { signInWithLink(token: "nope") { __typename } }`, allowed: ANYONE },
  signInWithPassword: {
    document: `mutation { signInWithPassword(email: "nobody@example.fr", password: "nope") { __typename } }`,
    allowed: ANYONE,
  },
  requestPasswordReset: {
    document: `mutation { requestPasswordReset(email: "nobody@example.fr") { __typename } }`,
    allowed: ANYONE,
  },
  resetPassword: {
    document: `mutation { resetPassword(token: "nope", newPassword: "x") { __typename } }`,
    allowed: ANYONE,
  },
  setPassword: { document: `mutation { setPassword(newPassword: "x") { __typename } }`, allowed: ACTIVE_SESSION },
  signOut: { document: `mutation { signOut { __typename } }`, allowed: SESSION_ANY_STATUS },
  signOutEverywhere: { document: `mutation { signOutEverywhere { __typename } }`, allowed: SESSION_ANY_STATUS },
  endSession: {
    document: `mutation($id: ID!) { endSession(id: $id) { __typename } }`,
    variables: () => ({ id: globalId('Session', randomUUID()) }),
    allowed: SESSION_ANY_STATUS,
  },
  admitApplicant: {
    document: `mutation($id: ID!) { admitApplicant(memberId: $id) { __typename } }`,
    variables: () => ({ id: someone() }),
    allowed: ADMINS,
  },
  declineApplicant: {
    document: `mutation($id: ID!) { declineApplicant(memberId: $id) { __typename } }`,
    variables: () => ({ id: someone() }),
    allowed: ADMINS,
  },
  suspendMember: {
    document: `mutation($id: ID!) { suspendMember(memberId: $id, reason: "test") { __typename } }`,
    variables: () => ({ id: someone() }),
    allowed: ADMINS,
  },
  reactivateMember: {
    document: `mutation($id: ID!) { reactivateMember(memberId: $id) { __typename } }`,
    variables: () => ({ id: someone() }),
    allowed: ADMINS,
  },
  setMemberRole: {
    document: `mutation($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { __typename } }`,
    variables: () => ({ id: someone() }),
    allowed: ADMINS,
  },
  createPersonalToken: {
    document: `mutation { createPersonalToken(input: { name: "", scopes: [] }) { __typename } }`,
    allowed: ACTIVE_SESSION,
  },
  createIntegrationToken: {
    document: `mutation { createIntegrationToken(input: { name: "", scopes: [] }) { __typename } }`,
    allowed: new Set<CallerKind>(['admin']),
  },
  revokeApiToken: {
    document: `mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }`,
    variables: () => ({ id: someToken() }),
    allowed: new Set<CallerKind>(['applicant', 'member', 'suspended', 'admin', 'tokenAdmin']),
  },
};
