import type { PGlite } from '@electric-sql/pglite';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

export type EngineDatabase = { kind: 'postgres'; url: string } | { kind: 'pglite'; pglite: PGlite };

export interface StartSchemaEngineOptions {
  database: EngineDatabase;
  /** The Prisma schema files, as [path, content] pairs. */
  datamodels?: [path: string, content: string][];
  /** Receives the engine's logs, one JSON object per line. */
  onLog?: (jsonLine: string) => void;
}

export interface StartedSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and what it opened; never closes a PGlite instance it was given. */
  close(): Promise<void>;
}

export declare function startSchemaEngine(options: StartSchemaEngineOptions): Promise<StartedSchemaEngine>;

/** The git hash of the engine build. */
export declare function engineVersion(): Promise<string>;

/** An in-memory PGlite with an empty database. */
export declare function createEmptyPglite(): Promise<PGlite>;

/** The panic message when `error` is the engine trapping after a Rust panic, else undefined. */
export declare function panicMessage(error: unknown): string | undefined;

/** Runs `sql` (one statement or a whole script) on a PostgreSQL connection of its own. */
export declare function runPgQuery(url: string, sql: string): Promise<void>;
