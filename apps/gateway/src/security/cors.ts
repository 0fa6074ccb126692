// CORS for /graphql from the CORS_ORIGINS allow-list. The apps are served from the gateway's own
// origin and need no CORS at all. A listed origin may call with credentials (cookies); "*" lets any
// other origin read the public API without credentials; everything else gets no CORS headers, so
// browsers keep the responses from the calling page.
//
// Yoga applies a permissive CORS policy unless `cors: false` is given; this plugin replaces whatever
// Access-Control-* headers it set, so the allow-list holds either way.
import type { Plugin } from 'graphql-yoga';
import { CLIENT_HEADER } from './csrf.ts';
import { RATE_LIMIT_HEADERS } from './rate-limit.ts';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = ['content-type', 'authorization', CLIENT_HEADER, 'x-request-id', 'last-event-id'].join(', ');
const EXPOSED_HEADERS = [...RATE_LIMIT_HEADERS, 'retry-after', 'x-request-id'].join(', ');
const PREFLIGHT_MAX_AGE_S = '600';

export interface CorsPolicy {
  /** Exact origins ("https://partner.example"), or "*" for any origin without credentials. */
  origins: readonly string[];
}

export function corsPlugin(policy: CorsPolicy): Plugin {
  const listed = new Set(policy.origins.filter((origin) => origin !== '*'));
  const anyOrigin = policy.origins.includes('*');

  function grant(origin: string | null): Record<string, string> | null {
    if (!origin) return null;
    if (listed.has(origin))
      return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' };
    if (anyOrigin) return { 'access-control-allow-origin': '*' };
    return null;
  }

  function preflight(request: Request, fetchAPI: { Response: typeof Response }): Response {
    const allowed = grant(request.headers.get('origin'));
    if (!allowed) {
      return new fetchAPI.Response('This origin is not allowed to call the API from a browser (CORS_ORIGINS).', {
        status: 403,
        headers: { 'content-type': 'text/plain; charset=utf-8', vary: 'Origin' },
      });
    }
    return new fetchAPI.Response(null, {
      status: 204,
      headers: {
        ...allowed,
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': PREFLIGHT_MAX_AGE_S,
        'content-length': '0',
        vary: 'Origin',
      },
    });
  }

  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method === 'OPTIONS') endResponse(preflight(request, fetchAPI));
    },
    onResponse({ request, response, fetchAPI, setResponse }) {
      if (request.method === 'OPTIONS') {
        setResponse(preflight(request, fetchAPI));
        return;
      }
      for (const name of [...response.headers.keys()]) {
        if (name.toLowerCase().startsWith('access-control-')) response.headers.delete(name);
      }
      const allowed = grant(request.headers.get('origin'));
      if (allowed) {
        for (const [name, value] of Object.entries(allowed)) response.headers.set(name, value);
        response.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
      }
      const vary = response.headers.get('vary');
      if (!vary?.toLowerCase().includes('origin')) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
