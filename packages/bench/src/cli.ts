// `pnpm bench`: measures the gateway's speed, SQL statements and memory at a realistic scale, against
// a hand-written baseline, and writes bench/results/<timestamp>.{json,md} and latest.md.
// Everything runs on this machine: a fresh PostgreSQL database, the servers on 127.0.0.1, the load
// from this process. Every load is bounded in time.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@ekoacteurs/db';
import { createBenchDatabase, withDatabase, type BenchDatabase } from './database.ts';
import { loadFixtures } from './fixtures.ts';
import { measureStep, type StepResult } from './load.ts';
import { operations as allOperations, type Operation } from './operations.ts';
import { parseOptions, USAGE, UsageError, type BenchOptions } from './options.ts';
import { measureInitialJs } from './portal-size.ts';
import { readMemory, startBaseline, startGateway, type Server } from './processes.ts';
import { overhead, writeResults, type BenchResult, type OperationResult } from './report.ts';
import { firstDifference } from './same-answer.ts';
import { acceptsCompressed, send } from './send.ts';
import { soak } from './soak.ts';
import { countStatements } from './sql-count.ts';
import { round } from './stats.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const RESULTS = `${REPO}bench/results`;

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Operations whose every answer is checked under load (the writes: each must have done its work). */
const checkedEvery = (operation: Operation) => operation.name === 'register';

function commit(): BenchResult['commit'] {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' }).trim().length > 0;
    return { sha, dirty };
  } catch {
    return null;
  }
}

