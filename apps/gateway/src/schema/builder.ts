// The Pothos schema builder: plugins, scalars' TypeScript shapes, the context type; the
// authorization scopes are in scopes.ts. No GraphQL type is defined here; each domain has its own file.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@ekoacteurs/db/pothos-types';
import { getDatamodel } from '@ekoacteurs/db/pothos-types';
import type { Context } from '../context.ts';
import { scopeLoaders, type AuthScopes } from './scopes.ts';
import { unauthorizedError } from './unauthorized.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  // Fields are non-null unless declared nullable: a typed client then never has to guess.
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
}>({
  defaultFieldNullability: false,
  // Federation last: it reads the types the others have shaped (schema/supergraph/).
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin, FederationPlugin],
  scopeAuth: {
    authScopes: (ctx) =>
      scopeLoaders(
        ctx,
        (scope) => ctx.caller.kind === 'session' || (ctx.caller.kind === 'token' && ctx.caller.scopes.includes(scope)),
      ),
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
    pageInfoTypeOptions: {
      description: 'Where a page of a connection stands: pass `endCursor` as `after` to get the next page.',
    },
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
    // A mutation's result is its payload or one of its typed errors, e.g. ApplyForMembershipPayload.
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Payload` },
  },
});

// One naming rule for connections (checked by test/schema-naming.test.ts): the field `members` of
// `Query` returns `QueryMembersConnection`, whose edges are `QueryMembersEdge`. The relay plugin
// names an unnamed connection's edge `<Connection>Edge` ("…ConnectionEdge"); this keeps `<Type><Field>Edge`.
type ConnectionObject = (connectionOptions: unknown, edgeOptions?: unknown) => unknown;
const connectionObject = (builder.connectionObject as ConnectionObject).bind(builder);
(builder as unknown as { connectionObject: ConnectionObject }).connectionObject = (connectionOptions, edgeOptions) => {
  const edge = edgeOptions as { name?: unknown } | undefined;
  if (edge && typeof edge.name === 'string' && edge.name.endsWith('ConnectionEdge')) {
    return connectionObject(connectionOptions, { ...edge, name: edge.name.replace(/ConnectionEdge$/, 'Edge') });
  }
  return connectionObject(connectionOptions, edgeOptions);
};
