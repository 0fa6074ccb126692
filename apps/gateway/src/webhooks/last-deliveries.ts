// The last deliveries of each webhook in a list (the console's webhooks screen), batched per request.
import type { Prisma, PrismaClient } from '@ekoacteurs/db';

type Delivery = Awaited<ReturnType<PrismaClient['webhookDelivery']['findMany']>>[number];
type Ctx = { prisma: PrismaClient };
type DeliveryQuery = { include?: Prisma.WebhookDeliveryInclude; select?: Prisma.WebhookDeliverySelect };
const batches = new WeakMap<Ctx, Map<string, { ids: Set<string>; result: Promise<Map<string, Delivery[]>> }>>();

/**
 * The last deliveries of every webhook of a list in two statements, however long the list and the
 * logs: the webhooks asked for in the same tick are batched, and each log is read from its index
 * with a LIMIT (a nested Prisma `take` would read every delivery of every webhook).
 */
export function lastDeliveries(ctx: Ctx, webhookId: string, count: number, query: DeliveryQuery): Promise<Delivery[]> {
  let byKey = batches.get(ctx);
  if (!byKey) batches.set(ctx, (byKey = new Map()));
  // Webhooks asking for the same number with the same nested selection share one batch.
  const key = `${count}:${JSON.stringify(query)}`;
  let batch = byKey.get(key);
  if (!batch) {
    const ids = new Set<string>();
    // setImmediate: after every resolver already in the microtask queue has joined the batch.
    const result = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      byKey.delete(key);
      const rows = await ctx.prisma.$queryRaw<{ id: string }[]>`
        SELECT d."id"::text AS "id"
        FROM unnest(${[...ids]}::uuid[]) AS w("id")
        CROSS JOIN LATERAL (
          SELECT "id" FROM "WebhookDelivery" WHERE "webhookId" = w."id" ORDER BY "createdAt" DESC, "id" DESC LIMIT ${count}
        ) AS d`;
      const deliveries = (await ctx.prisma.webhookDelivery.findMany({
        ...(query.select ? { select: { ...query.select, webhookId: true } } : query),
        where: { id: { in: rows.map((row) => row.id) } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })) as Delivery[];
      const grouped = new Map<string, Delivery[]>();
      for (const delivery of deliveries)
        grouped.set(delivery.webhookId, [...(grouped.get(delivery.webhookId) ?? []), delivery]);
      return grouped;
    });
    batch = { ids, result };
    byKey.set(key, batch);
  }
  batch.ids.add(webhookId);
  return batch.result.then((grouped) => grouped.get(webhookId) ?? []);
}
