// `pnpm bench [--quick] [--scale N] [--seconds N] [--warmup N] [--connections 1,16,64]
//             [--soak-seconds N] [--only a,b] [--keep-database] [--database NAME] [--postgres URL]`
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Members in the seeded network (workshops, collectives… follow). */
  scale: number;
  /** Measured seconds per operation and concurrency. */
  seconds: number;
  /** Seconds of load before each measured step, not counted. */
  warmupSeconds: number;
  connections: number[];
  soakSeconds: number;
  /** Only these operations (names from operations.ts); all by default. */
  only: string[] | null;
  keepDatabase: boolean;
  /** An already seeded bench database (left by --keep-database) to measure again: neither seeded nor dropped. */
  database: string | null;
  /** The PostgreSQL server the bench creates its database on (loopback only). */
  postgresUrl: string;
}

export const USAGE = `Usage: pnpm bench [options]

  --quick              smoke run: scale 2000, 2 s per step (1 s warm-up), 20 s soak
  --scale N            members in the seeded network (default 10000)
  --seconds N          measured seconds per operation and concurrency (default 5)
  --warmup N           warm-up seconds before each step (default 2)
  --connections LIST   concurrent clients, comma-separated (default 1,16,64)
  --soak-seconds N     mixed-load memory soak (default 180)
  --only LIST          only these operations, comma-separated
  --keep-database      leave the bench database in place afterwards
  --database NAME      measure on this database kept by an earlier run (no seeding, kept)
  --postgres URL       PostgreSQL server to create the bench database on
                       (default BENCH_POSTGRES_URL or postgresql://postgres@127.0.0.1:5432/postgres)`;

export class UsageError extends Error {}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0)
    throw new UsageError(`--${name} expects a positive whole number, got "${value}"`);
  return Number(value);
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: {
        quick: { type: 'boolean', default: false },
        scale: { type: 'string' },
        seconds: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        'soak-seconds': { type: 'string' },
        only: { type: 'string' },
        'keep-database': { type: 'boolean', default: false },
        database: { type: 'string' },
        postgres: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const connections = (values.connections ?? '1,16,64').split(',').map((n) => positiveInt('connections', n.trim(), 0));
  const postgresUrl = values.postgres ?? env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  let host: string;
  try {
    host = new URL(postgresUrl).hostname;
  } catch {
    throw new UsageError(`--postgres expects a postgresql:// URL, got "${postgresUrl}"`);
  }
  // The bench creates and drops databases and loads servers: this machine only.
  if (!LOOPBACK.test(host))
    throw new UsageError(`--postgres must point at this machine (127.0.0.1, localhost), got "${host}"`);
  // Only a database the bench made: measuring must never touch another one.
  if (values.database !== undefined && !/^eko_bench_\d+$/.test(values.database))
    throw new UsageError(`--database expects a bench database's name (eko_bench_…), got "${values.database}"`);
  return {
    quick,
    scale: positiveInt('scale', values.scale, quick ? 2_000 : 10_000),
    seconds: positiveInt('seconds', values.seconds, quick ? 2 : 5),
    warmupSeconds: positiveInt('warmup', values.warmup, quick ? 1 : 2),
    connections,
    soakSeconds: positiveInt('soak-seconds', values['soak-seconds'], quick ? 20 : 180),
    only: values.only
      ? values.only
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
      : null,
    keepDatabase: values['keep-database'] ?? false,
    database: values.database ?? null,
    postgresUrl,
  };
}
