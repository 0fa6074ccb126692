// The exclusive lock every process takes before it opens a file-backed PGlite data directory
// (PGlite does not lock it, and two processes that open it at once corrupt it). The implementation
// is plain JavaScript so that the schema-engine shim, which the Prisma CLI runs with bare node,
// shares it.
export { acquirePgliteLock, PGLITE_LOCK_FILE, PgliteLockedError } from '../engine/pglite-lock.mjs';
