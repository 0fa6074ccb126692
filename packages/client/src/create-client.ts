// The one urql client both apps use: normalised cache (Graphcache) with Relay pagination, and
// cookies sent to the same-origin gateway.
import { Client, fetchExchange, type Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { persistedExchange } from '@urql/exchange-persisted';

export interface EkoClientOptions {
  /** The GraphQL endpoint; the apps use the same-origin default. */
  url?: string;
  /** Who is calling, sent as X-GraphQL-Client (required with a session cookie: CSRF protection). */
  clientName?: string;
  /** For integrators: a personal or integration token (sent as `Authorization: Bearer`). */
  token?: string;
  /** A fetch implementation, for Node versions or tests that need another one. */
  fetch?: typeof fetch;
  /** Extra exchanges run before the cache (e.g. logging in development). */
  exchanges?: Exchange[];
}

export function createEkoClient(options: EkoClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    fetch: options.fetch,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: {
        'x-graphql-client': options.clientName ?? 'ekoacteurs-client',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
    }),
    exchanges: [
      ...(options.exchanges ?? []),
      cacheExchange({
        keys: {
          // Value objects without an identity of their own: stored inline in their parent.
          FederationStats: () => null,
          PageInfo: () => null,
        },
        resolvers: {
          Query: {
            workshops: relayPagination(),
          },
        },
      }),
      // The apps' documents carry the sha256 computed at build time: only the hash is sent, and
      // the gateway runs the document it registered for it. Integrators' own documents (no
      // hash) go out as text.
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? null,
      }),
      fetchExchange,
    ],
  });
}
