// The servers under load, each its own OS process on 127.0.0.1: the gateway's production build
// (apps/gateway/dist/server.mjs) and the hand-written baseline. Their memory is read from /proc.
// BENCH_CPU_PROF=<folder> runs the gateway with --cpu-prof: its V8 CPU profile is written there when
// it stops (open it in Chrome's DevTools, Performance tab).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BUILT_SERVER } from '@ekoacteurs/gateway/testing';

export const GATEWAY_DIST = BUILT_SERVER;
const BASELINE = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface Server {
  name: string;
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function start(name: string, args: string[], env: Record<string, string>, readyPath: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: PACKAGE_DIR,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  while (
    !(await fetch(`${url}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`${name} exited before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    url,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The gateway as deployed: the production build, its own port, limits high enough for the load. */
export function startGateway(databaseUrl: string, built = GATEWAY_DIST): Promise<Server> {
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`pnpm build\` first.`);
  return start(
    'gateway',
    [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      // BENCH_GATEWAY_NODE_ARGS: node/V8 flags to try on the gateway (e.g. "--max-semi-space-size=32").
      ...(process.env.BENCH_GATEWAY_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
      GATEWAY_DIST,
    ],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      // The bench's few callers send thousands of requests a minute: budgets that never refuse.
      RATE_LIMIT_ANONYMOUS: '1000000000',
      RATE_LIMIT_SESSION: '1000000000',
      RATE_LIMIT_TOKEN: '1000000000',
      AUTH_ATTEMPTS_PER_IP_PER_HOUR: '1000000',
      // As docs/deploy.md's systemd unit runs it: two malloc arenas instead of one per thread.
      MALLOC_ARENA_MAX: '2',
    },
    '/readyz',
  );
}

export function startBaseline(databaseUrl: string, publicUrl: string): Promise<Server> {
  return start(
    'baseline',
    ['--import', 'tsx', BASELINE],
    { DATABASE_URL: databaseUrl, PUBLIC_URL: publicUrl },
    '/healthz',
  );
}

export interface MemoryReading {
  /** Resident set size now, in MiB. */
  rssMiB: number;
  /** Peak resident set size since the process started, in MiB. */
  peakMiB: number;
}

export function readMemory(pid: number): MemoryReading | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

/** Samples a process's RSS every `everyMs` until stopped; the highest reading and every sample. */
export function sampleMemory(pid: number, everyMs = 250) {
  const samples: { at: number; rssMiB: number }[] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    const reading = readMemory(pid);
    if (reading) samples.push({ at: (performance.now() - started) / 1000, rssMiB: reading.rssMiB });
  }, everyMs);
  return {
    samples,
    stop: () => clearInterval(timer),
    maxMiB: () => Math.max(0, ...samples.map((s) => s.rssMiB)),
  };
}
