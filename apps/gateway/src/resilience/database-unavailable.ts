// When PostgreSQL cannot be reached (stopped, restarting, network cut, pool exhausted), requests
// fail at once with DATABASE_UNAVAILABLE and HTTP 503 + Retry-After, instead of a masked 500.
// Nothing is retried here: the pool reconnects by itself, so the next request after the database
// returns succeeds. Writes run in transactions, so a write cut off mid-way is rolled back whole.
import { GraphQLError } from 'graphql';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached at the moment. Retry in a few seconds. A write is applied whole or not at all: if this answered a write, read the current state before sending it again.';

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

/** The GraphQL error a client gets instead, keeping the field's path when there is one. */
export function databaseUnavailableError(from?: GraphQLError): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    nodes: from?.nodes,
    source: from?.source,
    positions: from?.positions,
    path: from?.path,
    extensions: {
      code: DATABASE_UNAVAILABLE,
      retryAfter: RETRY_AFTER_SECONDS,
      // `spec: false`: 503 whatever media type the client accepts.
      http: { status: 503, spec: false, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    },
  });
}
