// Writes an event to the durable webhook outbox, inside the transaction of the change it announces:
// if the change rolls back, nothing is sent; once it commits, the poller delivers it (poller.ts).
import type { Prisma, PrismaClient } from '@ekoacteurs/db';
import type { WebhookEventName } from './events.ts';

type Db = Pick<PrismaClient, 'webhook' | 'webhookDelivery'>;

/**
 * Queues one delivery per active webhook subscribed to `event`; returns how many were queued.
 * `payload` may be a function: it is then only built (and its reads only made) when someone listens.
 */
export async function enqueueWebhookEvent(
  tx: Db,
  event: WebhookEventName,
  payload: Prisma.InputJsonObject | (() => Promise<Prisma.InputJsonObject>),
): Promise<number> {
  const webhooks = await tx.webhook.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (webhooks.length === 0) return 0;
  const data = typeof payload === 'function' ? await payload() : payload;
  const { count } = await tx.webhookDelivery.createMany({
    data: webhooks.map((webhook) => ({ webhookId: webhook.id, event, payload: data })),
  });
  return count;
}
