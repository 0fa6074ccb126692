// The run's results: a JSON file with everything, and a markdown summary people read; both also
// copied to bench/results/latest.{json,md}, the ones kept in git (per-run files are ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepResult } from './load.ts';
import type { InitialJs } from './portal-size.ts';
import type { SoakResult } from './soak.ts';
import type { SqlCount } from './sql-count.ts';
import { round } from './stats.ts';

export interface OperationResult {
  name: string;
  description: string;
  sql: SqlCount | null;
  steps: StepResult[];
  /** The same query hand-written (baseline-server.ts), measured just before, when it has one. */
  baseline?: StepResult[];
}

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  commit: { sha: string; dirty: boolean } | null;
  machine: {
    node: string;
    cpu: string;
    cores: number;
    memoryGiB: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  settings: {
    scale: number;
    seconds: number;
    warmupSeconds: number;
    connections: number[];
    soakSeconds: number;
    quick: boolean;
  };
  seed: { seconds: number };
  gateway: { notes: string[]; peakRssMiB: number };
  operations: OperationResult[];
  baseline: { description: string; steps: StepResult[]; peakRssMiB: number };
  /** Per concurrency: how much slower the gateway's directory page is than the baseline's. */
  overhead: { connections: number; p50Ratio: number; rpsRatio: number }[];
  soak: SoakResult | null;
  portalInitialJs: InitialJs | null;
}

