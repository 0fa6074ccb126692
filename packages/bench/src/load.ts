// One measured step: `connections` clients send an operation's requests back to back for a fixed
// time (after a warm-up that is not counted), from this process to a server on 127.0.0.1.
// Latencies are autocannon's per-response times; percentiles are computed from all of them.
import autocannon, { type RawRequest } from 'autocannon';
import type { Operation } from './operations.ts';
import { sampleMemory } from './processes.ts';
import { round, summarise } from './stats.ts';

export interface StepResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Answers that were not what the operation is for (checked on writes), non-2xx, or failed (warm-up included). */
  failures: number;
  /** Highest RSS of the server process sampled during the step, MiB. */
  serverPeakRssMiB: number;
}

interface Run {
  latencies: number[];
  requests: number;
  failures: number;
  seconds: number;
}

/**
 * One continuous autocannon run of warm-up + measured seconds; only answers to requests sent after
 * the warm-up count. (Two separate runs would let the warm-up's abandoned requests, still being
 * served, eat into the measured window.)
 */
async function run(url: string, operation: Operation, connections: number, warmupSeconds: number, seconds: number, checkEvery: boolean): Promise<Run> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const measuredFrom = started + warmupSeconds * 1000;
  const instance = autocannon({
    url,
    connections,
    duration: warmupSeconds + seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request: RawRequest) => ({ ...request, ...operation.next() }),
        onResponse: checkEvery
          ? (status, body) => {
              if (!operation.ok(status, body)) failures++;
            }
          : undefined,
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (performance.now() - responseTime < measuredFrom) return;
    latencies.push(responseTime);
    if (!checkEvery && (statusCode < 200 || statusCode >= 300)) failures++;
  });
  const result = await instance;
  failures += result.errors;
  return { latencies, requests: latencies.length, failures, seconds: (performance.now() - measuredFrom) / 1000 };
}

/** Waits for the requests autocannon abandoned at the end of a run: one more answer queues behind them. */
async function drain(url: string, operation: Operation): Promise<void> {
  const request = operation.next();
  await fetch(`${url}${request.path}`, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(60_000) }).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  );
}

export async function measureStep(
  url: string,
  serverPid: number,
  operation: Operation,
  options: { connections: number; seconds: number; warmupSeconds: number; checkEvery: boolean },
): Promise<StepResult> {
  const memory = sampleMemory(serverPid);
  try {
    const measured = await run(url, operation, options.connections, options.warmupSeconds, options.seconds, options.checkEvery);
    const latency = summarise(measured.latencies);
    const peak = memory.maxMiB();
    await drain(url, operation);
    return {
      connections: options.connections,
      seconds: round(measured.seconds, 2),
      requests: measured.requests,
      requestsPerSecond: round(measured.requests / measured.seconds),
      latencyMs: { p50: round(latency.p50), p95: round(latency.p95), p99: round(latency.p99), max: round(latency.max) },
      failures: measured.failures,
      serverPeakRssMiB: round(peak),
    };
  } finally {
    memory.stop();
  }
}
