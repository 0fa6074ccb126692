// One warning when requests start failing for want of a database, then one line every 10 s with
// how many failed meanwhile: an outage under load must not flood the logs.
import type { Logger } from '../logger.ts';

const EVERY_MS = 10_000;

export function outageLog(logger: Logger, now: () => number = Date.now) {
  let lastAt = -Infinity;
  let failed = 0;
  return (error: unknown) => {
    failed++;
    if (now() - lastAt < EVERY_MS) return;
    lastAt = now();
    const reason = error instanceof Error ? error.message.split('\n').filter(Boolean).at(-1) : String(error);
    logger.warn(
      { failedRequests: failed, reason },
      'database unavailable: requests answered with DATABASE_UNAVAILABLE (503)',
    );
    failed = 0;
  };
}
