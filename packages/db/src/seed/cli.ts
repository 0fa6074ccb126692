// `pnpm db:seed [--scale N] [--reset] [--now 2026-01-15]`: seeds the configured database
// (DATABASE_URL, or the embedded PGlite) and prints a one-line summary.
import { parseArgs } from 'node:util';
import { openDatabase } from '../client.ts';
import { DEFAULT_SCALE, MIN_SCALE, seed, SeedRefusedError, type SeedOptions, type SeedSummary } from './index.ts';

const USAGE = `Usage: pnpm db:seed [--scale N] [--reset] [--now YYYY-MM-DD]

  --scale N    number of members (default ${DEFAULT_SCALE}, minimum ${MIN_SCALE}); the rest follows
  --reset      empty every table first (TRUNCATE … CASCADE)
  --now DATE   reference date every date is relative to (default: today, 00:00 UTC)`;

class UsageError extends Error {}

function parseOptions(argv: readonly string[]): SeedOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      // `pnpm db:seed -- --scale 10` passes the "--" through.
      args: argv.filter((arg) => arg !== '--'),
      options: {
        scale: { type: 'string' },
        reset: { type: 'boolean', default: false },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  const options: SeedOptions = { reset: values.reset };
  if (values.scale !== undefined) {
    if (!/^\d+$/.test(values.scale)) throw new UsageError(`--scale expects a whole number, got "${values.scale}"`);
    options.scale = Number(values.scale);
  }
  if (values.now !== undefined) {
    const text = values.now;
    const now = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00.000Z` : text);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now expects a date such as 2026-01-15, got "${text}"`);
    options.now = now;
  }
  return options;
}

function formatSummary(summary: SeedSummary, seconds: number, options: SeedOptions): string {
  const total = Object.values(summary).reduce((sum, n) => sum + n, 0);
  const tables = Object.entries(summary)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ');
  const now = (options.now ?? new Date()).toISOString().slice(0, 10);
  return `Seeded ${total} rows in ${seconds.toFixed(1)} s (scale ${options.scale ?? DEFAULT_SCALE}, now ${now}${options.reset ? ', reset' : ''}): ${tables}`;
}

/** One line from a driver or Prisma error (Prisma's begin with "Invalid `prisma…()` invocation:"). */
function readable(error: unknown): string {
  const lines = String((error as Error)?.message ?? error)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Invalid `.*` invocation/.test(line));
  return lines.join(' ') || String(error);
}

async function main(): Promise<number> {
  let options: SeedOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`db:seed: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  const started = performance.now();
  let database;
  try {
    database = await openDatabase();
  } catch (error) {
    console.error(`db:seed: could not open the database: ${readable(error)}`);
    return 1;
  }
  try {
    await database.ping();
  } catch (error) {
    console.error(`db:seed: could not reach the database: ${readable(error)}`);
    await database.close().catch(() => undefined);
    return 1;
  }
  try {
    const summary = await seed(database.prisma, options);
    console.log(formatSummary(summary, (performance.now() - started) / 1000, options));
    return 0;
  } catch (error) {
    if (error instanceof SeedRefusedError || error instanceof RangeError) {
      console.error(`db:seed: ${error.message}`);
    } else {
      console.error(`db:seed: seeding failed, nothing was written: ${readable(error)}`);
    }
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
