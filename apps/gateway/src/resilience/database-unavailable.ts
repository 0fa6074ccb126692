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
