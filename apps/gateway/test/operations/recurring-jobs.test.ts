// The one background-job scheduler (src/jobs/recurring.ts): a round that says more is waiting is
// followed at once, otherwise after the pause; a failure is logged and retried after the pause;
// wake() starts a waiting job's next round now and leaves the others alone; stop() clears the
// timers and waits for the round in flight.
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { startRecurringJobs } from '../../src/jobs/recurring.ts';

function capturingLogger() {
  const lines: Array<{ msg: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { msg: string });
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('recurring jobs', () => {
  it('runs again at once while work is waiting, then waits for the pause', async () => {
    const { logger } = capturingLogger();
    const rounds: number[] = [];
    let waiting = 3;
    const jobs = startRecurringJobs(logger, [
      { name: 'drain', work: async () => (rounds.push(Date.now()), --waiting > 0), pauseMs: 10_000 },
    ]);
    await sleep(100);
    await jobs.stop();
    // Three rounds back to back, then the pause (10 s) holds the fourth.
    expect(rounds).toHaveLength(3);
  });

  it('logs a failure with the job name and tries again after the pause', async () => {
    const { logger, lines } = capturingLogger();
    let calls = 0;
    const jobs = startRecurringJobs(logger, [
      {
        name: 'flaky',
        work: async () => {
          calls += 1;
          if (calls === 1) throw new Error('boom');
          return false;
        },
        pauseMs: 20,
      },
    ]);
    await sleep(150);
    await jobs.stop();
    expect(lines.map((line) => line.msg)).toContain('flaky: failed, will try again');
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('wake() starts the named job’s next round now, not the others’', async () => {
    const { logger } = capturingLogger();
    const rounds = { outbox: 0, other: 0 };
    const jobs = startRecurringJobs(logger, [
      { name: 'outbox', work: async () => (rounds.outbox++, false), pauseMs: 60_000 },
      { name: 'other', work: async () => (rounds.other++, false), pauseMs: 60_000 },
    ]);
    await sleep(50);
    expect(rounds).toEqual({ outbox: 1, other: 1 });
    jobs.wake('outbox');
    jobs.wake('unknown');
    await sleep(50);
    await jobs.stop();
    expect(rounds).toEqual({ outbox: 2, other: 1 });
  });

  it('stop() waits for the round in flight and starts no other', async () => {
    const { logger } = capturingLogger();
    let finished = 0;
    let started = 0;
    const jobs = startRecurringJobs(logger, [
      {
        name: 'slow',
        work: async () => {
          started += 1;
          await sleep(80);
          finished += 1;
          return true;
        },
        pauseMs: 0,
      },
    ]);
    await sleep(20);
    await jobs.stop();
    expect(finished).toBe(1);
    await sleep(50);
    expect(started).toBe(1);
  });

  it('honours the first delay', async () => {
    const { logger } = capturingLogger();
    let calls = 0;
    const jobs = startRecurringJobs(logger, [
      { name: 'late', work: async () => (calls++, false), pauseMs: 10, firstDelayMs: 5_000 },
    ]);
    await sleep(50);
    await jobs.stop();
    expect(calls).toBe(0);
  });
});
