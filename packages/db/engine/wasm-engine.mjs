// Prisma's schema engine (migrations, db push, diff, introspection) from
// @prisma/schema-engine-wasm, driven through driver adapters instead of the native binary that the
// Prisma CLI would otherwise download. Shared by the CLI shim (schema-engine.mjs) and by
// src/migrate.ts, so both apply migrations with the very same code.
//
// The stock migration-aware adapter factories have bugs on the migration path only (the runtime
// client is unaffected). They are worked around here, by wrapping, never by patching node_modules:
//   @prisma/adapter-pg 7.10.1
//     1. no column type for PostgreSQL's internal "char" (OID 18), which the engine's catalog
//        queries return: reported as a Character column;
//     2. connectToShadowDb() spreads `{ ...config, database }`, but a connectionString wins, so the
//        "shadow" database is the main one: the shadow gets its own connection string;
//     3. it drops the shadow database before closing that database's pool (DROP fails while
//        connected): the pool is closed first;
//     4. executeScript() splits the script on every `;`, which breaks `$$` bodies and applies a
//        failing migration halfway: the script goes as one simple-protocol query, which
//        PostgreSQL runs as one implicit transaction.
//   pglite-prisma-adapter 0.7.2
//     5. executeScript() does not await exec(), so a failing migration is recorded as applied:
//        it is awaited.
//   For PGlite, every shadow database is a fresh in-memory PGlite, closed when the engine is done.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, DriverAdapterError } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

let wasmModule;

/**
 * The wasm-bindgen glue imports the .wasm as an ES module, which Node 20 cannot do: instantiate
 * it by hand, once per process, and hand its exports to the glue.
 */
