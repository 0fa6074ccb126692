// One measured step: `connections` clients send an operation's requests back to back for a fixed
// time (after a warm-up that is not counted), from this process to a server on 127.0.0.1.
// Throughput counts the responses completed inside the measured window (whenever their request was
// sent); latencies are autocannon's per-response times of those responses. CPU per request (the
// server process and its PostgreSQL backends) and the load average are recorded beside them.
import { loadavg } from 'node:os';
import autocannon, { type RawRequest } from 'autocannon';
import type { Operation } from './operations.ts';
import { cpuWindow } from './cpu.ts';
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
  /** CPU ms per completed request: the server process, and the PostgreSQL backends of the bench's database. */
  cpuMsPerRequest: { server: number; postgres: number } | null;
  /** The machine's 1-minute load average when the step ended. */
  loadAverage: number;
}

interface Run {
  latencies: number[];
  requests: number;
  failures: number;
  seconds: number;
}

/**
 * One continuous autocannon run of warm-up + measured seconds; the answers completed after the
 * warm-up count, whenever their request was sent. (Counting only requests sent after the warm-up
 * undercounted a slow server: those in flight at the boundary were lost.)
 */
async function run(
  url: string,
  operation: Operation,
  connections: number,
  warmupSeconds: number,
  seconds: number,
  checkEvery: boolean,
  onMeasuredStart: () => void,
): Promise<Run> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const measuredFrom = started + warmupSeconds * 1000;
  const timer = setTimeout(onMeasuredStart, warmupSeconds * 1000);
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
    if (performance.now() < measuredFrom) return;
    latencies.push(responseTime);
    if (!checkEvery && (statusCode < 200 || statusCode >= 300)) failures++;
  });
  const result = await instance;
  clearTimeout(timer);
  failures += result.errors;
  return { latencies, requests: latencies.length, failures, seconds: (performance.now() - measuredFrom) / 1000 };
}

/** Waits for the requests autocannon abandoned at the end of a run: one more answer queues behind them. */
async function drain(url: string, operation: Operation): Promise<void> {
  const request = operation.next();
  await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(60_000),
  }).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  );
}

export async function measureStep(
  url: string,
  serverPid: number,
  operation: Operation,
  options: { connections: number; seconds: number; warmupSeconds: number; checkEvery: boolean; databaseUrl?: string },
): Promise<StepResult> {
  const memory = sampleMemory(serverPid);
  const cpu = options.databaseUrl ? cpuWindow(serverPid, options.databaseUrl) : null;
  let cpuStarted: Promise<void> | undefined;
  try {
    const measured = await run(
      url,
      operation,
      options.connections,
      options.warmupSeconds,
      options.seconds,
      options.checkEvery,
      () => {
        cpuStarted = cpu?.start();
      },
    );
    const used = cpu && cpuStarted ? await cpuStarted.then(() => cpu.stop()) : null;
    const latency = summarise(measured.latencies);
    const peak = memory.maxMiB();
    const perRequest = (ms: number) => round(ms / Math.max(1, measured.requests), 2);
    await drain(url, operation);
    return {
      connections: options.connections,
      seconds: round(measured.seconds, 2),
      requests: measured.requests,
      requestsPerSecond: round(measured.requests / measured.seconds),
      latencyMs: { p50: round(latency.p50), p95: round(latency.p95), p99: round(latency.p99), max: round(latency.max) },
      failures: measured.failures,
      serverPeakRssMiB: round(peak),
      cpuMsPerRequest: used ? { server: perRequest(used.serverMs), postgres: perRequest(used.postgresMs) } : null,
      loadAverage: round(loadavg()[0]!, 2),
    };
  } finally {
    memory.stop();
  }
}
