// The typed errors mutations return (see src/errors.ts), all implementing the Error interface.
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
  SignInLinkInvalidError,
  ValidationError,
  type FieldError,
} from '../errors.ts';
import { localize } from '../i18n/localize.ts';
import { translate } from '../i18n/messages.ts';
import { builder } from './builder.ts';

/** Every stable code the API answers with (docs/errors.md): `Error.code` and `extensions.code` alike. */
export const ERROR_CODES = {
  BAD_REQUEST: { description: 'The HTTP request is not a GraphQL request (request-level, `extensions.code`).' },
  REQUEST_ENTITY_TOO_LARGE: { description: 'The request body is too large (request-level).' },
  OPERATION_RESOLUTION_FAILURE: {
    description: 'Several operations and no `operationName` naming one of them (request-level).',
  },
  GRAPHQL_PARSE_FAILED: { description: 'The document is not valid GraphQL syntax (request-level).' },
  GRAPHQL_VALIDATION_FAILED: { description: 'The document does not fit the schema (request-level).' },
  CSRF_HEADER_REQUIRED: {
    description: 'A request carrying cookies came without the `X-GraphQL-Client` header (request-level).',
  },
  PERSISTED_QUERY_NOT_FOUND: { description: 'The persisted-document hash names no document (request-level).' },
  PERSISTED_QUERY_ONLY: {
    description: 'A signed-in browser session sent a document as text in production (request-level).',
  },
  TOO_MANY_SELECTIONS: { description: 'Too many fields in a selection set or in the document (request-level).' },
  TOO_MANY_TOKENS: { description: 'The document has too many tokens (request-level).' },
  QUERY_TOO_DEEP: { description: 'Fields nested too deeply (request-level).' },
  TOO_MANY_ALIASES: { description: 'Too many aliases (request-level).' },
  TOO_MANY_DIRECTIVES: { description: 'Too many directives (request-level).' },
  PAGE_SIZE_TOO_LARGE: { description: '`first` or `last` above 100 or negative (request-level).' },
  QUERY_TOO_COMPLEX: { description: 'The operation costs more than 5 000 points (request-level).' },
  RATE_LIMITED: { description: 'The caller’s budget or attempts are spent for now (request-level).' },
  UNAUTHENTICATED: { description: 'The field needs a signed-in member or a token (field error).' },
  INVALID_TOKEN: { description: 'The token is malformed, unknown, expired or revoked (HTTP 401).' },
  ACCOUNT_SUSPENDED: { description: 'The member (or the token’s owner) is suspended.' },
  FORBIDDEN: { description: 'The caller may not do this (field error, or `NotAllowedError`).' },
  INSUFFICIENT_SCOPE: { description: 'The token lacks a scope the field needs (field error).' },
  VALIDATION_FAILED: { description: 'Some input fields are invalid (`ValidationError`).' },
  NOT_FOUND: { description: 'What the operation refers to does not exist or is hidden (`NotFoundError`).' },
  CONFLICT: { description: 'The operation conflicts with the current state (`ConflictError`).' },
  SIGN_IN_LINK_INVALID: { description: 'The sign-in or reset link expired or was used (`SignInLinkInvalidError`).' },
  INVALID_CREDENTIALS: {
    description: 'The email and password do not match, or the address is locked (`InvalidCredentialsError`).',
  },
  LAST_COORDINATOR: {
    description: 'The member is the last coordinator of collectives with other members (`LastCoordinatorError`).',
  },
  CONFIRMATION_MISMATCH: { description: 'The confirmation typed does not match (`ConfirmationMismatchError`).' },
  DATABASE_UNAVAILABLE: { description: 'The database cannot be reached at the moment (HTTP 503).' },
  PHOTO_TOO_LARGE: { description: 'A photo upload is over 5 MB or 50 megapixels (`POST /photos`).' },
  PHOTO_NOT_AN_IMAGE: { description: 'A photo upload is not a readable picture (`POST /photos`).' },
  BAD_USER_INPUT: {
    description:
      'An argument value is invalid for its scalar (e.g. a `Date` that is not a calendar date), or a variable is wrong.',
  },
  INTERNAL_SERVER_ERROR: { description: 'Something failed that should not have.' },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description:
    'Every stable code the API answers with, listed in docs/errors.md: typed mutation errors carry one in `Error.code`, GraphQL errors in `extensions.code`. Codes are only ever added (clients must accept unknown values).',
  values: Object.fromEntries(
    Object.entries(ERROR_CODES).map(([code, { description }]) => [code, { value: code, description }]),
  ) as Record<ErrorCode, { value: ErrorCode; description: string }>,
});

export const ErrorInterface = builder.interfaceRef<Error & { code: string }>('Error').implement({
  description:
    'An expected failure the caller can act on. `code` is stable (see docs/errors.md); `message` is for people.',
  fields: (t) => ({
    code: t.field({
      type: ErrorCodeEnum,
      description: 'Stable machine-readable code, e.g. VALIDATION_FAILED (docs/errors.md).',
      resolve: (error) => error.code as ErrorCode,
    }),
    message: t.string({
      description:
        'What went wrong and what to do, for people: in French when the request prefers French (Accept-Language), else English.',
      resolve: (error, _args, ctx) => localize(error.message, ctx.lang),
    }),
  }),
});

const FieldErrorType = builder.objectRef<FieldError>('FieldError').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path of the field in the arguments, e.g. ["input", "email"].' }),
    message: t.string({
      description:
        'Why it is invalid, for a person: in French when the request prefers French (Accept-Language), else English.',
      resolve: (error, _args, ctx) =>
        error.key ? translate(error.key, ctx.lang, error.params) : localize(error.message, ctx.lang),
    }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'Some input fields are invalid; nothing was changed. Code VALIDATION_FAILED.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    // Declared here too: the interface's resolver is not inherited by the errors plugin's types.
    message: t.string({
      description:
        'What went wrong, for people: in French when the request prefers French (Accept-Language), else English.',
      resolve: (_error, _args, ctx) => translate('validation.failed', ctx.lang),
    }),
    fieldErrors: t.field({
      type: [FieldErrorType],
      description: 'Each invalid field and why.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'What the operation refers to does not exist (or is not visible to you). Code NOT_FOUND.',
  interfaces: [ErrorInterface],
});

builder.objectType(NotAllowedError, {
  name: 'NotAllowedError',
  description: 'You may not do this to this object (e.g. not its owner). Code FORBIDDEN.',
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The operation conflicts with the current state (e.g. already done, or a name taken). Code CONFLICT.',
  interfaces: [ErrorInterface],
});

builder.objectType(SignInLinkInvalidError, {
  name: 'SignInLinkInvalidError',
  description: 'The sign-in or reset link expired or was already used. Code SIGN_IN_LINK_INVALID.',
  interfaces: [ErrorInterface],
});

/** The typed errors a field may answer with, in a union with its payload that says what it holds. */
export function errorUnion(description: string, ...types: (new (...args: never[]) => unknown)[]) {
  return { types, union: { description } };
}

/** The typed errors a change may answer with, in a union with its payload (the wording most changes share). */
export function changeErrors(...types: (new (...args: never[]) => unknown)[]) {
  return errorUnion('The payload, or why nothing was changed.', ...types);
}
