// API tokens for integrators: personal tokens (members, in the portal) and integration tokens
// (admins, in the console). The secret is returned once, at creation.
import { ApiTokenKind } from '@ekoacteurs/db/enums';
import { z } from 'zod';
import { createApiToken, TOKEN_SCOPES } from '../../auth/api-tokens.ts';
import type { TokenScope } from '../../auth/caller.ts';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { NotAllowedError, NotFoundError, ValidationError } from '../../errors.ts';
import { publishAccessChange } from '../../events/live-streams.ts';
import { builder } from '../builder.ts';
import { MemberType } from '../network/member.ts';
import { isUuid, parseInput } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';

const ApiTokenKindEnum = builder.enumType(ApiTokenKind, {
  name: 'ApiTokenKind',
  description: 'PERSONAL (a member’s own, acting as them) or INTEGRATION (created by an admin for a partner system).',
});

export const TokenScopeEnum = builder.enumType('TokenScope', {
  description: 'What a token may do, on top of what its owner may do.',
  values: {
    READ_PUBLIC: { value: 'read:public', description: 'read:public — the public directory, workshops and pages.' },
    READ_NETWORK: {
      value: 'read:network',
      description: 'read:network — what a member sees: the network, collectives, own data.',
    },
    WRITE_PROFILE: {
      value: 'write:profile',
      description: 'write:profile — act as the member: profile, pages, recommendations, introductions, collectives.',
    },
    WRITE_WORKSHOPS: { value: 'write:workshops', description: 'write:workshops — register for and manage workshops.' },
    ADMIN: { value: 'admin', description: 'admin — admin operations (integration tokens of admins only).' },
  } as const,
});

export const ApiTokenType = builder.prismaNode('ApiToken', {
  description:
    'An API token. Its secret is never shown again after creation; only its prefix. Visible to its owner and admins.',
  id: { field: 'id' },
  // Every path to a token (node, nodes, Member.apiTokens, integrationTokens, revokeApiToken's result).
  // Its owner: through any browser session (a suspended member can still see and revoke theirs), or
  // a token with read:network while active; the token itself (revoking itself); and admins.
  authScopes: (token) => ({ self: token.ownerId, sessionOf: token.ownerId, thisToken: token.id, admin: true }),
  // Select mode: the secret's hash is never read to show a token.
  select: { id: true, ownerId: true },
  fields: (t) => ({
    kind: t.expose('kind', {
      type: ApiTokenKindEnum,
      description: 'Personal (acts as its owner) or integration (created by an admin for a partner system).',
    }),
    name: t.exposeString('name', { description: 'What it is for, e.g. "Site de la région Bretagne".' }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret, to recognise it.' }),
    scopes: t.field({
      type: [TokenScopeEnum],
      description: 'What it may do, within what its owner may do.',
      select: { scopes: true },
      resolve: (token) => token.scopes as TokenScope[],
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    expiresAt: t.expose('expiresAt', { ...NULLABLE_DATE_TIME, description: 'When it stops working; null: never.' }),
    lastUsedAt: t.expose('lastUsedAt', { ...NULLABLE_DATE_TIME, description: 'Last use (to within a minute).' }),
    revokedAt: t.expose('revokedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it was revoked; null while it works.',
    }),
    owner: t.relation('owner', { description: 'The member it acts for.' }),
  }),
});

const CreateTokenInput = builder.inputType('CreateApiTokenInput', {
  description: 'A new API token: what it is for, what it may do, until when.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the token is for (2–80 characters).' }),
    scopes: t.field({ type: [TokenScopeEnum], required: true, description: 'At least one scope.' }),
    expiresAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'When it stops working (optional, in the future).',
    }),
  }),
});

const tokenInput = (allowed: readonly TokenScope[]) =>
  z.object({
    name: z
      .string()
      .trim()
      .min(2, { error: 'Give it a name of at least 2 characters.' })
      .max(80, { error: 'Use at most 80 characters.' }),
    scopes: z
      .array(z.enum(TOKEN_SCOPES as [TokenScope, ...TokenScope[]]))
      .min(1, { error: 'Choose at least one scope.' })
      .refine((scopes) => scopes.every((scope) => allowed.includes(scope)), {
        error: `Allowed scopes: ${allowed.join(', ')}.`,
      }),
    expiresAt: z
      .date()
      .refine((date) => date.getTime() > Date.now(), { error: 'Choose a date in the future.' })
      .nullish(),
  });

