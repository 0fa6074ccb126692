// What the durable outboxes (webhooks/poller.ts, fediverse/poller.ts, the mail queue email/queue.ts)
// share: their defaults and backoff, the claim of due rows (FOR UPDATE SKIP LOCKED, leased), an
// attempt's next state (delivered, failed for good, or retried later), the log line that tells
// which, and the loop that polls until stopped. Each outbox keeps its own table, what marks a row
// pending, its attempt, the columns an outcome writes, and its log fields.
import { Prisma, type PrismaClient } from '@ekoacteurs/db';
import { startRecurringJobs } from './jobs/recurring.ts';
import type { Logger } from './logger.ts';

export const OUTBOX_DEFAULTS = { intervalMs: 2_000, batchSize: 10, maxAttempts: 10, timeoutMs: 10_000 } as const;

/** `firstMs`, twice that, … up to 6 h, each ±20 % so receivers coming back are not hit all at once. */
export function exponentialBackoffMs(attempt: number, firstMs: number): number {
  return Math.min(6 * 3_600_000, firstMs * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
}

/** 30 s, 1 min, 2 min, … up to 6 h, each ±20 %. */
export function defaultBackoffMs(attempt: number): number {
  return exponentialBackoffMs(attempt, 30_000);
}

/** The settings every outbox takes (every one optional). */
export interface OutboxOptions {
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
  /** How long a claim holds a row; by default a minute past the attempt's timeout. */
  leaseMs?: number;
}

/** The options with their defaults (an outbox's own `defaults` first, then OUTBOX_DEFAULTS). */
export function outboxSettings(options: Partial<OutboxOptions>, defaults: Omit<OutboxOptions, 'logger'> = {}) {
  const pick = <K extends keyof Omit<OutboxOptions, 'logger'>>(key: K) => options[key] ?? defaults[key];
  const timeoutMs = pick('timeoutMs') ?? OUTBOX_DEFAULTS.timeoutMs;
  return {
    intervalMs: pick('intervalMs') ?? OUTBOX_DEFAULTS.intervalMs,
    batchSize: pick('batchSize') ?? OUTBOX_DEFAULTS.batchSize,
    maxAttempts: pick('maxAttempts') ?? OUTBOX_DEFAULTS.maxAttempts,
    backoffMs: pick('backoffMs') ?? defaultBackoffMs,
    timeoutMs,
    leaseMs: pick('leaseMs') ?? timeoutMs + 60_000,
  };
}

export type OutboxSettings = ReturnType<typeof outboxSettings>;

/**
 * Claims up to a batch of `table`'s due rows (`pending` and `nextAttemptAt` past, the oldest due
 * first): their attempt is counted and their nextAttemptAt pushed past the lease, so two replicas
 * never hold one row and a replica that dies mid-attempt only delays it. `pending` names the
 * claimed row `q`. Resolves with the claimed ids.
 */
export async function claimDue(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  table: 'FediverseDelivery' | 'OutboxEmail',
  pending: Prisma.Sql,
  settings: Pick<OutboxSettings, 'leaseMs' | 'batchSize'>,
): Promise<string[]> {
  const name = Prisma.raw(`"${table}"`);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE ${name} AS d
    SET "attempts" = d."attempts" + 1, "nextAttemptAt" = now() + (${settings.leaseMs}::int * interval '1 millisecond')
    WHERE d."id" IN (
      SELECT q."id" FROM ${name} AS q
      WHERE ${pending} AND q."nextAttemptAt" <= now()
      ORDER BY q."nextAttemptAt"
      LIMIT ${settings.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING d."id"::text AS id`;
  return rows.map((row) => row.id);
}

export interface OutboxAttempt {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** The receiver will never take it: retrying is pointless. */
  permanent?: boolean;
}

/** An attempt's consequence: delivered, failed for good, or tried again at `retryAt`. */
export type Outcome = { kind: 'delivered' } | { kind: 'failed' } | { kind: 'retry'; retryAt: Date };

/** What follows an attempt that was the delivery's `attempts`-th. */
export function nextOutcome(
  settings: Pick<OutboxSettings, 'maxAttempts' | 'backoffMs'>,
  result: OutboxAttempt,
  attempts: number,
): Outcome {
  if (result.ok) return { kind: 'delivered' };
  if (result.permanent || attempts >= settings.maxAttempts) return { kind: 'failed' };
  return { kind: 'retry', retryAt: new Date(Date.now() + settings.backoffMs(attempts)) };
}

/**
 * Decides an attempt's outcome, has `write` record it (only where the attempt still holds its
 * lease: a replay or a later claim wins), and says it in the log: "<name> delivered" (or the
 * outbox's own word), "<name> delivery failed for good", "<name> delivery failed, will retry".
 */
export async function settleAttempt(
  settings: Pick<OutboxSettings, 'maxAttempts' | 'backoffMs'>,
  logger: Logger,
  attempt: { result: OutboxAttempt; attempts: number; log: Record<string, unknown> },
  what: { name: string; failedForGood: 'warn' | 'error'; delivered?: string },
  write: (outcome: Outcome) => Promise<unknown>,
): Promise<Outcome> {
  const { result, attempts } = attempt;
  const outcome = nextOutcome(settings, result, attempts);
  await write(outcome);
  const log = { ...attempt.log, attempt: attempts, statusCode: result.statusCode };
  if (outcome.kind === 'delivered') logger.info(log, what.delivered ?? `${what.name} delivered`);
  else if (outcome.kind === 'failed')
    logger[what.failedForGood]({ ...log, error: result.error }, `${what.name} delivery failed for good`);
  else
    logger.warn({ ...log, error: result.error, retryAt: outcome.retryAt }, `${what.name} delivery failed, will retry`);
  return outcome;
}

/**
 * settleAttempt for the deliveries' tables (WebhookDelivery, FediverseDelivery: a status, the last
 * status code and error), `what.name` "webhook" or "activity".
 */
export async function recordOutcome(
  settings: OutboxSettings,
  logger: Logger,
  attempt: { result: OutboxAttempt; delivery: { id: string; attempts: number }; log: Record<string, unknown> },
  what: { name: string; failedForGood: 'warn' | 'error' },
  write: (lease: { id: string; status: 'PENDING'; attempts: number }, data: OutcomeData) => Promise<unknown>,
) {
  const { result, delivery } = attempt;
  const last = { lastStatusCode: result.statusCode, lastError: result.error };
  await settleAttempt(settings, logger, { result, attempts: delivery.attempts, log: attempt.log }, what, (outcome) =>
    write(
      { id: delivery.id, status: 'PENDING', attempts: delivery.attempts },
      outcome.kind === 'delivered'
        ? { status: 'DELIVERED', deliveredAt: new Date(), lastStatusCode: result.statusCode, lastError: null }
        : outcome.kind === 'failed'
          ? { status: 'FAILED', ...last }
          : { nextAttemptAt: outcome.retryAt, ...last },
    ),
  );
}

export type OutcomeData =
  | { status: 'DELIVERED'; deliveredAt: Date; lastStatusCode: number | null; lastError: null }
  | { status: 'FAILED'; lastStatusCode: number | null; lastError: string | null }
  | { nextAttemptAt: Date; lastStatusCode: number | null; lastError: string | null };

export interface OutboxPoller {
  /** Looks at the outbox now (after something was queued) rather than at the next tick. */
  wake(): void;
  /** Stops looking for work and waits for the deliveries in flight (bounded by the timeout). */
  stop(): Promise<void>;
}

/** Runs `runOnce` on the gateway's scheduler (jobs/recurring.ts) until stopped: again at once after a full batch, else after the interval. Its timer never keeps the process alive. */
export function startOutboxPoller(
  runOnce: () => Promise<number>,
  options: { intervalMs: number; batchSize: number; logger: Logger; name: string },
): OutboxPoller {
  const name = `${options.name} outbox`;
  const loop = startRecurringJobs(options.logger, [
    { name, work: async () => (await runOnce()) >= options.batchSize, pauseMs: options.intervalMs },
  ]);
  return { wake: () => loop.wake(name), stop: () => loop.stop() };
}
