// Writes activities to the durable ActivityPub outbox (FediverseDelivery), inside the transaction of
// the change they announce, like webhooks/enqueue.ts: a rollback sends nothing; once committed, the
// poller (poller.ts) signs and delivers them. One row per inbox: followers on the same instance share
// its shared inbox when they offer one; followers on a blocked instance get nothing.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@ekoacteurs/db';
import type { WorkshopVerb } from './event.ts';
import { activityUri, actorUri, FEDERATION_ACTOR } from './uris.ts';

type Db = Pick<PrismaClient, 'fediverseDelivery' | 'workshop' | '$queryRaw'>;

/** The inboxes reaching the actor's followers, one per instance's shared inbox, blocked instances left out. */
export async function followerInboxes(tx: Pick<PrismaClient, '$queryRaw'>, actor: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ inbox: string }[]>`
    SELECT DISTINCT COALESCE(f."sharedInboxUrl", f."inboxUrl") AS inbox
    FROM "FediverseFollower" AS f
    WHERE f."actor" = ${actor}
      AND NOT EXISTS (SELECT 1 FROM "FediverseBlockedInstance" AS b WHERE b."host" = f."host")
    ORDER BY 1`;
  return rows.map((row) => row.inbox);
}

/** Queues one signed POST of `activity` (which has its id) by `actor` to each inbox. */
export async function enqueueActivity(
  tx: Pick<PrismaClient, 'fediverseDelivery'>,
  actor: string,
  activity: Record<string, unknown>,
  inboxes: string[],
): Promise<number> {
  if (inboxes.length === 0) return 0;
  const { count } = await tx.fediverseDelivery.createMany({
    data: inboxes.map((inboxUrl) => ({
      actor,
      inboxUrl,
      activityId: String(activity.id),
      activity: activity as Prisma.InputJsonObject,
    })),
  });
  return count;
}

/**
 * Announces a workshop's publication (Create), change (Update) or cancellation (Delete) to the
 * federation's followers. One statement when no one follows; call it in the change's transaction.
 */
export async function enqueueWorkshopActivity(
  tx: Db,
  publicUrl: string,
  workshopId: string,
  verb: WorkshopVerb,
): Promise<number> {
  const inboxes = await followerInboxes(tx, FEDERATION_ACTOR);
  if (inboxes.length === 0) return 0;
  // Fedify (the activity's vocabulary) loads only when someone follows (see fedify.ts).
  const { workshopActivity } = await import('./event.ts');
  const activity = await workshopActivity(tx, publicUrl, workshopId, verb, randomUUID());
  return activity ? enqueueActivity(tx, FEDERATION_ACTOR, activity, inboxes) : 0;
}

/**
 * Tells an actor's followers that it is gone (Delete of the actor, signed with its key, which is
 * kept for that) and forgets them. For a member leaving the federation, in the erasure's transaction.
 */
export async function enqueueActorDeleted(
  tx: Pick<PrismaClient, 'fediverseDelivery' | 'fediverseFollower' | '$queryRaw'>,
  publicUrl: string,
  actor: string,
): Promise<number> {
  const inboxes = await followerInboxes(tx, actor);
  const { Delete, PUBLIC_COLLECTION } = await import('./fedify.ts');
  const uri = new URL(actorUri(publicUrl, actor));
  const activity = new Delete({
    id: new URL(activityUri(publicUrl, randomUUID())),
    actor: uri,
    object: uri,
    to: PUBLIC_COLLECTION,
  });
  const queued = await enqueueActivity(tx, actor, (await activity.toJsonLd()) as Record<string, unknown>, inboxes);
  await tx.fediverseFollower.deleteMany({ where: { actor } });
  return queued;
}
