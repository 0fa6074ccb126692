// Whether the request comes from a signed-in member (a live session behind the cookie): they are
// offered the portal's introduction request instead of the visitors' contact form.
import type { IncomingMessage } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import { readCookie } from '../../auth/cookies.ts';
import { findSession } from '../../auth/sessions.ts';

const COOKIE_NAMES = ['__Host-eko_session', 'eko_session'];

/** True when the request carries a session cookie at all (no database look-up). */
export function hasSessionCookie(req: IncomingMessage): boolean {
  const header = req.headers.cookie;
  return COOKIE_NAMES.some((name) => Boolean(readCookie(header, name)));
}

/** The signed-in member's id, when the cookie's session is live and the member active; else null. */
export async function signedInMember(prisma: PrismaClient, req: IncomingMessage): Promise<string | null> {
  const header = req.headers.cookie;
  const secret = COOKIE_NAMES.map((name) => readCookie(header, name)).find(Boolean);
  if (!secret) return null;
  const session = await findSession(prisma, secret);
  return session && session.member.status === 'ACTIVE' ? session.member.id : null;
}
