// Sends what the outbox holds. Every replica runs a poller; a delivery is claimed with
// FOR UPDATE SKIP LOCKED and leased (its nextAttemptAt pushed past the attempt's timeout), so two
// replicas never send it at the same time, and a replica that dies mid-send only delays it.
// Failures are retried with exponential backoff; after maxAttempts the delivery is FAILED (an
// admin can replay it).
import type { PrismaClient } from '@ekoacteurs/db';
import { outboxSettings, recordOutcome, startOutboxPoller, type OutboxOptions } from '../durable-outbox.ts';
import { attemptDelivery, type AttemptResult } from './deliver.ts';
import type { Lookup } from './target.ts';

export interface WebhookPollerOptions extends OutboxOptions {
  prisma: PrismaClient;
  /** Let deliveries reach this machine (WEBHOOK_ALLOW_LOOPBACK; development and tests only). */
  allowLoopback?: boolean;
  /** Resolves receivers' names (the system resolver by default). */
  lookup?: Lookup;
}

export interface WebhookDispatcher {
  /** Claims and sends the due deliveries once; resolves with how many were attempted. */
  runOnce(): Promise<number>;
}

export function createWebhookDispatcher(options: WebhookPollerOptions): WebhookDispatcher {
  const { prisma, logger } = options;
  const settings = outboxSettings(options);
  const { batchSize, timeoutMs, leaseMs } = settings;
  const policy = {
    allowLoopback: options.allowLoopback ?? false,
    ...(options.lookup ? { lookup: options.lookup } : {}),
  };

  async function claim(): Promise<string[]> {
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      UPDATE "WebhookDelivery" AS d
      SET "attempts" = d."attempts" + 1, "nextAttemptAt" = now() + (${leaseMs}::int * interval '1 millisecond')
      WHERE d."id" IN (
        SELECT q."id" FROM "WebhookDelivery" AS q JOIN "Webhook" AS w ON w."id" = q."webhookId"
        WHERE q."status" = 'PENDING' AND q."nextAttemptAt" <= now() AND w."active"
        ORDER BY q."nextAttemptAt"
        LIMIT ${batchSize}
        FOR UPDATE OF q SKIP LOCKED
      )
      RETURNING d."id"::text AS id`;
    return rows.map((row) => row.id);
  }

  async function record(
    delivery: { id: string; attempts: number; webhookId: string; event: string },
    result: AttemptResult,
  ) {
    const log = { deliveryId: delivery.id, webhookId: delivery.webhookId, event: delivery.event };
    await recordOutcome(
      settings,
      logger,
      { result, delivery, log },
      { name: 'webhook', failedForGood: 'error' },
      (where, data) => prisma.webhookDelivery.updateMany({ where, data }),
    );
  }

  return {
    async runOnce() {
      const ids = await claim();
      if (ids.length === 0) return 0;
      const deliveries = await prisma.webhookDelivery.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          event: true,
          payload: true,
          attempts: true,
          createdAt: true,
          webhookId: true,
          webhook: { select: { url: true, secret: true } },
        },
      });
      await Promise.all(
        deliveries.map(async (delivery) =>
          record(delivery, await attemptDelivery(delivery.webhook, delivery, timeoutMs, policy)),
        ),
      );
      return deliveries.length;
    },
  };
}

export interface WebhookPoller {
  /** Stops looking for work and waits for the deliveries in flight (bounded by timeoutMs). */
  stop(): Promise<void>;
}

/** Polls the outbox until stopped. Its timer never keeps the process alive. */
export function startWebhookPoller(options: WebhookPollerOptions): WebhookPoller {
  const { runOnce } = createWebhookDispatcher(options);
  return startOutboxPoller(runOnce, { ...outboxSettings(options), logger: options.logger, name: 'webhook' });
}
