// Sends what the ActivityPub outbox holds, the way webhooks/poller.ts does: every replica polls,
// a delivery is claimed with FOR UPDATE SKIP LOCKED and leased, failures are retried with the
// webhooks' backoff (30 s … 6 h, ±20 %), and after maxAttempts (or an inbox's lasting refusal) it
// is FAILED. An inbox whose instance was blocked after the activity was queued gets nothing.
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';
import { defaultBackoffMs, WEBHOOK_DEFAULTS } from '../webhooks/poller.ts';
import type { Lookup } from '../webhooks/target.ts';
import { attemptActivityDelivery, type AttemptResult } from './deliver.ts';
import { keyPairOf } from './keys.ts';
import { keyIdOf } from './uris.ts';

export interface FediversePollerOptions {
  prisma: PrismaClient;
  logger: Logger;
  publicUrl: string;
  intervalMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  backoffMs?: (attempt: number) => number;
  timeoutMs?: number;
  /** Let deliveries reach this machine (FEDIVERSE_ALLOW_LOOPBACK; development and tests only). */
  allowLoopback?: boolean;
  lookup?: Lookup;
}

export interface FediverseDispatcher {
  /** Claims and sends the due deliveries once; resolves with how many were attempted. */
  runOnce(): Promise<number>;
}

export function createFediverseDispatcher(options: FediversePollerOptions): FediverseDispatcher {
  const { prisma, logger, publicUrl } = options;
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
      UPDATE "FediverseDelivery" AS d
      SET "attempts" = d."attempts" + 1, "nextAttemptAt" = now() + (${leaseMs}::int * interval '1 millisecond')
      WHERE d."id" IN (
        SELECT q."id" FROM "FediverseDelivery" AS q
        WHERE q."status" = 'PENDING' AND q."nextAttemptAt" <= now()
        ORDER BY q."nextAttemptAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING d."id"::text AS id`;
    return rows.map((row) => row.id);
  }

  async function attempt(
    delivery: { actor: string; inboxUrl: string; activity: unknown },
    blocked: Set<string>,
  ): Promise<AttemptResult> {
    const host = hostOf(delivery.inboxUrl);
    if (host && blocked.has(host))
      return { ok: false, statusCode: null, error: `Not sent: ${host} is blocked.`, permanent: true };
    const { privateKey } = await keyPairOf(prisma, delivery.actor);
    return attemptActivityDelivery(
      delivery.inboxUrl,
      delivery.activity,
      { privateKey, keyId: keyIdOf(publicUrl, delivery.actor) },
      timeoutMs,
      policy,
    );
  }

  async function record(
    delivery: { id: string; attempts: number; inboxUrl: string; activityId: string },
    result: AttemptResult,
  ) {
    const log = {
      deliveryId: delivery.id,
      inbox: delivery.inboxUrl,
      activity: delivery.activityId,
      attempt: delivery.attempts,
      statusCode: result.statusCode,
    };
    const data = result.ok
      ? { status: 'DELIVERED' as const, deliveredAt: new Date(), lastStatusCode: result.statusCode, lastError: null }
      : result.permanent || delivery.attempts >= maxAttempts
        ? { status: 'FAILED' as const, lastStatusCode: result.statusCode, lastError: result.error }
        : {
            nextAttemptAt: new Date(Date.now() + backoffMs(delivery.attempts)),
            lastStatusCode: result.statusCode,
            lastError: result.error,
          };
    await prisma.fediverseDelivery.updateMany({
      where: { id: delivery.id, status: 'PENDING', attempts: delivery.attempts },
      data,
    });
    if (result.ok) logger.info(log, 'activity delivered');
    else if ('status' in data) logger.warn({ ...log, error: result.error }, 'activity delivery failed for good');
    else
      logger.warn({ ...log, error: result.error, retryAt: data.nextAttemptAt }, 'activity delivery failed, will retry');
  }

  return {
    async runOnce() {
      const ids = await claim();
      if (ids.length === 0) return 0;
      const [deliveries, blocks] = await Promise.all([
        prisma.fediverseDelivery.findMany({
          where: { id: { in: ids } },
          select: { id: true, actor: true, inboxUrl: true, activityId: true, activity: true, attempts: true },
        }),
        prisma.fediverseBlockedInstance.findMany({ select: { host: true } }),
      ]);
      const blocked = new Set(blocks.map((block) => block.host));
      await Promise.all(
        deliveries.map(async (delivery) => {
          const result = await attempt(delivery, blocked).catch((error: unknown): AttemptResult => ({
            ok: false,
            statusCode: null,
            error: String(error).slice(0, 300),
          }));
          await record(delivery, result);
        }),
      );
      return deliveries.length;
    },
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export interface FediversePoller {
  /** Looks at the outbox now (after an activity was queued) rather than at the next tick. */
  wake(): void;
  stop(): Promise<void>;
}

/** Polls the outbox until stopped. Its timer never keeps the process alive. */
export function startFediversePoller(options: FediversePollerOptions): FediversePoller {
  const dispatcher = createFediverseDispatcher(options);
  const intervalMs = options.intervalMs ?? WEBHOOK_DEFAULTS.intervalMs;
  const batchSize = options.batchSize ?? WEBHOOK_DEFAULTS.batchSize;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let ticking = false;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = tick();
    }, ms);
    timer.unref();
  };
  const tick = async () => {
    ticking = true;
    let attempted = 0;
    try {
      attempted = await dispatcher.runOnce();
    } catch (error) {
      options.logger.error({ err: error }, 'fediverse poller: could not read the outbox');
    }
    ticking = false;
    if (!stopped) schedule(attempted >= batchSize ? 0 : intervalMs);
  };
  running = tick();

  return {
    wake() {
      if (!stopped && !ticking) schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
