// The typed errors mutations return (see src/errors.ts), all implementing the Error interface.
import { ConflictError, NotAllowedError, NotFoundError, SignInLinkInvalidError, ValidationError, type FieldError } from '../errors.ts';
import { localize } from '../i18n/localize.ts';
import { translate } from '../i18n/messages.ts';
import { builder } from './builder.ts';

export const ErrorInterface = builder.interfaceRef<Error & { code: string }>('Error').implement({
  description: 'An expected failure the caller can act on. `code` is stable (see docs/errors.md); `message` is for people.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable machine-readable code, e.g. "VALIDATION_FAILED".' }),
    message: t.string({
      description: 'What went wrong and what to do, for people: in French when the request prefers French (Accept-Language), else English.',
      resolve: (error, _args, ctx) => localize(error.message, ctx.lang),
    }),
  }),
});

const FieldErrorType = builder.objectRef<FieldError>('FieldError').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path of the field in the arguments, e.g. ["input", "email"].' }),
    message: t.string({
      description: 'Why it is invalid, for a person: in French when the request prefers French (Accept-Language), else English.',
      resolve: (error, _args, ctx) => (error.key ? translate(error.key, ctx.lang, error.params) : localize(error.message, ctx.lang)),
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
      description: 'What went wrong, for people: in French when the request prefers French (Accept-Language), else English.',
      resolve: (_error, _args, ctx) => translate('validation.failed', ctx.lang),
    }),
    fieldErrors: t.field({ type: [FieldErrorType], description: 'Each invalid field and why.', resolve: (error) => error.fieldErrors }),
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
