// Server-side sessions: the cookie holds a random secret, the Session row its hash.
import type { PrismaClient } from '@ekoacteurs/db';
import { SESSION_MAX_AGE_S } from './cookies.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** lastSeenAt is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export async function createSession(
  prisma: Pick<PrismaClient, 'session'>,
  memberId: string,
  ip: string,
  userAgent: string,
) {
  const { secret, hash } = newSecret();
  const session = await prisma.session.create({
    data: {
      tokenHash: hash,
      memberId,
      ip,
      userAgent: userAgent.slice(0, 300),
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000),
    },
  });
  return { session, secret };
}

/** The live session behind a cookie value, with its member; null when unknown, expired or revoked. */
export async function findSession(prisma: PrismaClient, secret: string) {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { member: { select: { id: true, role: true, status: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    // Fire and forget: a failed touch must not fail the request.
    prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } }).catch(() => {});
  }
  return session;
}

export function revokeSessions(
  prisma: Pick<PrismaClient, 'session'>,
  where: { memberId: string; id?: string; notId?: string },
) {
  return prisma.session.updateMany({
    where: {
      memberId: where.memberId,
      revokedAt: null,
      ...(where.id ? { id: where.id } : {}),
      ...(where.notId ? { id: { not: where.notId } } : {}),
    },
    data: { revokedAt: new Date() },
  });
}
