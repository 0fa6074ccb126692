// Every mutation × every kind of caller: allowed or denied, as the rules in schema/builder.ts say.
// Each domain lists its mutations in test/identity/matrix/<domain>.ts (exporting one record); a new
// mutation fails this test until it is listed there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { schema } from '../../src/schema/index.ts';
import { addMember, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { CALLERS, type CallerKind, type MatrixEntry } from './matrix/callers.ts';

const DENIED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'INSUFFICIENT_SCOPE', 'ACCOUNT_SUSPENDED']);
const tables = import.meta.glob<Record<string, MatrixEntry>>('./matrix/*.ts', { eager: true, import: '*' });
const MATRIX: Record<string, MatrixEntry> = Object.assign(
  {},
  ...Object.entries(tables)
    .filter(([path]) => !path.endsWith('/callers.ts'))
    .flatMap(([, module]) => Object.values(module)),
);

let t: TestGateway;
/** How to call as each kind; sessions are made fresh for every call (signOut ends them). */
const as = {} as Record<CallerKind, () => Promise<As>>;

beforeAll(async () => {
  t = await startTestGateway();
  const prisma = t.db.prisma;
  const sessionsOf = async (
    handle: string,
    status: 'APPLICANT' | 'ACTIVE' | 'SUSPENDED',
    role: 'MEMBER' | 'ADMIN' = 'MEMBER',
  ) => {
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
  const token = async (
    ownerId: string,
    scopes: ('read:public' | 'read:network' | 'write:profile' | 'write:workshops' | 'admin')[],
  ) => {
    const { secret } = await createApiToken(prisma, {
      kind: 'PERSONAL',
      ownerId,
      name: 'test',
      scopes,
      expiresAt: null,
    });
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
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code ?? '');
    const outcome = codes.some((code) => DENIED_CODES.has(code))
      ? 'denied'
      : response.body.data?.[name]?.__typename
        ? 'allowed'
        : `failed with ${response.status}: ${JSON.stringify(response.body)}`;
    expect(outcome).toBe(allowed.has(caller) ? 'allowed' : 'denied');
  });
});