function loadWasm() {
  wasmModule ??= (async () => {
    // The engine reports a panic's message through this global before trapping.
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(join(dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return wasmModule;
}

class PanicRegistry {
  message = '';
  get() {
    return this.message;
  }
  /** @param {string} message */
  set_message(message) {
    this.message = message;
  }
}

/** The git hash of the engine build. */
export async function engineVersion() {
  return (await loadWasm()).version();
}

/**
 * The panic message when `error` is the engine trapping after a Rust panic, else undefined. The
 * wasm instance is unusable after a panic.
 *
 * @param {unknown} error
 * @returns {string | undefined}
 */
export function panicMessage(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return undefined;
  return globalThis.PRISMA_WASM_PANIC_REGISTRY?.get() || error.message;
}

/**
 * Starts a schema engine on `database`. The engine connects at once (and so fails here if the
 * database is unreachable). `close()` frees it and everything it opened (pools, shadow databases),
 * but not a PGlite instance it was given.
 *
 * @param {{
 *   database: { kind: 'postgres', url: string } | { kind: 'pglite', pglite: PGlite },
 *   datamodels?: [path: string, content: string][],
 *   onLog?: (jsonLine: string) => void,
 * }} options
 */
export async function startSchemaEngine({ database, datamodels, onLog = () => {} }) {
  const { SchemaEngine } = await loadWasm();
  const factory =
    database.kind === 'postgres' ? new PgMigrationFactory(database.url) : new PgliteMigrationFactory(database.pglite);
  let engine;
  try {
    // An empty datamodels array makes the engine panic; "no schema" is undefined.
    const options = { datamodels: datamodels?.length ? datamodels : undefined };
    engine = await SchemaEngine.new(options, onLog, bindMigrationAwareSqlAdapterFactory(factory));
  } catch (error) {
    await factory.close();
    throw error;
  }
  return {
    engine,
    async close() {
      engine.free();
      await factory.close();
    },
  };
}

let emptyPgliteSnapshot;

/**
 * A PGlite with an empty database, in memory. initdb costs seconds, and a command may need several
 * shadow databases: they are restored from a snapshot of an empty database instead, kept in memory
 * and, across processes, in node_modules/.cache.
 */
export async function createEmptyPglite() {
  emptyPgliteSnapshot ??= loadEmptyPgliteSnapshot();
  return PGlite.create({ loadDataDir: await emptyPgliteSnapshot });
}

async function loadEmptyPgliteSnapshot() {
  const cacheDir = fileURLToPath(new URL('../node_modules/.cache/ekoacteurs', import.meta.url));
  const file = join(cacheDir, `pglite-${pgliteVersion()}-empty.tar.gz`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Blob([cached]);

  const fresh = await PGlite.create();
  let snapshot;
  try {
    snapshot = await fresh.dumpDataDir('gzip');
  } finally {
    await fresh.close();
  }
  try {
    // Written aside, then renamed into place: no process ever reads half a snapshot.
    await mkdir(cacheDir, { recursive: true });
    const pending = `${file}.${process.pid}`;
    await writeFile(pending, Buffer.from(await snapshot.arrayBuffer()));
    await rename(pending, file);
  } catch {
    // Only a cache: a read-only node_modules costs the next command an initdb, nothing more.
  }
  return snapshot;
}

/** The snapshot is a data directory: it is only valid for the PGlite (PostgreSQL) build that made it. */
function pgliteVersion() {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).version;
  }
  throw new Error(`No package.json above ${entry}`);
}

/** Adapters opened by a factory, so that close() can dispose those the engine leaves open. */
class OpenAdapters {
  #open = new Set();

  /** Disposing `adapter` also runs `afterDispose`, once. */
  track(adapter, afterDispose = async () => {}) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!this.#open.delete(adapter)) return;
      await dispose();
      await afterDispose();
    };
    this.#open.add(adapter);
    return adapter;
  }

  async disposeAll() {
    await Promise.all([...this.#open].map((adapter) => adapter.dispose()));
  }
}

class PgMigrationFactory {
  provider = 'postgres';
  adapterName = '@prisma/adapter-pg';
  #url;
  #adapters = new OpenAdapters();

  /** @param {string} url */
  constructor(url) {
    // pg ignores Prisma's `schema` URL parameter: everything would silently land in "public".
    const schema = new URL(url).searchParams.get('schema');
    if (schema && schema !== 'public') {
      throw new Error(`Unsupported schema=${schema} in the database URL: only "public" is`);
    }
    this.#url = url;
  }

  connect() {
    return this.#open(this.#url);
  }

  async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await this.#administer(`CREATE DATABASE "${database}"`);
    const url = new URL(this.#url);
    url.pathname = `/${database}`;
    const adapter = await this.#open(url.href);
    // FORCE: the server may not have ended the pool's sessions yet when pool.end() resolves.
    return this.#adapters.track(adapter, () => this.#administer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }

  async close() {
    await this.#adapters.disposeAll();
  }

  /** @param {string} url */
  async #open(url) {
    const adapter = await new PrismaPg({ connectionString: url }).connect();
    reportCharAsCharacter(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => reportCharAsCharacter(await startTransaction(isolationLevel));
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return this.#adapters.track(adapter);
  }

  /**
   * A PostgreSQL error is rethrown as a driver adapter error, which the engine reports with its
   * message (it shows any other error as "External error id#…").
   *
   * @param {string} sql
   */
  async #administer(sql) {
    try {
      await runPgQuery(this.#url, sql);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError)) throw error;
      const { code = 'N/A', severity = 'ERROR', message, detail, hint } = error;
      throw new DriverAdapterError({ kind: 'postgres', code, severity, message, detail, hint });
    }
  }
}

/**
 * Runs `sql` (one statement or a whole script) on a connection of its own.
 *
 * @param {string} url
 * @param {string} sql
 */
export async function runPgQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * adapter-pg maps column OIDs to column types in queryRaw() (via performIO(), both internal) and
 * throws on "char": show it TEXT there, then put the Character type back on those columns.
 *
 * @template {object} Q an adapter or a transaction
 * @param {Q} queryable
 * @returns {Q}
 */
function reportCharAsCharacter(queryable) {
  const charColumns = new WeakMap();
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indices = [];
    for (const [index, field] of result.fields.entries()) {
      if (field.dataTypeID !== PG_CHAR_OID) continue;
      field.dataTypeID = PG_TEXT_OID;
      indices.push(index);
    }
    if (indices.length > 0) charColumns.set(query, indices);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

class PgliteMigrationFactory {
  provider = 'postgres';
  adapterName = 'pglite-prisma-adapter';
  #pglite;
  #adapters = new OpenAdapters();

  /** @param {PGlite} pglite */
  constructor(pglite) {
    this.#pglite = pglite;
  }

  /** The caller owns the main instance: its adapter never closes it. */
  connect() {
    return this.#open(this.#pglite);
  }

  async connectToShadowDb() {
    const shadow = await createEmptyPglite();
    return this.#adapters.track(await this.#open(shadow), () => shadow.close());
  }

  async close() {
    await this.#adapters.disposeAll();
  }

  /** @param {PGlite} pglite */
  async #open(pglite) {
    const adapter = await new PrismaPGlite(pglite).connect();
    adapter.executeScript = async (script) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return adapter;
  }
}
