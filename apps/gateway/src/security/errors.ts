// The errors the security layer answers with. Each has a stable `extensions.code` (listed in
// docs/errors.md), an HTTP status, and a message that says what to do about it.
import { GraphQLError } from 'graphql';

export const SECURITY_CODES = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  TOO_MANY_TOKENS: 400,
  TOO_MANY_SELECTIONS: 400,
  QUERY_TOO_COMPLEX: 400,
  PAGE_SIZE_TOO_LARGE: 400,
  RATE_LIMITED: 429,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_ONLY: 403,
  CSRF_HEADER_REQUIRED: 403,
  BAD_REQUEST: 400,
  REQUEST_ENTITY_TOO_LARGE: 413,
} as const;

export type SecurityCode = keyof typeof SECURITY_CODES;

/**
 * A request-level error. `details` become extra `extensions` (limits, counts) a client can act on;
 * `headers` are added to the HTTP response (Yoga reads `extensions.http` and never sends it).
 * The status holds whatever media type the client accepts (`spec: false`: Yoga would otherwise
 * answer 200 to `Accept: application/json` for errors found while validating).
 */
export function securityError(
  code: SecurityCode,
  message: string,
  details: Record<string, unknown> = {},
  headers?: Record<string, string>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      ...details,
      http: { status: SECURITY_CODES[code], spec: false, ...(headers ? { headers } : {}) },
    },
  });
}
