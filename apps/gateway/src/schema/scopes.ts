// Who may do what, decided here and nowhere else: the authorization scopes every field and type
// names in `authScopes`, and how each is judged for the caller of a request.
import type { TokenScope } from '../auth/caller.ts';
import type { Context } from '../context.ts';
import { isUuid } from './validate.ts';

/**
 * Who may do what, decided here and nowhere else. A token acts for its owner, within its scopes.
 * In `authScopes: { … }` the listed scopes are alternatives; use `$all` to require several.
 */
export interface AuthScopes {
  /** An ACTIVE member reading the network (tokens need read:network). */
  member: boolean;
  /** An ACTIVE member acting with a capability (tokens need that scope). */
  memberCan: Exclude<TokenScope, 'admin' | 'read:network'>;
  /** An ACTIVE platform administrator (tokens need the admin scope). */
  admin: boolean;
  /** The member with this id themself, ACTIVE (tokens need read:network). */
  self: string;
  /** A browser session, whatever the member's status: tokens can never manage sessions, passwords or tokens. */
  signedIn: boolean;
  /** A browser session of the member with this id, whatever their status (to see their own tokens). */
  sessionOf: string;
  /** An ACTIVE member of the collective with this id (tokens need read:network). */
  collectiveMember: string;
  /** A COORDINATOR of the collective with this id (tokens need write:profile). */
  coordinatorOf: string;
  /** The request is made with the API token of this id: a token may always give itself up. */
  thisToken: string;
}

/** The caller's ACTIVE role in a collective, or null. Scope results are cached per request. */
async function membershipRole(ctx: Context, collectiveId: string) {
  if (ctx.caller.kind === 'anonymous' || !isUuid(collectiveId)) return null;
  const membership = await ctx.prisma.collectiveMembership.findUnique({
    where: { collectiveId_memberId: { collectiveId, memberId: ctx.caller.memberId } },
    select: { role: true, status: true },
  });
  return membership?.status === 'ACTIVE' ? membership.role : null;
}

/**
 * The scope loaders, given what the caller's credentials hold: a session holds every capability, a
 * token its scopes. `unauthorized.ts` asks them again with every scope held, to tell a token that
 * lacks a scope (INSUFFICIENT_SCOPE) from a caller who may not see the thing at all (null).
 */
export function scopeLoaders(ctx: Context, holds: (scope: TokenScope) => boolean) {
  // Loaders read ctx.caller when first asked, so a sign-in earlier in the same request counts.
  const active = () => ctx.caller.kind !== 'anonymous' && ctx.caller.status === 'ACTIVE';
  const memberId = () => (ctx.caller.kind === 'anonymous' ? null : ctx.caller.memberId);
  return {
    member: () => active() && holds('read:network'),
    memberCan: (scope: Exclude<TokenScope, 'admin' | 'read:network'>) => active() && holds(scope),
    admin: () => active() && ctx.caller.kind !== 'anonymous' && ctx.caller.role === 'ADMIN' && holds('admin'),
    self: (id: string) => active() && holds('read:network') && memberId() === id,
    signedIn: () => ctx.caller.kind === 'session',
    sessionOf: (id: string) => ctx.caller.kind === 'session' && ctx.caller.memberId === id,
    collectiveMember: async (collectiveId: string) =>
      active() && holds('read:network') && (await membershipRole(ctx, collectiveId)) !== null,
    coordinatorOf: async (collectiveId: string) =>
      active() && holds('write:profile') && (await membershipRole(ctx, collectiveId)) === 'COORDINATOR',
    thisToken: (tokenId: string) => ctx.caller.kind === 'token' && ctx.caller.tokenId === tokenId,
  };
}
