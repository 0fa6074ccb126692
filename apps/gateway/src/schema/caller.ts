// Who is acting, for resolvers that authorization has already let through: the caller's member id,
// the audit log's actor, and notifications written to several members inside one transaction.
import type { Prisma } from '@ekoacteurs/db';
import { viewerId, type Context } from '../context.ts';
import { requestError } from '../errors.ts';
import type { NotificationEvent } from '../events/bus.ts';
import { notify } from '../notify.ts';

/** The signed-in caller's member id; authorization has already let only members through. */
export function callerId(ctx: Context): string {
  const id = viewerId(ctx);
  if (!id) throw requestError('UNAUTHENTICATED', 'Sign in first.');
  return id;
}

/** The audit log's actor: the caller (none for a visitor), their address and browser. */
export function auditActor(ctx: Context) {
  return { actorId: viewerId(ctx), ip: ctx.caller.ip, userAgent: ctx.userAgent };
}

/** The audit log's actor when only a signed-in member can be acting (its id is never null). */
export function memberActor(ctx: Context) {
  return { actorId: callerId(ctx), ip: ctx.caller.ip, userAgent: ctx.userAgent };
}

/** One notification per member, written in the transaction; publish the events after commit. */
export async function notifyEach(
  tx: Prisma.TransactionClient,
  memberIds: string[],
  kind: string,
  data: Prisma.InputJsonObject,
): Promise<NotificationEvent[]> {
  const events: NotificationEvent[] = [];
  for (const memberId of memberIds) events.push(await notify(tx, { memberId, kind, data }));
  return events;
}
