// In-app notifications. Write them inside the transaction of the change they announce, then
// publish the returned events once it has committed:
//   const events = await prisma.$transaction(async (tx) => [await notify(tx, {...})]);
//   publish(ctx, events);
import type { Prisma, PrismaClient } from '@ekoacteurs/db';
import type { Context } from './context.ts';
import type { NotificationEvent } from './events/bus.ts';

export interface NotificationInput {
  memberId: string;
  /** Dotted name, e.g. "workshop.promoted", "recommendation.received". */
  kind: string;
  /** What the apps need to render it (titles, slugs, names); no secrets. */
  data: Prisma.InputJsonObject;
}

export async function notify(tx: Pick<PrismaClient, 'notification'>, input: NotificationInput): Promise<NotificationEvent> {
  const row = await tx.notification.create({ data: input });
  return { id: row.id, memberId: row.memberId, kind: row.kind, data: row.data, createdAt: row.createdAt.toISOString() };
}

export function publish(ctx: Pick<Context, 'events'>, events: NotificationEvent[]) {
  for (const event of events) ctx.events.publish('notification', event.memberId, event);
}
