// The secret of a member's private calendar feed: 32 random bytes (nothing about its owner), of
// which only the SHA-256 is stored, in the member's CalendarFeed row. It opens that feed and nothing
// else: it is not an API token, so /graphql refuses it as a Bearer (INVALID_TOKEN). Regenerating
// replaces it (the old address stops at once); revoking deletes the row.
import type { PrismaClient } from '@ekoacteurs/db';
import { hashSecret, newSecret } from '../auth/secrets.ts';

type Db = Pick<PrismaClient, 'calendarFeed'>;

/** Issues a new feed secret for the member, replacing any previous one. The secret is returned once. */
export async function regenerateFeedSecret(prisma: Db, memberId: string) {
  const { secret, hash } = newSecret();
  // One row per member: two regenerations racing each replace the hash, and only the last one's
  // secret works (an upsert on the unique memberId, atomic in the database).
  const feed = await prisma.calendarFeed.upsert({
    where: { memberId },
    create: { memberId, secretHash: hash },
    update: { secretHash: hash, createdAt: new Date(), lastUsedAt: null },
  });
  return { feed, secret };
}

/** Stops the member's feed; false when they had none. */
export async function revokeFeedSecret(prisma: Db, memberId: string): Promise<boolean> {
  const { count } = await prisma.calendarFeed.deleteMany({ where: { memberId } });
  return count > 0;
}

/** The member a feed secret belongs to, when the member is active; null otherwise. */
export async function feedOwner(prisma: Db, secret: string): Promise<string | null> {
  const feed = await prisma.calendarFeed.findUnique({
    where: { secretHash: hashSecret(secret) },
    select: { id: true, lastUsedAt: true, member: { select: { id: true, status: true } } },
  });
  if (!feed || feed.member.status !== 'ACTIVE') return null;
  // Calendar apps poll often: note the use at most hourly, without holding the answer.
  if (!feed.lastUsedAt || Date.now() - feed.lastUsedAt.getTime() > 3600_000) {
    prisma.calendarFeed.update({ where: { id: feed.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return feed.member.id;
}
