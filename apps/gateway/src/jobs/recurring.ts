// The one scheduler for the gateway's background loops (mail queue, reminders, exports, retention):
// each loop runs its work, then waits — not at all when the work says more is waiting, its pause
// otherwise, and its pause again after a failure (logged). Timers never keep the process alive;
// stop() clears them and waits for the work in flight.
import type { Logger } from '../logger.ts';

export interface RecurringJob {
  /** Named in the log line when the work fails. */
  name: string;
  /** Does one round; resolves true when more is waiting and the next round should start at once. */
  work: () => Promise<boolean>;
  /** Pause between two rounds when nothing more is waiting, and after a failure. */
  pauseMs: number;
  /** Delay before the first round (replicas started together can spread theirs). */
  firstDelayMs?: number;
}

export interface RecurringJobs {
  /** Stops every loop and waits for the work in flight. */
  stop(): Promise<void>;
}

export function startRecurringJobs(logger: Logger, jobs: readonly RecurringJob[]): RecurringJobs {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();

  const schedule = (job: RecurringJob, ms: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const run = job
        .work()
        .catch((error: unknown) => {
          logger.error({ err: error }, `${job.name}: failed, will try again`);
          return false;
        })
        .then((more) => schedule(job, more ? 0 : job.pauseMs));
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    }, ms);
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) schedule(job, job.firstDelayMs ?? 0);

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([...inFlight]);
    },
  };
}
