// The privacy background work every replica runs: building requested exports (polled often, one
// job at a time) and the retention purge (hourly). Both are safe with several replicas (see
// export-jobs.ts and retention.ts). Timers never keep the process alive.
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';
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
  const exportIntervalMs = options.exportIntervalMs ?? 2_000;
  const retentionIntervalMs = options.retentionIntervalMs ?? 3_600_000;
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

  // An export just built may have a successor waiting: look again at once.
  loop('data export worker', async () => (await worker.runOnce()) !== null, exportIntervalMs, 0);
  // Replicas started together spread their first purge over a minute.
  loop(
    'retention purge',
    async () => {
      const purged = await purgeExpired(prisma);
      const total = Object.values(purged).reduce((sum, n) => sum + n, 0);
      if (total > 0) logger.info({ purged }, 'retention: expired records deleted');
      return false;
    },
    retentionIntervalMs,
    Math.random() * 60_000,
  );

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(inFlight);
    },
  };
}
