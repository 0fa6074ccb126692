// One-click unsubscribe links (RFC 8058): /email/desabonnement?m=<member>&k=<kind>&t=<token>, where
// the token is HMAC-SHA256 of the kind under the member's own random key (EmailSettings), so a link
// works without signing in, only for that member and kind, and cannot be forged.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Prisma } from '@ekoacteurs/db';
import { mailPublicUrl } from './settings.ts';

export const UNSUBSCRIBE_PATH = '/email/desabonnement';

export function unsubscribeToken(key: string, kind: string): string {
  return createHmac('sha256', key).update(kind).digest('base64url');
}

export function tokenMatches(key: string, kind: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(key, kind));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function unsubscribeUrl(memberId: string, key: string, kind: string): string {
  const query = new URLSearchParams({ m: memberId, k: kind, t: unsubscribeToken(key, kind) });
  return `${mailPublicUrl()}${UNSUBSCRIBE_PATH}?${query}`;
}

/** The member's settings row, created with a fresh key when missing (safe when two run at once). */
export async function emailSettingsOf(
  tx: Prisma.TransactionClient,
  memberId: string,
): Promise<{ emailOff: string[]; unsubscribeKey: string }> {
  await tx.$executeRaw`
    INSERT INTO "EmailSettings" ("memberId", "unsubscribeKey") VALUES (${memberId}::uuid, ${randomBytes(32).toString('base64url')})
    ON CONFLICT ("memberId") DO NOTHING`;
  return tx.emailSettings.findUniqueOrThrow({ where: { memberId }, select: { emailOff: true, unsubscribeKey: true } });
}