async function main(options: BenchOptions): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = loadavg().map((n) => round(n, 2));
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
    cleanups.length = 0;
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    const seedStarted = performance.now();
    const database: BenchDatabase = options.database
      ? { name: options.database, url: withDatabase(options.postgresUrl, options.database), drop: async () => {} }
      : await createBenchDatabase(options.postgresUrl, options.scale, log);
    const seedSeconds = round((performance.now() - seedStarted) / 1000);
    if (!options.keepDatabase && !options.database) cleanups.push(database.drop);
    else log(`keeping database ${database.name}`);

    const db = await openDatabase({ target: { kind: 'postgres', url: database.url }, replicaUrls: [] });
    // Enough fresh (member, workshop) pairs for every registration the run can send.
    const fixtures = await loadFixtures(db.prisma, Math.min(options.scale, 3_000)).finally(() => db.close());
    const operations: Operation[] = allOperations(fixtures).filter(
      (operation) => !options.only || options.only.includes(operation.name),
    );
    log(
      `fixtures: ${fixtures.handles.length} members, ${fixtures.pageHandles.length} public pages, ${fixtures.workshops.length} upcoming workshops, ${fixtures.registrants.length} registrant tokens`,
    );

    log('counting SQL statements per request (in-process gateway)');
    const sql = await countStatements(database.url, operations);

    const gateway = await startGateway(database.url);
    cleanups.push(gateway.stop);
    // The baseline writes the pages' addresses as the gateway does (its PUBLIC_URL default).
    const baseline = await startBaseline(database.url, `http://localhost:${new URL(gateway.url).port}`);
    cleanups.push(baseline.stop);
    log(`gateway pid ${gateway.pid} at ${gateway.url}, baseline pid ${baseline.pid} at ${baseline.url}`);

    const steps = async (server: Server, operation: Operation) => {
      const results = [];
      for (const connections of options.connections) {
        const step = await measureStep(server.url, server.pid, operation, {
          connections,
          seconds: options.seconds,
          warmupSeconds: options.warmupSeconds,
          checkEvery: checkedEvery(operation),
          databaseUrl: database.url,
        });
        const cpu = step.cpuMsPerRequest
          ? `, CPU ${step.cpuMsPerRequest.server} + ${step.cpuMsPerRequest.postgres} ms/request`
          : '';
        log(
          `${server.name} ${operation.name} ×${connections}: ${step.requestsPerSecond} req/s, p50 ${step.latencyMs.p50} ms, p99 ${step.latencyMs.p99} ms${cpu}, ${step.failures} failures, load ${step.loadAverage}`,
        );
        results.push(step);
      }
      return results;
    };

    const results: OperationResult[] = [];
    for (const operation of operations) {
      // Make sure the operation answers as intended before loading it.
      const probe = operation.next();
      const answer = await send(gateway.url, probe);
      if (!operation.ok(answer.status, answer.body))
        throw new Error(`${operation.name} does not answer as expected: ${answer.status} ${answer.body.slice(0, 300)}`);
      log(`${operation.name}: answers ${answer.status}, ${answer.encoding}`);
      if (checkedEvery(operation) && acceptsCompressed(probe))
        throw new Error(`${operation.name}: every answer is checked under load, where a compressed one cannot be read`);
      // Its hand-written twin answers the same data (same parameters: the probe's), then is measured first.
      let baselineSteps: StepResult[] | undefined;
      if (operation.baseline) {
        const twin = operation.baseline;
        const bare = await send(baseline.url, twin(probe));
        const difference = firstDifference(JSON.parse(answer.body).data, JSON.parse(bare.body).data);
        if (difference)
          throw new Error(`${operation.name}: the baseline's answer differs from the gateway's at ${difference}`);
        baselineSteps = await steps(baseline, {
          name: `baseline-${operation.name}`,
          description: 'baseline',
          next: () => twin(operation.next()),
          ok: (status) => status === 200,
        });
      }
      results.push({
        name: operation.name,
        description: operation.description,
        sql: sql[operation.name] ?? null,
        steps: await steps(gateway, operation),
        baseline: baselineSteps,
      });
    }

    const soakResult =
      options.soakSeconds > 0 && !options.only
        ? await soak(gateway.url, gateway.pid, operations, options.soakSeconds)
        : null;
    if (soakResult)
      log(
        `soak: RSS ${soakResult.rssAfterWarmupMiB} MiB after warm-up, ${soakResult.rssAtEndMiB} MiB at the end (${soakResult.rssSlopeMiBPerMinute} MiB/min)`,
      );

    const gatewayPeak = readMemory(gateway.pid)?.peakMiB ?? Number.NaN;
    const baselinePeak = readMemory(baseline.pid)?.peakMiB ?? Number.NaN;
    const directory = results.find((r) => r.name === 'directory');
    const directoryBaseline = directory?.baseline ?? [];
    const result: BenchResult = {
      startedAt,
      finishedAt: new Date().toISOString(),
      commit: commit(),
      machine: {
        node: process.version,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: round(totalmem() / 2 ** 30),
        loadAverageAtStart,
        loadAverageAtEnd: loadavg().map((n) => round(n, 2)),
      },
      settings: {
        scale: options.scale,
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
        connections: options.connections,
        soakSeconds: options.soakSeconds,
        quick: options.quick,
      },
      seed: { seconds: seedSeconds },
      gateway: {
        notes: [
          'apps/gateway/dist/server.mjs, NODE_ENV=production, LOG_LEVEL=warn, DATABASE_POOL_SIZE 10, no Redis (one process), webhook poller on.',
          'RATE_LIMIT_ANONYMOUS/SESSION/TOKEN raised to 10⁹ points so the limiter never refuses the load (it still counts every request).',
          'GraphQL operations are sent as integrators send them: document text, Authorization: Bearer (an admin’s integration token; a member’s personal token for registerForWorkshop).',
          'Load from the bench process (autocannon) on 127.0.0.1; the gateway, PostgreSQL and the load share the same cores.',
        ],
        peakRssMiB: round(gatewayPeak),
      },
      operations: results,
      baseline: {
        description:
          'a bare node:http server answering the directory page (20 active members by name with skills and collectives, and the total) with one hand-written SQL query (pg, pool of 10) and JSON.stringify.',
        steps: directoryBaseline,
        peakRssMiB: round(baselinePeak),
      },
      overhead: directory ? overhead(directory.steps, directoryBaseline) : [],
      soak: soakResult,
      portalInitialJs: measureInitialJs(`${REPO}apps/portal/dist`),
    };
    const written = writeResults(RESULTS, result);
    log(`results: ${written.md} (and .json; latest.md and latest.json)`);
  } finally {
    await cleanUp();
  }
}

let options: BenchOptions | 'help';
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options === 'help') {
  console.log(USAGE);
} else {
  main(options).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
