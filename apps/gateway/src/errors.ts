// Expected failures. Mutations return the typed ones (AppError subclasses) as members of their
// result union; request-level failures (identity, scopes) are GraphQL errors with a stable
// `extensions.code`. Every code is listed in docs/errors.md.
import { GraphQLError } from 'graphql';
import { translate, type MessageKey, type MessageParams } from './i18n/messages.ts';

export abstract class AppError extends Error {
  abstract readonly code: string;
}

export interface FieldError {
  /** Path of the offending input field, e.g. ["input", "email"]. */
  path: string[];
  /** The English sentence (logs, callers without a language). */
  message: string;
  /** Its key in i18n/messages.ts: the answer is in the caller's language (Accept-Language). */
  key?: MessageKey;
  params?: MessageParams;
}

/** A field error from the catalogue: its English sentence, translated per request when answered. */
export function fieldError(path: string[], key: MessageKey, params: MessageParams = {}): FieldError {
  return { path, message: translate(key, 'en', params), key, params };
}

export class ValidationError extends AppError {
  readonly code = 'VALIDATION_FAILED';
  constructor(
    readonly fieldErrors: FieldError[],
    message = 'Some fields are invalid: see fieldErrors.',
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
}

export class NotAllowedError extends AppError {
  readonly code = 'FORBIDDEN';
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT';
}

export class SignInLinkInvalidError extends AppError {
  readonly code = 'SIGN_IN_LINK_INVALID';
  constructor() {
    super('This link has expired or was already used. Ask for a new sign-in link.');
  }
}

/** A request-level error with a stable code and, when given, an HTTP status. */
export function requestError(code: string, message: string, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });
}

/** The same error, where it was (nodes, source, positions, path) and from what, with another message or extensions. */
export function rewordedError(
  error: GraphQLError,
  message: string,
  extensions: GraphQLError['extensions'] = error.extensions,
): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}
