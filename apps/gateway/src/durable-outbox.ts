// What the two durable outboxes (webhooks/poller.ts, fediverse/poller.ts) share: their defaults and
// backoff, a delivery's next state after an attempt (delivered, failed for good, or retried later),
// the log line that tells which, and the loop that polls until stopped. Each outbox keeps its own
// claim (its table and its SQL), its attempt and its log fields.
import type { Logger } from './logger.ts';

export const OUTBOX_DEFAULTS = { intervalMs: 2_000, batchSize: 10, maxAttempts: 10, timeoutMs: 10_000 } as const;

/** 30 s, 1 min, 2 min, … up to 6 h, each ±20 % so receivers coming back are not hit all at once. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(6 * 3_600_000, 30_000 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
}

/** The settings both outboxes take (every one optional). */
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
}

/** The options with their defaults, and the lease a claim takes (past the attempt's timeout). */
export function outboxSettings(options: OutboxOptions) {
  const timeoutMs = options.timeoutMs ?? OUTBOX_DEFAULTS.timeoutMs;
  return {
    intervalMs: options.intervalMs ?? OUTBOX_DEFAULTS.intervalMs,
    batchSize: options.batchSize ?? OUTBOX_DEFAULTS.batchSize,
    maxAttempts: options.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts,
    backoffMs: options.backoffMs ?? defaultBackoffMs,
    timeoutMs,
    leaseMs: timeoutMs + 60_000,
  };
}

export interface OutboxAttempt {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** The receiver will never take it: retrying is pointless. */
  permanent?: boolean;
}

/**
 * What an attempt's outcome writes on the delivery, and says in the log (`what`: "webhook",
 * "activity"). Only the attempt that holds the lease writes (`write` updates where `lease` matches):
 * a replay or a later claim wins.
 */
export async function recordOutcome(
  settings: ReturnType<typeof outboxSettings>,
  logger: Logger,
  attempt: { result: OutboxAttempt; delivery: { id: string; attempts: number }; log: Record<string, unknown> },
  what: { name: string; failedForGood: 'warn' | 'error' },
  write: (lease: { id: string; status: 'PENDING'; attempts: number }, data: OutcomeData) => Promise<unknown>,
) {
  const { result, delivery } = attempt;
  const { attempts } = delivery;
  const log = { ...attempt.log, attempt: attempts, statusCode: result.statusCode };
  const data: OutcomeData = result.ok
    ? { status: 'DELIVERED', deliveredAt: new Date(), lastStatusCode: result.statusCode, lastError: null }
    : result.permanent || attempts >= settings.maxAttempts
      ? { status: 'FAILED', lastStatusCode: result.statusCode, lastError: result.error }
      : {
          nextAttemptAt: new Date(Date.now() + settings.backoffMs(attempts)),
          lastStatusCode: result.statusCode,
          lastError: result.error,
        };
  await write({ id: delivery.id, status: 'PENDING', attempts }, data);
  if (result.ok) logger.info(log, `${what.name} delivered`);
  else if ('status' in data)
    logger[what.failedForGood]({ ...log, error: result.error }, `${what.name} delivery failed for good`);
  else
    logger.warn(
      { ...log, error: result.error, retryAt: data.nextAttemptAt },
      `${what.name} delivery failed, will retry`,
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

/** Runs `runOnce` until stopped: again at once after a full batch, else after the interval. Its timer never keeps the process alive. */
export function startOutboxPoller(
  runOnce: () => Promise<number>,
  options: { intervalMs: number; batchSize: number; logger: Logger; name: string },
): OutboxPoller {
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
      attempted = await runOnce();
    } catch (error) {
      options.logger.error({ err: error }, `${options.name} poller: could not read the outbox`);
    }
    ticking = false;
    // A full batch means more may be due: look again at once.
    if (!stopped) schedule(attempted >= options.batchSize ? 0 : options.intervalMs);
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
