// Persisted operations: the apps send the sha256 hash of a document compiled at build time
// (packages/client/src/generated/persisted-documents.json) instead of the document itself.
//
// Where the hash is read from, first found wins:
//   - extensions.persistedQuery.sha256Hash (the APQ shape urql's persistedExchange sends),
//   - documentId (the GraphQL-over-HTTP persisted documents shape).
// Either "sha256:<64 hex>" (the manifest's keys) or the bare 64 hex digits.
//
// Policy:
//   - a known hash is always accepted (even if the document text is sent along with it);
//   - an unknown hash is refused: PERSISTED_QUERY_NOT_FOUND;
//   - a document sent as text is accepted from API tokens and anonymous callers (integrators
//     explore the public API freely, within their cost budget), and from anyone outside production
//     (GraphiQL); a cookie session in production must send a known hash: PERSISTED_QUERY_ONLY.
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { Caller } from '../auth/caller.ts';
import { securityError } from './errors.ts';

const HASH = /^(?:sha256:)?([0-9a-f]{64})$/i;

export interface PersistedPolicy {
  documents: Record<string, string>;
  /** Production: cookie sessions may only run persisted documents. */
  production: boolean;
  callerOf: (request: Request) => Promise<Caller>;
}

/** The hash a request names, as sent (null when it names none). */
export function requestedHash(params: GraphQLParams & { documentId?: unknown }): string | null {
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (typeof persisted?.sha256Hash === 'string') return persisted.sha256Hash;
  if (typeof params.documentId === 'string') return params.documentId;
  return null;
}

export function persistedOperationPlugins(policy: PersistedPolicy): Plugin[] {
  const byDigest = new Map<string, string>();
  for (const [key, document] of Object.entries(policy.documents)) {
    const digest = HASH.exec(key)?.[1];
    if (!digest) throw new Error(`Persisted documents: "${key}" is not a sha256 hash ("sha256:<64 hex digits>").`);
    byDigest.set(digest.toLowerCase(), document);
  }
  const lookup = (hash: string) => {
    const digest = HASH.exec(hash)?.[1];
    return digest ? byDigest.get(digest.toLowerCase()) : undefined;
  };

  // A known hash wins over a document sent along with it (e.g. a client retrying the APQ way).
  const preferKnownHash: Plugin = {
    onParams({ params, setParams }) {
      const hash = requestedHash(params);
      if (params.query && hash && lookup(hash)) setParams({ ...params, query: undefined });
    },
  };

  const persisted = usePersistedOperations({
    extractPersistedOperationId: (params) => requestedHash(params),
    getPersistedOperation: (hash) => lookup(hash) ?? null,
    allowArbitraryOperations: policy.production
      ? async (request) => (await policy.callerOf(request)).kind !== 'session'
      : true,
    customErrors: {
      notFound: ({ params }) => {
        const hash = requestedHash(params) ?? '';
        const named = HASH.test(hash) ? `the hash "${hash}"` : 'this hash (expected "sha256:" and 64 hex digits)';
        return securityError(
          'PERSISTED_QUERY_NOT_FOUND',
          `No persisted document has ${named}. The app may be out of date: reload it. API clients can send the document itself in "query".`,
        );
      },
      persistedQueryOnly: () =>
        securityError(
          'PERSISTED_QUERY_ONLY',
          'Signed-in browser sessions may only run the platform\'s persisted operations: send "extensions.persistedQuery.sha256Hash". To run your own queries, use an API token (Authorization: Bearer …) or call anonymously.',
        ),
      keyNotFound: () =>
        securityError(
          'BAD_REQUEST',
          'Send the operation in "query", or the hash of a persisted document in "extensions.persistedQuery.sha256Hash" (or "documentId").',
        ),
    },
  }) as Plugin;

  return [preferKnownHash, persisted];
}
