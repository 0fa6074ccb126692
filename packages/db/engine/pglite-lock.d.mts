export declare const PGLITE_LOCK_FILE: '.ekoacteurs.lock';

/** "The embedded database at <dataDir> is in use by process <pid> (stop it first)" */
export declare class PgliteLockedError extends Error {
  readonly name: 'PgliteLockedError';
  readonly dataDir: string;
  readonly pid: number;
  constructor(dataDir: string, pid: number);
}

export interface AcquirePgliteLockOptions {
  /** How long to wait for a live owner to let go before failing (default 1000 ms). */
  waitMs?: number;
}

/**
 * Takes the exclusive lock on a PGlite data directory (created if missing) and resolves to the
 * function that releases it; rejects with PgliteLockedError while another live process holds it.
 */
export declare function acquirePgliteLock(
  dataDir: string,
  options?: AcquirePgliteLockOptions,
): Promise<() => Promise<void>>;
