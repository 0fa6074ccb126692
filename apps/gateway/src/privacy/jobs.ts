// The privacy background work every replica runs: building requested exports (polled often, one
// job at a time) and the retention purge (hourly). Both are safe with several replicas (see
// export-jobs.ts and retention.ts); the loops run on the shared scheduler (jobs/recurring.ts).
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';
import { startRecurringJobs } from '../jobs/recurring.ts';
import { createExportWorker } from './export-jobs.ts';
import { purgeExpired } from './retention.ts';

export interface PrivacyJobOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** Pause between two looks at the export queue when it was empty. */
  exportIntervalMs?: number;
  /** Pause between two retention purges. */
  retentionIntervalMs?: number;
}

export interface PrivacyJobs {
  /** Stops both loops and waits for the work in flight. */
  stop(): Promise<void>;
}

export function startPrivacyJobs(options: PrivacyJobOptions): PrivacyJobs {
  const { prisma, logger } = options;
  const worker = createExportWorker({ prisma, logger });
  return startRecurringJobs(logger, [
    // An export just built may have a successor waiting: look again at once.
    {
      name: 'data export worker',
      work: async () => (await worker.runOnce()) !== null,
      pauseMs: options.exportIntervalMs ?? 2_000,
    },
    {
      name: 'retention purge',
      work: async () => {
        const purged = await purgeExpired(prisma);
        const total = Object.values(purged).reduce((sum, n) => sum + n, 0);
        if (total > 0) logger.info({ purged }, 'retention: expired records deleted');
        return false;
      },
      pauseMs: options.retentionIntervalMs ?? 3_600_000,
      // Replicas started together spread their first purge over a minute.
      firstDelayMs: Math.random() * 60_000,
    },
  ]);
}
