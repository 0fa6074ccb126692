// The one urql client both apps use: normalised cache (Graphcache) with Relay pagination, and
// cookies sent to the same-origin gateway.
import { Client, fetchExchange, type Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

export interface EkoClientOptions {
  /** The GraphQL endpoint; the apps use the same-origin default. */
  url?: string;
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
      headers: options.token ? { authorization: `Bearer ${options.token}` } : undefined,
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
      fetchExchange,
    ],
  });
}
