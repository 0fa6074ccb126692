// The Pothos schema builder: plugins, scalars' TypeScript shapes, the context type and the
// authorization scopes. No GraphQL type is defined here; each domain has its own file.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@ekoacteurs/db/pothos-types';
import { getDatamodel } from '@ekoacteurs/db/pothos-types';
import type { Context } from '../context.ts';

export interface AuthScopes {
  /** An ACTIVE member (applicants and suspended members are not). */
  member: boolean;
  /** A platform administrator who is ACTIVE. */
  admin: boolean;
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
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      member: ctx.viewer?.status === 'ACTIVE',
      admin: ctx.viewer?.status === 'ACTIVE' && ctx.viewer.role === 'ADMIN',
    }),
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
  },
  errors: {
    defaultTypes: [],
  },
});
