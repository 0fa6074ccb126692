// The one scheduler for the gateway's background loops (the durable outboxes' polling — mail queue,
// webhooks, fediverse, through durable-outbox.ts —, reminders, exports, retention): each loop runs
// its work, then waits — not at all when the work says more is waiting, its pause otherwise, and its
// pause again after a failure (logged); wake() starts a waiting loop's next round now. Timers never
// keep the process alive; stop() clears them and waits for the work in flight.
import type { Logger } from '../logger.ts';

export interface RecurringJob {
  /** Named in the log line when the work fails, and by wake() (one name a job). */
  name: string;
  /** Does one round; resolves true when more is waiting and the next round should start at once. */
  work: () => Promise<boolean>;
  /** Pause between two rounds when nothing more is waiting, and after a failure. */
  pauseMs: number;
  /** Delay before the first round (replicas started together can spread theirs). */
  firstDelayMs?: number;
}

export interface RecurringJobs {
  /** Starts the named job's next round now when it is waiting for it (a round in flight is left to finish). */
  wake(name: string): void;
  /** Stops every loop and waits for the work in flight. */
  stop(): Promise<void>;
}

export function startRecurringJobs(logger: Logger, jobs: readonly RecurringJob[]): RecurringJobs {
  let stopped = false;
  /** The jobs waiting for their next round, by name, with the timer that starts it. */
  const waiting = new Map<string, { job: RecurringJob; timer: NodeJS.Timeout }>();
  const inFlight = new Set<Promise<void>>();

  const schedule = (job: RecurringJob, ms: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      waiting.delete(job.name);
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
    waiting.set(job.name, { job, timer });
  };
  for (const job of jobs) schedule(job, job.firstDelayMs ?? 0);

  return {
    wake(name) {
      const next = waiting.get(name);
      if (!next) return;
      clearTimeout(next.timer);
      schedule(next.job, 0);
    },
    async stop() {
      stopped = true;
      for (const { timer } of waiting.values()) clearTimeout(timer);
      waiting.clear();
      await Promise.all([...inFlight]);
    },
  };
}
