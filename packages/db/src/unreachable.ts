// Whether an error says the database could not be reached (stopped, restarting, network cut, too
// many clients, no pooled connection in time) rather than that a statement failed. One rule for
// every floor: a replica that cannot be reached is skipped for the primary (client.ts,
// prepared-reads.ts), and the gateway answers DATABASE_UNAVAILABLE (its resilience/ folder).

// Prisma: can't reach, timed out, server closed the connection, no pooled connection in time.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// @prisma/adapter-pg's classification of socket errors.
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// PostgreSQL: connection exceptions (class 08), shutting down or starting up, too many clients.
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
// node-postgres reports a dropped connection or a pool timeout as plain Errors; Prisma quotes them.
const MESSAGES =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Server has closed the connection|connection is closed|the database system is (shutting down|starting up)|terminating connection due to administrator command/i;

/** Whether an error (or anything it wraps) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    kind?: unknown;
    cause?: unknown;
    originalError?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code)))
    return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.originalError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
