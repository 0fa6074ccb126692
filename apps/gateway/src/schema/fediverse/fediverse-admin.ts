// The Fediverse for admins (the console's Fédivers screen): who follows the federation, its
// collectives and its members from other servers, and the instances blocked from following them
// (block/unblock). Sending and receiving are src/fediverse/ (docs/fediverse.md).
import { z } from 'zod';
import { auditActor } from '../caller.ts';
import { recordAudit } from '../../audit.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { parseActor } from '../../fediverse/uris.ts';
import { builder } from '../builder.ts';
import { parseInput } from '../validate.ts';
import { errorUnion } from '../errors.ts';

/** "Mastodon.Social", "https://mastodon.social/@x" or "mastodon.social:8443" → its host[:port], lower case. */
export function instanceHost(value: string): string | null {
  const text = value.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.host && /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i.test(url.host) ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

const hostSchema = z
  .string()
  .max(300)
  .transform((value, context) => {
    const host = instanceHost(value);
    if (!host) context.addIssue({ code: 'custom', message: 'fediverse.instance.invalid' });
    return host ?? '';
  });

const FollowedActorKind = builder.enumType('FediverseActorKind', {
  description: 'Which kind of our actors is followed.',
  values: {
    FEDERATION: { description: 'The federation itself (@federation@…): it publishes the public workshops.' },
    COLLECTIVE: { description: 'A collective with a public page.' },
    MEMBER: { description: 'A member who chose to be followable.' },
  } as const,
});

export const FediverseFollowerType = builder.prismaNode('FediverseFollower', {
  description: 'A remote account (Mastodon, Mobilizon…) following one of our actors. Admins only.',
  id: { field: 'id' },
  authScopes: { admin: true },
  select: { id: true },
  fields: (t) => ({
    handle: t.exposeString('handle', {
      description: '@name@instance, as the follower’s server gives it (empty when it gives no name).',
    }),
    followerUri: t.exposeString('followerUri', { description: 'The follower’s ActivityPub id.' }),
    instance: t.exposeString('host', { description: 'The follower’s instance (host name): what blockInstance takes.' }),
    followed: t.exposeString('actor', {
      description: 'Our actor they follow: "federation", "collective.<id>" or "member.<id>".',
    }),
    followedKind: t.field({
      type: FollowedActorKind,
      description: 'Which kind of our actors they follow.',
      select: { actor: true },
      resolve: (row) => {
        const kind = parseActor(row.actor)?.kind ?? 'federation';
        return kind === 'collective' ? 'COLLECTIVE' : kind === 'member' ? 'MEMBER' : 'FEDERATION';
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When they followed.' }),
  }),
});

export const BlockedInstanceType = builder.prismaObject('FediverseBlockedInstance', {
  description: 'An instance whose accounts cannot follow ours and receive nothing from us. Admins only.',
  authScopes: { admin: true },
  select: { host: true },
  fields: (t) => ({
    instance: t.exposeString('host', { description: 'The host name blocked (with its port when not the default).' }),
    reason: t.exposeString('reason', { description: 'Why, for the other admins.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was blocked.' }),
  }),
});

builder.queryField('fediverseFollowers', (t) =>
  t.prismaConnection(
    {
      type: FediverseFollowerType,
      cursor: 'id',
      description: 'Who follows the federation, its collectives and members from the Fediverse, newest first (admins).',
      nullable: true,
      authScopes: { admin: true },
      args: {
        instance: t.arg.string({ required: false, description: 'Only the followers on this instance (host name).' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.fediverseFollower.count({ where: followerWhere(args.instance) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.fediverseFollower.findMany({
          ...query,
          where: followerWhere(args.instance),
          orderBy: { id: 'desc' },
        }),
    },
    { name: 'QueryFediverseFollowersConnection', description: 'A page of Fediverse followers.' },
    { name: 'QueryFediverseFollowersEdge', description: 'A follower in a list.' },
  ),
);

const followerWhere = (instance: string | null | undefined) => (instance ? { host: instanceHost(instance) ?? '' } : {});

builder.queryField('blockedInstances', (t) =>
  t.prismaField({
    type: [BlockedInstanceType],
    description: 'The instances blocked from following us, in alphabetical order (admins; at most 500).',
    nullable: true,
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.fediverseBlockedInstance.findMany({ ...query, orderBy: { host: 'asc' }, take: 500 }),
  }),
);

const BlockInstanceSuccess = builder.objectRef<{ host: string }>('BlockInstanceSuccess').implement({
  description: 'The instance, blocked.',
  fields: (t) => ({
    blocked: t.prismaField({
      type: BlockedInstanceType,
      description: 'The block.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.fediverseBlockedInstance.findUniqueOrThrow({ ...query, where: { host: payload.host } }),
    }),
  }),
});

const UnblockInstanceSuccess = builder.objectRef<{ host: string }>('UnblockInstanceSuccess').implement({
  description: 'The instance is no longer blocked.',
  fields: (t) => ({ instance: t.exposeString('host', { description: 'The host name unblocked.' }) }),
});

builder.mutationFields((t) => ({
  blockInstance: t.field({
    type: BlockInstanceSuccess,
    description:
      'Blocks a Fediverse instance (admins): its accounts cannot follow ours any more, and nothing is sent to it, even to those who already follow (they stay listed, marked by the block). Blocking again updates the reason.',
    authScopes: { admin: true },
    errors: errorUnion('The block, or why it could not be made.', ValidationError),
    args: {
      instance: t.arg.string({
        required: true,
        description: 'The instance: a host name such as mastodon.example (an address on it works too).',
      }),
      reason: t.arg.string({ required: false, description: 'Why, for the other admins (at most 500 characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const host = parseInput(hostSchema, args.instance, ['instance']);
      const reason = parseInput(z.string().trim().max(500), args.reason ?? '', ['reason']);
      await ctx.prisma.$transaction(async (tx) => {
        await tx.fediverseBlockedInstance.upsert({
          where: { host },
          create: { host, reason, blockedById: ctx.caller.kind === 'anonymous' ? null : ctx.caller.memberId },
          update: { reason },
        });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'fediverse.instance_blocked',
          targetType: 'FediverseInstance',
          data: { host, reason },
        });
      });
      return { host };
    },
  }),

  unblockInstance: t.field({
    type: UnblockInstanceSuccess,
    description:
      'Lifts the block on an instance (admins): its accounts can follow again, and those still following receive the next activities.',
    authScopes: { admin: true },
    errors: errorUnion('The instance unblocked, or why not.', NotFoundError),
    args: { instance: t.arg.string({ required: true, description: 'The host name, as blocked.' }) },
    resolve: async (_root, args, ctx) => {
      const host = instanceHost(args.instance) ?? '';
      await ctx.prisma.$transaction(async (tx) => {
        const { count } = await tx.fediverseBlockedInstance.deleteMany({ where: { host } });
        if (count === 0) throw new NotFoundError('This instance is not blocked.');
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'fediverse.instance_unblocked',
          targetType: 'FediverseInstance',
          data: { host },
        });
      });
      return { host };
    },
  }),
}));
