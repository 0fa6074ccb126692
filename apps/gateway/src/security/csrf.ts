// Cross-site request forgery protection for cookie sessions. A browser attaches the session cookie
// to requests another site makes (a form post, an <img src="/graphql?query=…">), but such
// "simple" requests cannot carry a custom header or a JSON content type without a CORS preflight,
// which only the origins in CORS_ORIGINS pass. So a request that carries a cookie must either send
// the X-GraphQL-Client header (any value) or use a content type that forces a preflight.
// Requests without cookies (API tokens, anonymous reads) have nothing to forge and pass.
import type { Plugin } from 'graphql-yoga';
import { securityError } from './errors.ts';

/** The header the apps send on every request (value: the app's name, e.g. "portal"). */
export const CLIENT_HEADER = 'x-graphql-client';

/** Content types a browser may send cross-site without a preflight. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export function csrfPlugin(): Plugin {
  return {
    onRequestParse({ request }) {
      if (!request.headers.has('cookie')) return;
      if (request.headers.get(CLIENT_HEADER)?.trim()) return;
      const contentType = request.headers.get('content-type')?.toLowerCase();
      if (contentType && !SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple))) return;
      throw securityError(
        'CSRF_HEADER_REQUIRED',
        'Requests that carry cookies must send the "X-GraphQL-Client" header (any value, e.g. the app name) or a JSON body with "Content-Type: application/json". This protects signed-in members from cross-site request forgery.',
        { header: 'X-GraphQL-Client' },
      );
    },
  };
}
