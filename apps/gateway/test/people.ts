// People for the gateway's tests: a member with an open browser session (and their global ID), and
// an API token one of them holds.
import { createApiToken } from '../src/auth/api-tokens.ts';
import type { TokenScope } from '../src/auth/caller.ts';
import { createSession } from '../src/auth/sessions.ts';
import { addMember, globalId, type As, type TestGateway } from './harness.ts';

export interface Person {
  id: string;
  handle: string;
  /** The member's global ID. */
  gid: string;
  /** A signed-in browser session. */
  as: As;
}

/** A member signed in from a browser; with another status than ACTIVE, changed once the session is open. */
export async function person(
  t: TestGateway,
  handle: string,
  options: {
    role?: 'MEMBER' | 'ADMIN';
    status?: 'APPLICANT' | 'ACTIVE' | 'SUSPENDED';
    displayName?: string;
    email?: string;
    admittedAt?: Date;
  } = {},
): Promise<Person> {
  const { status, ...data } = options;
  const member = await addMember(t, { handle, ...data, status: 'ACTIVE' });
  const { secret } = await createSession(t.db.prisma, member.id, '127.0.0.1', 'vitest');
  if (status && status !== 'ACTIVE') await t.db.prisma.member.update({ where: { id: member.id }, data: { status } });
  return { id: member.id, handle, gid: globalId('Member', member.id), as: { cookie: `eko_session=${secret}` } };
}

/** A personal API token of `owner` with these scopes, never expiring. */
export async function tokenFor(t: TestGateway, owner: { id: string }, scopes: TokenScope[]): Promise<As> {
  const { secret } = await createApiToken(t.db.prisma, {
    kind: 'PERSONAL',
    ownerId: owner.id,
    name: 'test',
    scopes,
    expiresAt: null,
  });
  return { token: secret };
}
