// The secret of a member's private calendar feed. It is an ApiToken of kind PERSONAL named
// "calendar-feed" with no scope at all: stored hashed, listed with the member's tokens, revocable
// like any of them (revokeApiToken) and replaced by regenerating. Sent as a bearer token it passes
// no scope: it reads what anonymous callers read (and names its owner as `viewer`), nothing more.
// A dedicated column on Member would do as well; this needs no schema change.
import type { Prisma, PrismaClient } from '@ekoacteurs/db';
import { createApiToken } from '../auth/api-tokens.ts';
import { hashSecret } from '../auth/secrets.ts';

export const FEED_TOKEN_NAME = 'calendar-feed';

type Db = Pick<PrismaClient, '$transaction' | 'apiToken'>;

/** The member's live feed tokens (at most one, unless two regenerations raced). */
export function liveFeedTokens(memberId: string): Prisma.ApiTokenWhereInput {
  return { ownerId: memberId, kind: 'PERSONAL', name: FEED_TOKEN_NAME, scopes: { isEmpty: true }, revokedAt: null };
}

/** Revokes the member's feed secret, if any, and issues a new one. The secret is returned once. */
export async function regenerateFeedToken(prisma: Db, memberId: string) {
  return prisma.$transaction(async (tx) => {
    // Serialises two regenerations by the same member, so only one secret stays valid.
    await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${memberId}::uuid FOR UPDATE`;
    await tx.apiToken.updateMany({ where: liveFeedTokens(memberId), data: { revokedAt: new Date() } });
    return createApiToken(tx, { kind: 'PERSONAL', ownerId: memberId, name: FEED_TOKEN_NAME, scopes: [], expiresAt: null });
  });
}

/** The member a feed secret belongs to, when it is live and the member active; null otherwise. */
export async function feedOwner(prisma: Pick<PrismaClient, 'apiToken'>, secret: string): Promise<string | null> {
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, kind: true, name: true, scopes: true, revokedAt: true, expiresAt: true, lastUsedAt: true, owner: { select: { id: true, status: true } } },
  });
  if (!token || token.kind !== 'PERSONAL' || token.name !== FEED_TOKEN_NAME || token.scopes.length > 0) return null;
  if (token.revokedAt || (token.expiresAt && token.expiresAt <= new Date()) || token.owner.status !== 'ACTIVE') return null;
  // Calendar apps poll often: note the use at most hourly, without holding the answer.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 3600_000) {
    prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return token.owner.id;
}
