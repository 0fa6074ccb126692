// The mail background work every replica runs: the queue worker (queue.ts, polled often) and the
// workshop reminders (reminders.ts, every 10 minutes). Both are safe with several replicas.
// Timers never keep the process alive; stop() waits for the work in flight.
import type { PrismaClient } from '@ekoacteurs/db';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { MAIL_QUEUE_DEFAULTS, type MailDispatcher } from './queue.ts';
import { sendDueReminders } from './reminders.ts';

export interface MailJobOptions {
  prisma: PrismaClient;
  logger: Logger;
  dispatcher: MailDispatcher;
  /** Where the reminders' notifications are pushed live. */
  events?: Pick<EventBus, 'publish'>;
  intervalMs?: number;
  reminderIntervalMs?: number;
}

export interface MailJobs {
  stop(): Promise<void>;
}

export function startMailJobs(options: MailJobOptions): MailJobs {
  const { logger } = options;
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();

  const loop = (name: string, work: () => Promise<boolean>, pauseMs: number, firstDelayMs: number) => {
    const schedule = (ms: number) => {
      if (stopped) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        const run = work()
          .catch((error: unknown) => {
            logger.error({ err: error }, `${name}: failed, will try again`);
            return false;
          })
          .then((more) => schedule(more ? 0 : pauseMs));
        inFlight.add(run);
        void run.finally(() => inFlight.delete(run));
      }, ms);
      timer.unref();
      timers.add(timer);
    };
    schedule(firstDelayMs);
  };

  const batch = MAIL_QUEUE_DEFAULTS.batchSize;
  loop('mail queue', async () => (await options.dispatcher.runOnce()) >= batch, options.intervalMs ?? MAIL_QUEUE_DEFAULTS.intervalMs, 0);
  loop('workshop reminders', async () => (await sendDueReminders(options.prisma, new Date(), 100, options.events)) >= 100, options.reminderIntervalMs ?? 600_000, Math.random() * 60_000);

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([...inFlight]);
    },
  };
}
