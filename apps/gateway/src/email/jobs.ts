// The mail background work every replica runs: the queue worker (queue.ts, polled like the other
// durable outboxes, durable-outbox.ts) and the workshop reminders (reminders.ts, every 10 minutes,
// on the shared scheduler jobs/recurring.ts). Both are safe with several replicas.
import type { PrismaClient } from '@ekoacteurs/db';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { startRecurringJobs } from '../jobs/recurring.ts';
import { startMailPoller, type MailDispatcher } from './queue.ts';
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
  const queue = startMailPoller(options.dispatcher, {
    logger: options.logger,
    ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
  });
  const reminders = startRecurringJobs(options.logger, [
    {
      name: 'workshop reminders',
      work: async () => (await sendDueReminders(options.prisma, new Date(), 100, options.events)) >= 100,
      pauseMs: options.reminderIntervalMs ?? 600_000,
      firstDelayMs: Math.random() * 60_000,
    },
  ]);
  return {
    async stop() {
      await Promise.all([queue.stop(), reminders.stop()]);
    },
  };
}
