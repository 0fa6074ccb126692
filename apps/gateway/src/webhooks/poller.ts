// Sends what the outbox holds. Every replica runs a poller; a delivery is claimed with
// FOR UPDATE SKIP LOCKED and leased (its nextAttemptAt pushed past the attempt's timeout), so two
// replicas never send it at the same time, and a replica that dies mid-send only delays it.
// Failures are retried with exponential backoff; after maxAttempts the delivery is FAILED (an
// admin can replay it).
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';
import { attemptDelivery, type AttemptResult } from './deliver.ts';
import type { Lookup } from './target.ts';

export interface WebhookPollerOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** Pause between two looks at the outbox when it had nothing (more) to send. */
  intervalMs?: number;
  /** Deliveries claimed (and sent in parallel) at a time. */
  batchSize?: number;
  /** Attempts before a delivery is FAILED. */
  maxAttempts?: number;
  /** Wait before the next attempt, after `attempt` failed attempts (1, 2, …). */
  backoffMs?: (attempt: number) => number;
  /** How long a receiver has to answer. */
  timeoutMs?: number;
  /** Let deliveries reach this machine (WEBHOOK_ALLOW_LOOPBACK; development and tests only). */
  allowLoopback?: boolean;
  /** Resolves receivers' names (the system resolver by default). */
  lookup?: Lookup;
}

export const WEBHOOK_DEFAULTS = { intervalMs: 2_000, batchSize: 10, maxAttempts: 10, timeoutMs: 10_000 } as const;

/** 30 s, 1 min, 2 min, … up to 6 h, each ±20 % so receivers coming back are not hit all at once. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(6 * 3_600_000, 30_000 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
}

export interface WebhookDispatcher {
  /** Claims and sends the due deliveries once; resolves with how many were attempted. */
  runOnce(): Promise<number>;
}

export function createWebhookDispatcher(options: WebhookPollerOptions): WebhookDispatcher {
  const { prisma, logger } = options;
  const batchSize = options.batchSize ?? WEBHOOK_DEFAULTS.batchSize;
  const maxAttempts = options.maxAttempts ?? WEBHOOK_DEFAULTS.maxAttempts;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_DEFAULTS.timeoutMs;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const leaseMs = timeoutMs + 60_000;
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
    const log = {
      deliveryId: delivery.id,
      webhookId: delivery.webhookId,
      event: delivery.event,
      attempt: delivery.attempts,
      statusCode: result.statusCode,
    };
    const data = result.ok
      ? { status: 'DELIVERED' as const, deliveredAt: new Date(), lastStatusCode: result.statusCode, lastError: null }
      : delivery.attempts >= maxAttempts
        ? { status: 'FAILED' as const, lastStatusCode: result.statusCode, lastError: result.error }
        : {
            nextAttemptAt: new Date(Date.now() + backoffMs(delivery.attempts)),
            lastStatusCode: result.statusCode,
            lastError: result.error,
          };
    // Only the attempt that holds the lease writes its outcome (a replay or a later claim wins).
    await prisma.webhookDelivery.updateMany({
      where: { id: delivery.id, status: 'PENDING', attempts: delivery.attempts },
      data,
    });
    if (result.ok) logger.info(log, 'webhook delivered');
    else if ('status' in data) logger.error({ ...log, error: result.error }, 'webhook delivery failed for good');
    else
      logger.warn({ ...log, error: result.error, retryAt: data.nextAttemptAt }, 'webhook delivery failed, will retry');
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
  const dispatcher = createWebhookDispatcher(options);
  const intervalMs = options.intervalMs ?? WEBHOOK_DEFAULTS.intervalMs;
  const batchSize = options.batchSize ?? WEBHOOK_DEFAULTS.batchSize;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    let attempted = 0;
    try {
      attempted = await dispatcher.runOnce();
    } catch (error) {
      options.logger.error({ err: error }, 'webhook poller: could not read the outbox');
    }
    if (stopped) return;
    // A full batch means more may be due: look again at once.
    timer = setTimeout(
      () => {
        running = tick();
      },
      attempted >= batchSize ? 0 : intervalMs,
    );
    timer.unref();
  };
  running = tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
