// The mail background work every replica runs: the queue worker (queue.ts, polled often) and the
// workshop reminders (reminders.ts, every 10 minutes). Both are safe with several replicas.
// The loops run on the shared scheduler (jobs/recurring.ts).
import type { PrismaClient } from '@ekoacteurs/db';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { startRecurringJobs } from '../jobs/recurring.ts';
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
  const batch = MAIL_QUEUE_DEFAULTS.batchSize;
  return startRecurringJobs(options.logger, [
    {
      name: 'mail queue',
      work: async () => (await options.dispatcher.runOnce()) >= batch,
      pauseMs: options.intervalMs ?? MAIL_QUEUE_DEFAULTS.intervalMs,
    },
    {
      name: 'workshop reminders',
      work: async () => (await sendDueReminders(options.prisma, new Date(), 100, options.events)) >= 100,
      pauseMs: options.reminderIntervalMs ?? 600_000,
      firstDelayMs: Math.random() * 60_000,
    },
  ]);
}
