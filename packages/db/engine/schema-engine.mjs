#!/usr/bin/env node
// Stands in for Prisma's native schema-engine binary, which the Prisma CLI cannot download here.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file; the CLI then spawns it exactly
// as it would the binary, and every call is forwarded to the wasm build of the same engine
// (wasm-engine.mjs) over a driver adapter: PostgreSQL or the embedded PGlite, chosen by the
// datasource URL (datasource-url.mjs).
//
// What the CLI expects of the binary (prisma 7.10.1):
//   schema-engine --version
//       one line on stdout.
//   schema-engine --datasource <json> cli can-connect-to-database | create-database
//       exit 0 on success; on failure exit non-zero with JSON log lines on stderr, of which the
//       CLI ignores the first and reads an ERROR one's `fields.error_code` / `fields.message`.
//   schema-engine [--datamodels <schema file>]… [--datasource <json>] [other flags, ignored]
//       JSON-RPC 2.0, one message per line: requests on stdin, responses on stdout. The engine may
//       send the CLI a `print` request (the CLI writes its `content` to stdout and answers); logs
//       are JSON lines on stderr. The CLI ends stdin and SIGTERMs the process when it is done,
//       without waiting: we still close the database properly (PGlite must flush its files).
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { fromCliDatasourceUrl } from './datasource-url.mjs';
import { acquirePgliteLock, PgliteLockedError } from './pglite-lock.mjs';
import { createEmptyPglite, engineVersion, panicMessage, runPgQuery, startSchemaEngine } from './wasm-engine.mjs';

// Requests answered by the wasm engine's method of the same name.
const FORWARDED_METHODS = new Set([
  'applyMigrations',
  'createMigration',
  'debugPanic',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'diff',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
]);

const { values: options, positionals } = parseArgs({
  options: {
    version: { type: 'boolean' },
    datamodels: { type: 'string', multiple: true },
    datasource: { type: 'string' },
  },
  allowPositionals: true,
  strict: false,
});

if (options.version) {
  process.stdout.write(`schema-engine-wasm ${await engineVersion()}\n`);
  process.exit(0);
}

const datasourceArg = options.datasource ? JSON.parse(String(options.datasource)) : undefined;
if (positionals[0] === 'cli') {
  process.exit(await runCliCommand(positionals[1], datasourceArg));
}
serveJsonRpc(datasourceArg, /** @type {string[] | undefined} */ (options.datamodels) ?? []);

/**
 * @param {string | undefined} command
 * @param {{ url: string } | undefined} datasource
 * @returns {Promise<number>} the exit code
 */
async function runCliCommand(command, datasource) {
  // The CLI skips the first stderr line when it looks for the error.
  log('INFO', `schema-engine-wasm shim: cli ${command}`);
  try {
    if (!datasource) throw new Error('--datasource is required');
    const target = fromCliDatasourceUrl(datasource.url);
    if (command === 'can-connect-to-database') {
      if (target.kind === 'postgres') await runPgQuery(target.url, 'SELECT 1');
      else await (await acquirePgliteLock(target.dataDir))();
    } else if (command === 'create-database') {
      // PGlite creates its data directory on first open.
      if (target.kind === 'postgres') await createPgDatabase(target.url);
    } else {
      throw new Error(`Unsupported command: cli ${command}`);
    }
    return 0;
  } catch (error) {
    log('ERROR', errorMessage(error), connectionErrorCode(error));
    return 1;
  }
}

/** @param {string} url */
async function createPgDatabase(url) {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  await runPgQuery(target.href, `CREATE DATABASE "${database.replaceAll('"', '""')}"`);
}

/**
 * The native engine's codes for the connection failures the CLI acts on (P1003 makes
 * `migrate dev` and friends create the database).
 *
 * @param {unknown} error
 */
function connectionErrorCode(error) {
  switch (/** @type {{ code?: unknown } | undefined} */ (error)?.code) {
    case '3D000':
      return 'P1003';
    case '28P01':
    case '28000':
      return 'P1000';
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return 'P1001';
    default:
      return error instanceof PgliteLockedError ? 'P1001' : undefined;
  }
}

/**
 * @param {{ url: string, shadowDatabaseUrl?: string } | undefined} datasource
 * @param {string[]} datamodelPaths
 */
function serveJsonRpc(datasource, datamodelPaths) {
  /** @type {Promise<Session> | undefined} once the first request arrives */
  let session;
  let printId = 0;
  let queue = Promise.resolve();
  let shuttingDown = false;

  /** @param {unknown} message */
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  /** @param {string} line */
  const handle = async (line) => {
    if (shuttingDown || line.trim() === '') return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    // Answers to our `print` requests carry no method.
    if (typeof message.method !== 'string') return;
    try {
      session ??= openSession(datasource, datamodelPaths, message);
      const result = await dispatch(await session, message.method, message.params ?? {});
      // `{}` for the methods without a result, as the native engine does.
      send({ jsonrpc: '2.0', id: message.id, result: result ?? {} });
    } catch (error) {
      const panic = panicMessage(error);
      send({ jsonrpc: '2.0', id: message.id, error: rpcError(error, panic) });
      // The wasm instance is unusable after a panic; the native engine exits with 101 too.
      if (panic !== undefined) await shutdown(101);
    }
  };

  /**
   * @param {Session} current
   * @param {string} method
   * @param {any} params
   */
  const dispatch = async (current, method, params) => {
    const { engine } = current;
    if (method === 'getDatabaseVersion') return engine.version();
    // The wasm engine prepares the script as one statement, which PostgreSQL refuses for several:
    // `prisma db execute` sends it whole instead, as the native engine does.
    if (method === 'dbExecute') return current.executeScript(params.script);
    if (!FORWARDED_METHODS.has(method)) throw new MethodNotFoundError(method);
    if (method === 'evaluateDataLoss' || method === 'createMigration') await current.fillShadowCache(params);
    const result = await engine[method](params);
    if (method === 'diff' && result.stdout) {
      // The native engine prints the diff through the CLI (which can capture it into --output).
      const content = result.stdout.replace(/\n$/, '');
      send({ jsonrpc: '2.0', id: `print-${++printId}`, method: 'print', params: { content } });
      return { ...result, stdout: null };
    }
    return result;
  };

  /** @param {number} code */
  const shutdown = async (code) => {
    if (shuttingDown) return;
    shuttingDown = true;
    try {
      await (await session?.catch(() => undefined))?.close();
    } finally {
      process.exit(code);
    }
  };

  createInterface({ input: process.stdin, crlfDelay: Infinity })
    .on('line', (/** @type {string} */ line) => {
      queue = queue.then(() => handle(line));
    })
    .on('close', () => {
      queue = queue.then(() => shutdown(0));
    });
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(130));
}

