// The memory soak: a few minutes of mixed load (mostly reads, a few registrations) on the gateway,
// its RSS sampled every second. A leak shows as RSS still climbing once the warm-up is over.
import type { Operation } from './operations.ts';
import { measureStep } from './load.ts';
import { sampleMemory } from './processes.ts';
import { round, slope } from './stats.ts';

export interface SoakResult {
  seconds: number;
  connections: number;
  mix: Record<string, number>;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  failures: number;
  warmupSeconds: number;
  rssAfterWarmupMiB: number;
  rssAtEndMiB: number;
  rssPeakMiB: number;
  /** Growth rate after the warm-up (least squares), MiB per minute. */
  rssSlopeMiBPerMinute: number;
  /** RSS every 5 s, for the record. */
  rssSamplesMiB: { second: number; rssMiB: number }[];
}

const MIX: Record<string, number> = {
  directory: 25,
  'directory-search': 20,
  profile: 20,
  workshops: 15,
  'public-page': 15,
  register: 5,
};

function mixed(operations: Operation[]): Operation {
  const pool = operations.flatMap((operation) => Array.from({ length: MIX[operation.name] ?? 0 }, () => operation));
  let i = 0;
  // A fixed interleaving (stride coprime with 100) rather than randomness: runs stay comparable.
  const pick = () => pool[(i++ * 37) % pool.length]!;
  return { name: 'mixed', description: 'mixed', next: () => pick().next(), ok: () => true };
}

export async function soak(
  url: string,
  pid: number,
  operations: Operation[],
  seconds: number,
  connections = 16,
): Promise<SoakResult> {
  const warmupSeconds = Math.min(30, Math.max(5, Math.round(seconds * 0.2)));
  const memory = sampleMemory(pid, 1_000);
  try {
    const step = await measureStep(url, pid, mixed(operations), {
      connections,
      seconds: seconds - warmupSeconds,
      warmupSeconds,
      checkEvery: false,
    });
    const after = memory.samples.filter((s) => s.at >= warmupSeconds);
    const rssAfterWarmup = after[0]?.rssMiB ?? Number.NaN;
    const rssAtEnd = memory.samples.at(-1)?.rssMiB ?? Number.NaN;
    return {
      seconds,
      connections,
      mix: MIX,
      requestsPerSecond: step.requestsPerSecond,
      latencyMs: step.latencyMs,
      failures: step.failures,
      warmupSeconds,
      rssAfterWarmupMiB: round(rssAfterWarmup),
      rssAtEndMiB: round(rssAtEnd),
      rssPeakMiB: round(memory.maxMiB()),
      rssSlopeMiBPerMinute: round(slope(after.map((s) => ({ x: s.at / 60, y: s.rssMiB }))), 2),
      rssSamplesMiB: memory.samples
        .filter((_, i) => i % 5 === 0)
        .map((s) => ({ second: Math.round(s.at), rssMiB: round(s.rssMiB) })),
    };
  } finally {
    memory.stop();
  }
}
