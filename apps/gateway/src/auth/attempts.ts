// Limits on sign-in attempts, counted from the audit log itself: durable, shared by every
// gateway replica, and each attempt is on record for admins.
import type { PrismaClient } from '@ekoacteurs/db';

export interface AttemptLimit {
  action: string;
  max: number;
  windowMs: number;
}

/** Per address: fixed. */
export const PER_EMAIL = {
  signInLink: { action: 'auth.sign_in_link_requested', max: 3, windowMs: 15 * 60_000 },
  passwordFailures: { action: 'auth.password_failed', max: 5, windowMs: 15 * 60_000 },
} satisfies Record<string, AttemptLimit>;

/** Per IP: AUTH_ATTEMPTS_PER_IP_PER_HOUR of each kind (sign-in links, password failures, applications). */
export function perIp(action: 'auth.sign_in_link_requested' | 'auth.password_failed' | 'membership.applied', perHour: number): AttemptLimit {
  return { action, max: perHour, windowMs: 60 * 60_000 };
}

/** True when `who` (an email as targetId, or an IP) already used up the limit. */
export async function overLimit(prisma: PrismaClient, limit: AttemptLimit, who: { email?: string; ip?: string }): Promise<boolean> {
  const count = await prisma.auditLogEntry.count({
    where: {
      action: limit.action,
      createdAt: { gt: new Date(Date.now() - limit.windowMs) },
      ...(who.email !== undefined ? { targetType: 'Email', targetId: who.email } : { ip: who.ip ?? '' }),
    },
  });
  return count >= limit.max;
}