/**
 * @typedef {{
 *   engine: any,
 *   fillShadowCache(params: { migrationsList: import('@prisma/schema-engine-wasm').MigrationList, filters: import('@prisma/schema-engine-wasm').SchemaFilter }): Promise<void>,
 *   executeScript(script: string): Promise<void>,
 *   close(): Promise<void>,
 * }} Session
 */

/**
 * Opens the database and starts the engine, on the first request: so that errors (unreachable
 * database, PGlite in use) reach the CLI as proper RPC errors, and so that a `diff` that does not
 * read the datasource gets an in-memory PGlite instead of the locked data directory.
 *
 * @param {{ url: string, shadowDatabaseUrl?: string } | undefined} datasource
 * @param {string[]} datamodelPaths
 * @param {{ method: string, params?: any }} firstRequest
 * @returns {Promise<Session>}
 */
async function openSession(datasource, datamodelPaths, firstRequest) {
  if (!datasource) throw new Error('No datasource: set `datasource.url` in prisma.config.ts');
  if (datasource.shadowDatabaseUrl) {
    throw new Error('`datasource.shadowDatabaseUrl` is not supported: shadow databases are created by the engine');
  }
  const datamodels = await Promise.all(
    datamodelPaths.map(async (path) => /** @type {[string, string]} */ ([path, await readFile(path, 'utf8')])),
  );
  /** @param {string} line */
  const onLog = (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  const target = fromCliDatasourceUrl(datasource.url);

  let closeDatabase = async () => {};
  /** @type {import('./wasm-engine.mjs').EngineDatabase} */
  let database;
  if (target.kind === 'postgres') {
    database = target;
  } else if (firstRequest.method === 'diff' && !readsDatasource(firstRequest.params)) {
    // The engine connects eagerly even when the diff does not need the database.
    const pglite = await createEmptyPglite();
    database = { kind: 'pglite', pglite };
    closeDatabase = () => pglite.close();
  } else {
    const release = await acquirePgliteLock(target.dataDir);
    try {
      const pglite = await PGlite.create(target.dataDir);
      database = { kind: 'pglite', pglite };
      closeDatabase = async () => {
        await pglite.close();
        await release();
      };
    } catch (error) {
      await release();
      throw error;
    }
  }

  let started;
  try {
    started = await startSchemaEngine({ database, datamodels, onLog });
  } catch (error) {
    await closeDatabase();
    throw error;
  }
  const { engine } = started;
  let shadowCacheKey = '';
  return {
    engine,
    // createMigration and evaluateDataLoss only read the shadow database schema the wasm engine
    // caches (the native engine computes it on demand); diagnoseMigrationHistory fills the cache.
    async fillShadowCache({ migrationsList, filters }) {
      const key = JSON.stringify(migrationsList);
      if (key === shadowCacheKey) return;
      await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters });
      shadowCacheKey = key;
    },
    async executeScript(script) {
      if (database.kind === 'postgres') await runPgQuery(database.url, script);
      else await database.pglite.exec(script);
    },
    async close() {
      try {
        await started.close();
      } finally {
        await closeDatabase();
      }
    },
  };
}

/** @param {{ from?: { tag: string }, to?: { tag: string } } | undefined} params */
function readsDatasource(params) {
  return [params?.from?.tag, params?.to?.tag].some((tag) => tag === 'schemaDatasource' || tag === 'url');
}

/**
 * The JSON-RPC error object the CLI understands (it reads `data`).
 *
 * @param {unknown} error
 * @param {string | undefined} panic
 */
function rpcError(error, panic) {
  const message = panic ?? errorMessage(error);
  const code = /** @type {{ code?: unknown } | undefined} */ (error)?.code;
  return {
    code: error instanceof MethodNotFoundError ? -32601 : 4466,
    message: panic ?? 'An error happened. Check the data field for details.',
    data: {
      is_panic: panic !== undefined,
      message,
      ...(typeof code === 'string' && /^P\d{4}$/.test(code) ? { error_code: code } : {}),
    },
  };
}

class MethodNotFoundError extends Error {
  /** @param {string} method */
  constructor(method) {
    super(`Method not found: ${method}`);
  }
}

/** @param {unknown} error */
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A log line in the native engine's format.
 *
 * @param {'INFO' | 'ERROR'} level
 * @param {string} message
 * @param {string} [errorCode]
 */
function log(level, message, errorCode) {
  const fields = errorCode ? { message, error_code: errorCode } : { message };
  process.stderr.write(`${JSON.stringify({ level, target: 'schema_engine::logger', fields })}\n`);
}
