// In-app notifications. Write them inside the transaction of the change they announce, then
// publish the returned events once it has committed (the kinds a member may also get by email are
// queued for email in the same transaction, email/enqueue.ts):
//   const events = await prisma.$transaction(async (tx) => [await notify(tx, {...})]);
//   publish(ctx, events);
import type { Prisma } from '@ekoacteurs/db';
import type { Context } from './context.ts';
import type { NotificationEvent } from './events/bus.ts';
import { enqueueNotificationEmail } from './email/enqueue.ts';

export interface NotificationInput {
  memberId: string;
  /** Dotted name, e.g. "workshop.promoted", "recommendation.received". */
  kind: string;
  /** What the apps need to render it (titles, slugs, names); no secrets. */
  data: Prisma.InputJsonObject;
}

export async function notify(tx: Prisma.TransactionClient, input: NotificationInput): Promise<NotificationEvent> {
  const row = await tx.notification.create({ data: input });
  await enqueueNotificationEmail(tx, input);
  return { id: row.id, memberId: row.memberId, kind: row.kind, data: row.data, createdAt: row.createdAt.toISOString() };
}

export function publish(ctx: Pick<Context, 'events'>, events: NotificationEvent[]) {
  for (const event of events) ctx.events.publish('notification', event.memberId, event);
}
