// What the inboxes do with a verified activity (federation.ts hands them over after Fedify checked
// the HTTP signature and that the signer is the activity's actor):
//   Follow of one of our actors → the follower is stored and an Accept is queued (followers are
//     accepted automatically), unless their instance is blocked (then nothing: no row, no answer);
//   Undo of such a Follow → the follower is removed.
import { randomUUID } from 'node:crypto';
import { Accept, Follow, type InboxContext, type Undo } from './fedify.ts';
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';
import { findActor } from './actors.ts';
import { enqueueActivity } from './outbox.ts';
import { activityUri } from './uris.ts';

export interface InboxDeps {
  prisma: PrismaClient;
  publicUrl: string;
  logger: Logger;
  queued: () => void;
}

/** The instance an actor lives on, as a block names it: host[:port], lower case. */
export const instanceOf = (url: URL) => url.host.toLowerCase();

export async function isBlocked(
  prisma: Pick<PrismaClient, 'fediverseBlockedInstance'>,
  host: string,
): Promise<boolean> {
  return (await prisma.fediverseBlockedInstance.count({ where: { host } })) > 0;
}

export async function onFollow(deps: InboxDeps, ctx: InboxContext<void>, follow: Follow): Promise<void> {
  const { prisma, logger } = deps;
  if (!follow.id || !follow.actorId || !follow.objectId) return;
  const target = ctx.parseUri(follow.objectId);
  if (target?.type !== 'actor') return;
  const identifier = target.identifier;
  const actor = await findActor(prisma, identifier);
  if (!actor || actor.kind === 'gone') return;
  const host = instanceOf(follow.actorId);
  if (await isBlocked(prisma, host)) {
    logger.info(
      { follower: follow.actorId.href, actor: identifier },
      'fediverse: follow from a blocked instance ignored',
    );
    return;
  }
  const follower = await follow.getActor(ctx);
  if (!follower?.id || follower.id.href !== follow.actorId.href || !follower.inboxId) return;
  const username = follower.preferredUsername?.toString();
  const data = {
    handle: username ? `@${username}@${host}` : '',
    inboxUrl: follower.inboxId.href,
    sharedInboxUrl: follower.endpoints?.sharedInbox?.href ?? null,
    host,
    followId: follow.id.href,
  };
  await prisma.fediverseFollower.upsert({
    where: { actor_followerUri: { actor: identifier, followerUri: follower.id.href } },
    create: { actor: identifier, followerUri: follower.id.href, ...data },
    update: data,
  });
  const accept = new Accept({
    id: new URL(activityUri(deps.publicUrl, randomUUID())),
    actor: ctx.getActorUri(identifier),
    object: follow,
    to: follower.id,
  });
  await enqueueActivity(prisma, identifier, (await accept.toJsonLd()) as Record<string, unknown>, [
    follower.inboxId.href,
  ]);
  deps.queued();
  logger.info({ follower: follower.id.href, actor: identifier }, 'fediverse: new follower accepted');
}

export async function onUndo(deps: InboxDeps, ctx: InboxContext<void>, undo: Undo): Promise<void> {
  if (!undo.actorId || !undo.objectId) return;
  const followerUri = undo.actorId.href;
  // The Undo names the Follow by id; an embedded Follow also says whom it followed.
  let identifier: string | null = null;
  try {
    const object = await undo.getObject(ctx);
    if (object instanceof Follow && object.objectId) {
      const target = ctx.parseUri(object.objectId);
      if (target?.type === 'actor') identifier = target.identifier;
    }
  } catch {
    // The Follow could not be read: its id is enough.
  }
  const { count } = await deps.prisma.fediverseFollower.deleteMany({
    where: { followerUri, OR: [{ followId: undo.objectId.href }, ...(identifier ? [{ actor: identifier }] : [])] },
  });
  if (count > 0) deps.logger.info({ follower: followerUri }, 'fediverse: follower left');
}
