// The one urql client both apps and integrators use: normalised cache (Graphcache) with Relay
// pagination, cookies sent to the same-origin gateway, and (for the apps) persisted operations.
import { Client, fetchExchange, mapExchange, type Exchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { lazyExchange } from './lazy-exchange.ts';

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
  /** Called when the API says the caller must sign in (UNAUTHENTICATED, or a 401 on a token). */
  onUnauthenticated?: () => void;
  /** Called when the API refuses because the caller's budget for the minute is spent (RATE_LIMITED,
   * HTTP 429), with the seconds to wait (its `retryAfter`, else the Retry-After header). */
  onRateLimited?: (retryAfterSeconds: number) => void;
  /** The app's current language ("fr", "en"), sent as Accept-Language: the API's messages follow it. */
  language?: () => string;
  /**
   * Send only the sha256 of the platform's own documents (the apps: the gateway knows them from
   * persisted-documents.json, and signed-in browser sessions may run nothing else). Off by default:
   * integrators send their documents in full, so their own operations run too.
   */
  persisted?: boolean;
}

/** The normalised cache's chunk (Graphcache, the schema, the updaters); tests may await it first. */
export const loadNormalisedCache = () => import('./cache/exchange.ts').then((module) => module.normalisedCache);

const SIGN_IN_NEEDED = new Set(['UNAUTHENTICATED', 'INVALID_TOKEN']);

export function createEkoClient(options: EkoClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    fetch: options.fetch,
    // Subscriptions (e.g. notificationAdded) go over the same fetch as Server-Sent Events.
    fetchSubscriptions: true,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: {
        'x-graphql-client': options.clientName ?? 'ekoacteurs-client',
        ...(options.language ? { 'accept-language': options.language() } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
    }),
    exchanges: [
      ...(options.exchanges ?? []),
      mapExchange({
        onError(error) {
          const codes = error.graphQLErrors.map((e) => e.extensions?.code);
          const status = (error.response as Response | undefined)?.status;
          if (codes.some((code) => SIGN_IN_NEEDED.has(String(code))) || status === 401) options.onUnauthenticated?.();
          const limited = error.graphQLErrors.find((e) => e.extensions?.code === 'RATE_LIMITED');
          if (limited || status === 429) {
            const header = Number((error.response as Response | undefined)?.headers?.get('retry-after'));
            const seconds = Number(limited?.extensions?.retryAfter ?? header);
            options.onRateLimited?.(Number.isFinite(seconds) && seconds > 0 ? seconds : 60);
          }
        },
      }),
      // Graphcache and everything it reads load in their own chunk, started now (lazy-exchange.ts).
      lazyExchange(loadNormalisedCache),
      // The apps' documents carry the sha256 computed at build time: only the hash is sent, and
      // the gateway runs the document it registered for it.
      ...(options.persisted
        ? [
            persistedExchange({
              enforcePersistedQueries: true,
              enableForMutation: true,
              enableForSubscriptions: true,
              generateHash: async (_query, document) =>
                (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? null,
            }),
          ]
        : []),
      fetchExchange,
    ],
  });
}
