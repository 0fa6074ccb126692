// Turns a scope-auth refusal into an error with a stable code that says what to do, and decides
// what a field that hides itself (`unauthorizedResolver`) answers: one rule for every field —
// null when the caller may not see it whatever their token holds, INSUFFICIENT_SCOPE when the
// token lacks a scope that would show it (e.g. `viewer.notifications` with a read:public token).
import type { AuthFailure } from '@pothos/plugin-scope-auth';
import { AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { requestError } from '../errors.ts';
import { scopeLoaders } from './scopes.ts';

/** The refusal behind each error unauthorizedError made, for nullUnlessScopeMissing. */
const failures = new WeakMap<object, AuthFailure>();

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

export function unauthorizedError(
  _parent: unknown,
  ctx: Context,
  info: GraphQLResolveInfo,
  result: { failure: AuthFailure },
) {
  const error = refusal(ctx, info, result.failure);
  failures.set(error, result.failure);
  return error;
}

function refusal(ctx: Context, info: GraphQLResolveInfo, failure: AuthFailure): GraphQLError {
  const caller = ctx.caller;
  const what = `${info.parentType.name}.${info.fieldName}`;
  if (caller.kind === 'anonymous') {
    return requestError('UNAUTHENTICATED', `Sign in (or send an API token) to use ${what}.`);
  }
  if (caller.status === 'SUSPENDED') {
    return requestError('ACCOUNT_SUSPENDED', 'This account is suspended: contact the federation to find out why.');
  }
  if (caller.status !== 'ACTIVE') {
    return requestError(
      'FORBIDDEN',
      'Your membership is not active (applications are reviewed by the federation first).',
    );
  }
  if (caller.kind === 'token') {
    const missing = [...new Set(neededScopes(failure))].filter((scope) => !caller.scopes.includes(scope as never));
    if (missing.length > 0) {
      return requestError(
        'INSUFFICIENT_SCOPE',
        `This token lacks the scope ${missing.join(' or ')} needed for ${what}.`,
      );
    }
  }
  return requestError('FORBIDDEN', `You are not allowed to use ${what}.`);
}

/** The single scopes a refusal is made of (alternatives and conjunctions flattened). */
function scopeFailures(failure: AuthFailure): { scope: string; parameter: unknown }[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return [{ scope: failure.scope, parameter: failure.parameter }];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(scopeFailures);
    default:
      return [];
  }
}

/**
 * `unauthorizedResolver` of the fields that answer null to those who may not see them. A token is
 * told INSUFFICIENT_SCOPE instead when one of the refused scopes would pass had it every scope.
 */
export async function nullUnlessScopeMissing(
  _parent: unknown,
  _args: unknown,
  ctx: Context,
  _info: GraphQLResolveInfo,
  error: Error,
): Promise<null> {
  const failure = failures.get(error);
  if (ctx.caller.kind !== 'token' || !failure || (error as GraphQLError).extensions?.code !== 'INSUFFICIENT_SCOPE')
    return null;
  const withEveryScope = scopeLoaders(ctx, () => true) as Record<
    string,
    (parameter: unknown) => boolean | Promise<boolean>
  >;
  for (const { scope, parameter } of scopeFailures(failure)) {
    if (await withEveryScope[scope]?.(parameter)) throw error;
  }
  return null;
}
