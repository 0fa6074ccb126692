// A fresh PostgreSQL database for one bench run: created, migrated with the committed migrations,
// seeded with the demo network at the requested scale, and dropped afterwards.
import { applyPendingMigrations, openDatabase } from '@ekoacteurs/db';
import { seed } from '@ekoacteurs/db/seed';
import pg from 'pg';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(
  serverUrl: string,
  scale: number,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const name = `eko_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const url = withDatabase(serverUrl, name);
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const drop = () =>
    onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
  try {
    const applied = await applyPendingMigrations({ kind: 'postgres', url });
    log(`database ${name}: ${applied.length} migrations applied`);
    const started = performance.now();
    const db = await openDatabase({ target: { kind: 'postgres', url }, replicaUrls: [] });
    try {
      const summary = await seed(db.prisma, { scale });
      const rows = Object.values(summary).reduce((sum, n) => sum + n, 0);
      log(`seeded ${rows} rows at scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // Fresh statistics and visibility maps, as a database that has been running for a while has
      // them from autovacuum: without VACUUM every count reads the whole heap instead of an index
      // (index-only scans need all-visible pages), and where autovacuum is on it would change the
      // plans in the middle of the run.
      await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    } finally {
      await db.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, drop };
}
