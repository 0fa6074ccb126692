// The Pothos schema builder: plugins, scalars' TypeScript shapes, the context type and the
// authorization scopes. No GraphQL type is defined here; each domain has its own file.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@ekoacteurs/db/pothos-types';
import { getDatamodel } from '@ekoacteurs/db/pothos-types';
import type { TokenScope } from '../auth/caller.ts';
import type { Context } from '../context.ts';
import { unauthorizedError } from './unauthorized.ts';
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

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  // Fields are non-null unless declared nullable: a typed client then never has to guess.
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    ID: { Input: string; Output: string | number };
  };
}>({
  defaultFieldNullability: false,
  // Federation last: it reads the types the others have shaped (schema/supergraph/).
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin, FederationPlugin],
  scopeAuth: {
    // Loaders read ctx.caller when first asked, so a sign-in earlier in the same request counts.
    authScopes: (ctx) => {
      const active = () => ctx.caller.kind !== 'anonymous' && ctx.caller.status === 'ACTIVE';
      const granted = (scope: TokenScope) =>
        ctx.caller.kind === 'session' || (ctx.caller.kind === 'token' && ctx.caller.scopes.includes(scope));
      const memberId = () => (ctx.caller.kind === 'anonymous' ? null : ctx.caller.memberId);
      return {
        member: () => active() && granted('read:network'),
        memberCan: (scope) => active() && granted(scope),
        admin: () => active() && ctx.caller.kind !== 'anonymous' && ctx.caller.role === 'ADMIN' && granted('admin'),
        self: (id) => active() && granted('read:network') && memberId() === id,
        signedIn: () => ctx.caller.kind === 'session',
        sessionOf: (id) => ctx.caller.kind === 'session' && ctx.caller.memberId === id,
        collectiveMember: async (collectiveId) =>
          active() && granted('read:network') && (await membershipRole(ctx, collectiveId)) !== null,
        coordinatorOf: async (collectiveId) =>
          active() && granted('write:profile') && (await membershipRole(ctx, collectiveId)) === 'COORDINATOR',
        thisToken: (tokenId) => ctx.caller.kind === 'token' && ctx.caller.tokenId === tokenId,
      };
    },
    unauthorizedError,
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodeTypeOptions: { description: 'An object with a global ID, fetchable with `node(id:)`.' },
    idFieldOptions: { description: 'Opaque global ID, stable over time: use it with `node(id:)` and in mutations.' },
    // node(id:) and nodes(ids:) are defined in schema/node.ts: they answer null for an ID that names
    // nothing the caller may see, check each object's type-level rule and cap the list.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    pageInfoTypeOptions: { description: 'Where a page of a connection stands: pass `endCursor` as `after` to get the next page.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page: pass it as `after`.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'How to get the next or previous page.' },
    nodeFieldOptions: { description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of this item, for `after` / `before`.' },
    firstArgOptions: { description: 'How many items from the start (default 20, at most 100).' },
    lastArgOptions: { description: 'How many items from the end (at most 100).' },
    afterArgOptions: { description: 'Items after this cursor (an `endCursor` from a previous page).' },
    beforeArgOptions: { description: 'Items before this cursor.' },
  },
  errors: {
    defaultTypes: [],
    // A mutation's result is its payload or one of its typed errors, e.g. ApplyForMembershipResult.
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Result` },
  },
});