const CreatedToken = builder.objectRef<{ tokenId: string; secret: string }>('CreateApiTokenSuccess').implement({
  description: 'The new token and its secret. Copy the secret now: it is shown only once.',
  fields: (t) => ({
    secret: t.exposeString('secret', { description: 'Send it as "Authorization: Bearer <secret>". Shown only once.' }),
    token: t.prismaField({
      type: ApiTokenType,
      description: 'The token as listed from now on (without its secret).',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: payload.tokenId } }),
    }),
  }),
});

async function create(ctx: Context, kind: ApiTokenKind, allowed: readonly TokenScope[], raw: unknown) {
  if (ctx.caller.kind === 'anonymous') throw new NotAllowedError('Sign in first.');
  const input = parseInput(tokenInput(allowed), raw);
  const { token, secret } = await createApiToken(ctx.prisma, {
    kind,
    ownerId: ctx.caller.memberId,
    name: input.name,
    scopes: [...new Set(input.scopes)],
    expiresAt: input.expiresAt ?? null,
  });
  await recordAudit(ctx.prisma, {
    actorId: ctx.caller.memberId,
    action: 'token.created',
    targetType: 'ApiToken',
    targetId: token.id,
    data: { kind, name: input.name, scopes: token.scopes },
    ip: ctx.caller.ip,
    userAgent: ctx.userAgent,
  });
  return { tokenId: token.id, secret };
}

builder.mutationFields((t) => ({
  createPersonalToken: t.field({
    type: CreatedToken,
    description: 'Creates a token that acts as you, within its scopes (not admin). Only from a signed-in browser.',
    authScopes: { $all: { signedIn: true, member: true } },
    errors: { types: [ValidationError] },
    args: {
      input: t.arg({ type: CreateTokenInput, required: true, description: 'Name, scopes and optional expiry.' }),
    },
    resolve: (_root, args, ctx) =>
      create(ctx, 'PERSONAL', ['read:public', 'read:network', 'write:profile', 'write:workshops'], args.input),
  }),

  createIntegrationToken: t.field({
    type: CreatedToken,
    description: 'Creates an integration token for a partner system (admins only, from a signed-in browser).',
    authScopes: { $all: { signedIn: true, admin: true } },
    errors: { types: [ValidationError] },
    args: {
      input: t.arg({ type: CreateTokenInput, required: true, description: 'Name, scopes and optional expiry.' }),
    },
    resolve: (_root, args, ctx) => create(ctx, 'INTEGRATION', TOKEN_SCOPES, args.input),
  }),

  revokeApiToken: t.field({
    type: ApiTokenType,
    description:
      'Revokes a token at once. Members revoke their own (from a browser session, or with the token itself); admins any.',
    authScopes: (_root, args) => ({ signedIn: true, admin: true, thisToken: args.id.id }),
    errors: { types: [NotFoundError, NotAllowedError] },
    args: { id: t.arg.globalID({ required: true, for: [ApiTokenType], description: 'The token’s global ID.' }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.caller.kind === 'anonymous') throw new NotAllowedError('Sign in first.');
      const token = isUuid(args.id.id) ? await ctx.prisma.apiToken.findUnique({ where: { id: args.id.id } }) : null;
      const isAdmin = ctx.caller.role === 'ADMIN' && ctx.caller.status === 'ACTIVE';
      if (!token || (token.ownerId !== ctx.caller.memberId && !isAdmin))
        throw new NotFoundError('No token of yours has this id.');
      if (token.revokedAt) return token;
      const revoked = await ctx.prisma.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
      publishAccessChange(ctx.events, token.ownerId, 'token_revoked');
      await recordAudit(ctx.prisma, {
        actorId: ctx.caller.memberId,
        action: 'token.revoked',
        targetType: 'ApiToken',
        targetId: token.id,
        data: { name: token.name },
        ip: ctx.caller.ip,
        userAgent: ctx.userAgent,
      });
      return revoked;
    },
  }),
}));

builder.queryField('integrationTokens', (t) =>
  t.prismaConnection({
    type: ApiTokenType,
    cursor: 'id',
    description: 'Every integration token, newest first (admins).',
    nullable: true,
    authScopes: { admin: true },
    totalCount: (_parent, _args, ctx) => ctx.prisma.apiToken.count({ where: { kind: 'INTEGRATION' } }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.apiToken.findMany({ ...query, where: { kind: 'INTEGRATION' }, orderBy: { id: 'desc' } }),
  }),
);

builder.prismaObjectField(MemberType, 'apiTokens', (t) =>
  t.relation('apiTokens', {
    description: 'Private: the member’s tokens, newest first (the member themself or admins).',
    authScopes: (member) => ({ self: member.id, admin: true }),
    query: { orderBy: { createdAt: 'desc' } },
  }),
);
