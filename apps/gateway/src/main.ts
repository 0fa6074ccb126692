// Starts the gateway: configuration, database (migrated and seeded when embedded), HTTP server,
// the "ready" banner (banner.ts), and a graceful stop on SIGTERM/SIGINT.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyPendingMigrations, openDatabase, pendingMigrations, resolveDatabaseTarget } from '@ekoacteurs/db';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { printReady } from './banner.ts';
import { giveDemoAdminPassword, seedDemo } from './demo.ts';
import { boundHeapGrowth } from './heap-growth.ts';
import { createLogger } from './logger.ts';
import { createGateway } from './server.ts';

/**
 * With EKO_BOOT_TIMING set, the start's phases are logged: when each ended, in ms since the process
 * began (wall clock), and the CPU time used by then (user + system, less sensitive to a busy machine).
 */
const phases: Record<string, string> = {};
const phase = (name: string) => {
  const { user, system } = process.cpuUsage();
  phases[name] = `${Math.round(performance.now())} ms (cpu ${Math.round((user + system) / 1000)} ms)`;
};
phase('modulesLoaded');
// The heap grows at most a quarter past what it holds (heap-growth.ts explains the measure).
boundHeapGrowth();

async function main(config: Config) {
  const logger = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  const target = resolveDatabaseTarget(process.env);
  const isNewEmbedded = target.kind === 'pglite' && !existsSync(join(target.dataDir, 'PG_VERSION'));
  if (isNewEmbedded) logger.info({ dataDir: target.dataDir }, 'creating the embedded database (first start only)');
  const db = await openDatabase({ target, poolSize: config.DATABASE_POOL_SIZE });
  phase('databaseOpen');

  if (target.kind === 'pglite') {
    // The embedded database is ours alone: bring it up to date on every start. Reading what is
    // applied is one query; the schema engine (seconds to load) starts only when there is work.
    const pending = await pendingMigrations(db.prisma);
    phase('migrationsChecked');
    if (pending.length > 0) {
      if (!isNewEmbedded) logger.info('applying new migrations to the embedded database…');
      const applied = await applyPendingMigrations({ kind: 'pglite', pglite: db.pglite! });
      if (applied.length > 0) logger.info({ applied }, 'migrations applied to the embedded database');
      phase('migrated');
    }
    if (isNewEmbedded && config.SEED_ON_FIRST_START) {
      logger.info('seeding demo data (first start only)…');
      await seedDemo(db.prisma, config, logger);
    } else if (config.SEED_ON_FIRST_START) {
      await giveDemoAdminPassword(db.prisma, config, logger);
    }
  } else {
    // Against PostgreSQL, deploying migrations is the operator's explicit step (pnpm db:deploy).
    const pending = await pendingMigrations(db.prisma);
    if (pending.length > 0) {
      logger.warn({ pending }, 'the database has pending migrations: run `pnpm db:deploy`');
    }
  }

  phase('seeded');
  const gateway = createGateway({ config, db, logger });
  phase('gatewayCreated');
  const port = await gateway.listen();
  phase('listening');
  if (process.env.EKO_BOOT_TIMING) logger.info({ phases }, 'start phases (ms since the process began)');
  logger.info(
    { url: config.PUBLIC_URL, host: config.HOST, port, database: target.kind },
    `ÉkôActeurs listening on http://${config.HOST}:${port}`,
  );
  printReady({ config, port, target, logger });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    gateway.shutdown().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
main(config).catch((error: unknown) => {
  process.stderr.write(
    `The gateway could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
