// Whether the request comes from a signed-in member (a live session behind the cookie): they are
// offered the portal's introduction request instead of the visitors' contact form. The cookie's name
// and the session look-up are the API's own (auth/cookies.ts, auth/sessions.ts), so a page and
// /graphql always agree on who is calling.
import type { IncomingMessage } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import { readCookie, sessionCookieName } from '../../auth/cookies.ts';
import { findSession } from '../../auth/sessions.ts';

export interface ViewerOf {
  /** True when the request carries the session cookie at all (no database look-up). */
  hasSessionCookie(req: IncomingMessage): boolean;
  /** The signed-in member's id, when the cookie's session is live and the member active; else null. */
  signedInMember(prisma: PrismaClient, req: IncomingMessage): Promise<string | null>;
}

export function viewerOf(publicUrl: string): ViewerOf {
  const cookieName = sessionCookieName(publicUrl);
  const secretOf = (req: IncomingMessage) => readCookie(req.headers.cookie, cookieName);
  return {
    hasSessionCookie: (req) => Boolean(secretOf(req)),
    async signedInMember(prisma, req) {
      const secret = secretOf(req);
      if (!secret) return null;
      const session = await findSession(prisma, secret);
      return session && session.member.status === 'ACTIVE' ? session.member.id : null;
    },
  };
}