export function overhead(gateway: StepResult[], baseline: StepResult[]): BenchResult['overhead'] {
  return gateway.flatMap((step) => {
    const base = baseline.find((b) => b.connections === step.connections);
    if (!base) return [];
    return [
      {
        connections: step.connections,
        p50Ratio: round(step.latencyMs.p50 / base.latencyMs.p50, 2),
        rpsRatio: round(base.requestsPerSecond / step.requestsPerSecond, 2),
      },
    ];
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function markdown(result: BenchResult): string {
  const lines: string[] = [];
  const m = result.machine;
  lines.push(`# Bench results — ${result.startedAt}`, '');
  lines.push(
    `Commit \`${result.commit?.sha.slice(0, 12) ?? 'unknown'}\`${result.commit?.dirty ? ' (with uncommitted changes)' : ''}; Node ${m.node}; ${m.cores} × ${m.cpu}; ${m.memoryGiB} GiB.`,
    `Load average ${m.loadAverageAtStart.map((n) => n.toFixed(1)).join(' / ')} at the start, ${m.loadAverageAtEnd.map((n) => n.toFixed(1)).join(' / ')} at the end: absolute figures move with it; the ratios to the baseline much less.`,
    `Seed scale ${result.settings.scale} members (seeded in ${result.seed.seconds} s); each step ${result.settings.seconds} s after a ${result.settings.warmupSeconds} s warm-up; clients ${result.settings.connections.join(', ')}.`,
    '',
  );
  lines.push('## Operations (gateway production build, one process)', '');
  lines.push(...result.gateway.notes.map((note) => `- ${note}`), '');
  lines.push(
    '| operation | SQL / request | clients | req/s | p50 ms | p95 ms | p99 ms | CPU ms / request (app + PostgreSQL) | failures | peak RSS MiB | load avg |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const operation of result.operations) {
    operation.steps.forEach((step, i) => {
      const name = i === 0 ? `**${operation.name}** — ${operation.description}` : '';
      const sql = i === 0 ? String(operation.sql?.statements ?? '—') : '';
      const cpu = step.cpuMsPerRequest ? `${step.cpuMsPerRequest.server} + ${step.cpuMsPerRequest.postgres}` : '—';
      lines.push(
        `| ${name} | ${sql} | ${step.connections} | ${step.requestsPerSecond} | ${step.latencyMs.p50} | ${step.latencyMs.p95} | ${step.latencyMs.p99} | ${cpu} | ${step.failures} | ${step.serverPeakRssMiB} | ${step.loadAverage ?? '—'} |`,
      );
    });
  }
  lines.push('', `Gateway peak RSS over the whole run (VmHWM): ${result.gateway.peakRssMiB} MiB.`, '');
  lines.push(
    'SQL statements by kind (counted in-process with the same build of the sources, on the same database):',
    '',
  );
  for (const operation of result.operations) {
    if (operation.sql)
      lines.push(
        `- ${operation.name}: ${Object.entries(operation.sql.byKind)
          .map(([kind, n]) => `${n} ${kind}`)
          .join(', ')}`,
      );
  }
  lines.push('', '## Against the same query hand-written', '');
  lines.push(
    'Each hot read beside its twin in `baseline-server.ts`: one hand-written SQL statement (pg, pool of 10), JSON.stringify, bare node:http; no parsing, validation, authorization or limits. Both answered the same data before the load (checked). Target: the gateway ≥ 0.5× the baseline’s req/s and p99 ≤ 1.5× its p99 at 16 clients.',
    '',
    '| operation | clients | gateway req/s | baseline req/s | gateway ÷ baseline req/s | gateway p99 ms | baseline p99 ms | gateway ÷ baseline p99 | CPU ms / request, gateway (app + PostgreSQL) | CPU ms / request, baseline |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  const cpuOf = (step: StepResult) =>
    step.cpuMsPerRequest ? `${step.cpuMsPerRequest.server} + ${step.cpuMsPerRequest.postgres}` : '—';
  for (const operation of result.operations) {
    if (!operation.baseline) continue;
    operation.steps.forEach((step, i) => {
      const base = operation.baseline!.find((b) => b.connections === step.connections);
      if (!base) return;
      lines.push(
        `| ${i === 0 ? `**${operation.name}**` : ''} | ${step.connections} | ${step.requestsPerSecond} | ${base.requestsPerSecond} | ${round(step.requestsPerSecond / base.requestsPerSecond, 2)} | ${step.latencyMs.p99} | ${base.latencyMs.p99} | ${round(step.latencyMs.p99 / base.latencyMs.p99, 2)} | ${cpuOf(step)} | ${cpuOf(base)} |`,
      );
    });
  }
  lines.push('', '## Overhead against the baseline (directory page)', '');
  lines.push(`Baseline: ${result.baseline.description} Peak RSS ${result.baseline.peakRssMiB} MiB.`, '');
  lines.push(
    '| clients | gateway req/s | baseline req/s | baseline ÷ gateway req/s | gateway p50 ms | baseline p50 ms | gateway ÷ baseline p50 |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  const directory = result.operations.find((o) => o.name === 'directory');
  for (const ratio of result.overhead) {
    const g = directory?.steps.find((s) => s.connections === ratio.connections);
    const b = result.baseline.steps.find((s) => s.connections === ratio.connections);
    lines.push(
      `| ${ratio.connections} | ${g?.requestsPerSecond} | ${b?.requestsPerSecond} | ${ratio.rpsRatio} | ${g?.latencyMs.p50} | ${b?.latencyMs.p50} | ${ratio.p50Ratio} |`,
    );
  }
  lines.push('');
  if (result.soak) {
    const s = result.soak;
    lines.push('## Memory soak', '');
    lines.push(
      `${s.seconds} s of mixed load (${Object.entries(s.mix)
        .map(([name, weight]) => `${name} ${weight} %`)
        .join(
          ', ',
        )}) with ${s.connections} clients: ${s.requestsPerSecond} req/s, p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms, ${s.failures} failures.`,
      '',
      '| RSS after warm-up | RSS at the end | peak | trend after warm-up (least squares) |',
      '|---:|---:|---:|---:|',
      `| ${s.rssAfterWarmupMiB} MiB (at ${s.warmupSeconds} s) | ${s.rssAtEndMiB} MiB | ${s.rssPeakMiB} MiB | ${s.rssSlopeMiBPerMinute} MiB/min |`,
      '',
    );
  }
  lines.push('## Portal initial JavaScript', '');
  const js = result.portalInitialJs;
  if (!js) lines.push('apps/portal/dist is not built: not measured.');
  else {
    lines.push(
      `${kib(js.gzipBytes)} gzipped (${kib(js.bytes)} raw) for the first route; budget ${kib(js.budgetBytes)}: ${js.withinBudget ? 'within' : '**over**'}.`,
      '',
    );
    lines.push(
      '| file | raw | gzip |',
      '|---|---:|---:|',
      ...js.files.map((f) => `| ${f.path} | ${kib(f.bytes)} | ${kib(f.gzipBytes)} |`),
    );
  }
  lines.push('');
  return lines.join('\n');
}

export function writeResults(dir: string, result: BenchResult): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const json = join(dir, `${stamp}.json`);
  const md = join(dir, `${stamp}.md`);
  const text = markdown(result);
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(md, text);
  writeFileSync(join(dir, 'latest.md'), text);
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  return { json, md };
}
