// Turns a scope-auth refusal into an error with a stable code that says what to do.
import type { AuthFailure } from '@pothos/plugin-scope-auth';
import { AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { requestError } from '../errors.ts';

const SCOPE_OF: Record<string, (parameter: unknown) => string> = {
  member: () => 'read:network',
  self: () => 'read:network',
  memberCan: (parameter) => String(parameter),
  admin: () => 'admin',
  collectiveMember: () => 'read:network',
  coordinatorOf: () => 'write:profile',
};

function neededScopes(failure: AuthFailure): string[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return SCOPE_OF[failure.scope] ? [SCOPE_OF[failure.scope]!(failure.parameter)] : [];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(neededScopes);
    default:
      return [];
  }
}

export function unauthorizedError(_parent: unknown, ctx: Context, info: GraphQLResolveInfo, result: { failure: AuthFailure }) {
  const caller = ctx.caller;
  const what = `${info.parentType.name}.${info.fieldName}`;
  if (caller.kind === 'anonymous') {
    return requestError('UNAUTHENTICATED', `Sign in (or send an API token) to use ${what}.`);
  }
  if (caller.status === 'SUSPENDED') {
    return requestError('ACCOUNT_SUSPENDED', 'This account is suspended: contact the federation to find out why.');
  }
  if (caller.status !== 'ACTIVE') {
    return requestError('FORBIDDEN', 'Your membership is not active (applications are reviewed by the federation first).');
  }
  if (caller.kind === 'token') {
    const missing = [...new Set(neededScopes(result.failure))].filter((scope) => !caller.scopes.includes(scope as never));
    if (missing.length > 0) {
      return requestError('INSUFFICIENT_SCOPE', `This token lacks the scope ${missing.join(' or ')} needed for ${what}.`);
    }
  }
  return requestError('FORBIDDEN', `You are not allowed to use ${what}.`);
}
