// Sends what the ActivityPub outbox holds, the way webhooks/poller.ts does: every replica polls,
// a delivery is claimed with FOR UPDATE SKIP LOCKED and leased, failures are retried with the
// webhooks' backoff (30 s … 6 h, ±20 %), and after maxAttempts (or an inbox's lasting refusal) it
// is FAILED. An inbox whose instance was blocked after the activity was queued gets nothing.
import { Prisma, type PrismaClient } from '@ekoacteurs/db';
import {
  claimDue,
  outboxSettings,
  recordOutcome,
  startOutboxPoller,
  type OutboxOptions,
  type OutboxPoller,
} from '../durable-outbox.ts';
import type { Lookup } from '../webhooks/target.ts';
import type { AttemptResult } from './deliver.ts';
import { keyIdOf } from './uris.ts';

export interface FediversePollerOptions extends OutboxOptions {
  prisma: PrismaClient;
  publicUrl: string;
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
  const settings = outboxSettings(options);
  const { timeoutMs } = settings;
  const policy = {
    allowLoopback: options.allowLoopback ?? false,
    ...(options.lookup ? { lookup: options.lookup } : {}),
  };

  const claim = () => claimDue(prisma, 'FediverseDelivery', Prisma.sql`q."status" = 'PENDING'`, settings);

  async function attempt(
    delivery: { actor: string; inboxUrl: string; activity: unknown },
    blocked: Set<string>,
  ): Promise<AttemptResult> {
    const host = hostOf(delivery.inboxUrl);
    if (host && blocked.has(host))
      return { ok: false, statusCode: null, error: `Not sent: ${host} is blocked.`, permanent: true };
    // Fedify (signing, keys) loads with the first delivery due, not at start (see fedify.ts).
    const [{ keyPairOf }, { attemptActivityDelivery }] = await Promise.all([
      import('./keys.ts'),
      import('./deliver.ts'),
    ]);
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
    const log = { deliveryId: delivery.id, inbox: delivery.inboxUrl, activity: delivery.activityId };
    await recordOutcome(
      settings,
      logger,
      { result, delivery, log },
      { name: 'activity', failedForGood: 'warn' },
      (where, data) => prisma.fediverseDelivery.updateMany({ where, data }),
    );
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

export type FediversePoller = OutboxPoller;

/** Polls the outbox until stopped. Its timer never keeps the process alive. */
export function startFediversePoller(options: FediversePollerOptions): FediversePoller {
  const { runOnce } = createFediverseDispatcher(options);
  return startOutboxPoller(runOnce, { ...outboxSettings(options), logger: options.logger, name: 'fediverse' });
}
