// An exclusive, advisory lock on a PGlite data directory.
//
// PGlite does not lock its data directory: two processes that open the same one corrupt it. Every
// process of this repository that opens a file-backed PGlite (the schema-engine shim, the gateway)
// takes this lock first. The lock is a file inside the data directory holding the owner's pid; it is
// stale when that process no longer exists.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const PGLITE_LOCK_FILE = '.ekoacteurs.lock';

export class PgliteLockedError extends Error {
  /**
   * @param {string} dataDir
   * @param {number} pid
   */
  constructor(dataDir, pid) {
    super(`The embedded database at ${dataDir} is in use by process ${pid} (stop it first)`);
    this.name = 'PgliteLockedError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

/**
 * Takes the lock on `dataDir` (created if missing) and resolves to its release function.
 *
 * A live owner is waited for up to `waitMs` (default 1 s) before failing with PgliteLockedError:
 * the Prisma CLI kills the schema engine as soon as a command is done and starts the next one
 * right away, while the killed engine still needs a few milliseconds to flush PGlite and unlock.
 *
 * The release function does its work synchronously (the promise is only for callers that await),
 * so it is also safe in a process 'exit' handler. The lock is released on process exit anyway.
 *
 * @param {string} dataDir
 * @param {{ waitMs?: number }} [options]
 * @returns {Promise<() => Promise<void>>}
 */
export async function acquirePgliteLock(dataDir, { waitMs = 1000 } = {}) {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, PGLITE_LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreateLockFile(lockPath)) break;
    const owner = readOwner(lockPath);
    if (owner === 'missing') continue;
    if (owner === undefined || !isAlive(owner)) {
      // Stale. Breaking it is not atomic: two processes racing for the same stale lock within the
      // same instant could both get it. Acceptable for a developer database.
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new PgliteLockedError(dataDir, owner);
    await sleep(50);
  }

  const releaseOnExit = () => removeIfOwned(lockPath);
  process.once('exit', releaseOnExit);
  return async () => {
    process.removeListener('exit', releaseOnExit);
    removeIfOwned(lockPath);
  };
}

/** @param {string} lockPath */
function tryCreateLockFile(lockPath) {
  // Written aside then hard-linked into place: link() fails when the lock exists, and a lock file
  // never exists without its pid (a reader could otherwise see it empty and call it stale).
  const pending = `${lockPath}.${process.pid}`;
  writeFileSync(pending, `${process.pid}\n`);
  try {
    linkSync(pending, lockPath);
    return true;
  } catch (error) {
    if (error.code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(pending, { force: true });
  }
}

/**
 * @param {string} lockPath
 * @returns {number | 'missing' | undefined} the owner's pid, 'missing', or undefined when unreadable
 */
function readOwner(lockPath) {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (error.code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error.code === 'EPERM';
  }
}

/** @param {string} lockPath */
function removeIfOwned(lockPath) {
  if (readOwner(lockPath) === process.pid) rmSync(lockPath, { force: true });
}
