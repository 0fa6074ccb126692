// Collectives (collectifs): the public face, the directory of collectives, and their life cycle
// (create, edit, archive). The charter, memberships, commitments and journal extend the type from
// their own files. Also the small helpers those files share.
import { auditActor, callerId } from '../caller.ts';
import type { Prisma } from '@ekoacteurs/db';
import { CollectiveStatus } from '@ekoacteurs/db/enums';
import { CHARTER_MAX, COLLECTIVE_RULES } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError, requestError } from '../../errors.ts';
import { notify, publish } from '../../notify.ts';
import { slugify, uniqueSlug } from '../../slug.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { oncePerRequest } from '../once-per-request.ts';
import { isUuid, parseInput, ruledText } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { describedEnum } from '../described-enum.ts';

type Tx = Prisma.TransactionClient;

/** A scope parameter no scope grants: used when the object an authorization depends on is unknown. */
export const NOBODY = '';

/**
 * Locks the collective's row until the transaction ends and refuses archived collectives.
 * UPDATE serialises changes to what the whole collective shares (charter order, coordinators);
 * SHARE only keeps it from being archived meanwhile.
 */
export async function lockActiveCollective(tx: Tx, collectiveId: string, mode: 'UPDATE' | 'SHARE' = 'UPDATE') {
  const rows =
    mode === 'UPDATE'
      ? await tx.$queryRaw<
          { status: string; slug: string; name: string }[]
        >`SELECT status::text AS status, slug, name FROM "Collective" WHERE id = ${collectiveId}::uuid FOR UPDATE`
      : await tx.$queryRaw<
          { status: string; slug: string; name: string }[]
        >`SELECT status::text AS status, slug, name FROM "Collective" WHERE id = ${collectiveId}::uuid FOR SHARE`;
  const row = rows[0];
  if (!row) throw new NotFoundError('No collective has this id.');
  if (row.status !== 'ACTIVE') throw new ConflictError('This collective is archived: it can no longer be changed.');
  return { id: collectiveId, slug: row.slug, name: row.name };
}

/** The id inside a global ID argument, or a NotFoundError when it cannot be a database id. */
export function uuidOf(globalId: { id: string }, what: string): string {
  if (!isUuid(globalId.id)) throw new NotFoundError(`No ${what} has this id.`);
  return globalId.id;
}

/**
 * Something of a collective's (a membership, a charter agreement, a commitment) by id, looked up
 * once per request so authorization and the resolver share it; null for an id that cannot be one.
 */
export function collectivePart<T extends { collectiveId: string }>(
  what: string,
  find: (ctx: Context, id: string) => Promise<T | null>,
) {
  const of = (ctx: Context, id: string) =>
    oncePerRequest(ctx, `${what}:${id}`, async () => (isUuid(id) ? find(ctx, id) : null));
  return {
    of,
    /** It, or a NotFoundError. */
    async existing(ctx: Context, globalId: { id: string }): Promise<T> {
      const part = await of(ctx, globalId.id);
      if (!part) throw new NotFoundError(`No ${what} has this id.`);
      return part;
    },
    /** authScopes: a coordinator of its collective. */
    coordinatorOf: async (_root: unknown, args: { id: { id: string } }, ctx: Context) => ({
      coordinatorOf: (await of(ctx, args.id.id))?.collectiveId ?? NOBODY,
    }),
  };
}

/** The active coordinators of a collective (to notify them). */
export async function coordinatorIds(tx: Tx, collectiveId: string, except?: string): Promise<string[]> {
  const rows = await tx.collectiveMembership.findMany({
    where: { collectiveId, status: 'ACTIVE', role: 'COORDINATOR', ...(except ? { memberId: { not: except } } : {}) },
    select: { memberId: true },
  });
  return rows.map((row) => row.memberId);
}

/**
 * Member hides members who are not ACTIVE in the federation from everyone but themselves and
 * admins; fields that point at such a member answer null instead of failing.
 */
export function memberVisibility(member: { id: string; status: string }) {
  return member.status === 'ACTIVE' ? true : { self: member.id, admin: true };
}

/** Collective-private fields: the collective's active members and admins see them, others get null. */
export const membersOnly = {
  authScopes: (collective: { id: string }) => ({ collectiveMember: collective.id, admin: true }),
  unauthorizedResolver: nullUnlessScopeMissing,
} as const;

export const CollectiveStatusEnum = describedEnum('CollectiveStatus', 'Whether a collective is active or archived.', {
  ACTIVE: 'Active: it lives and changes.',
  ARCHIVED: 'Archived (archivé): kept for the record, it can no longer be changed.',
});

export const CollectiveType = builder.prismaNode('Collective', {
  description:
    'A collective (collectif): members of the federation who work together under a shared charter. Anyone sees its public face (name, purpose, region, members and their roles); its members and admins see the rest.',
  id: { field: 'id', description: 'Global ID of the collective (Relay).' },
  // Select mode: only the columns a query asks for are read (a public list of members' collectives
  // never reads the private description).
  select: { id: true, slug: true, name: true },
  fields: (t) => ({
    slug: t.string({
      description: 'Stable, URL-safe identifier, used in page addresses (e.g. "com-engagee").',
      resolve: (collective) => collective.slug,
    }),
    name: t.string({ description: 'Name of the collective.', resolve: (collective) => collective.name }),
    purpose: t.exposeString('purpose', { description: 'Its purpose (raison d’être), one or two sentences; public.' }),
    region: t.exposeString('region', { description: 'French region where it mainly works; may be empty.' }),
    status: t.expose('status', { type: CollectiveStatusEnum, description: 'ACTIVE, or ARCHIVED (read-only).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When it last changed (the watermark for `collectives(updatedSince:)`).',
    }),
    archivedAt: t.expose('archivedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it was archived; null while active.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description:
        'Private: how the collective works, in the members’ words (plain text). Null unless you are one of its members or an admin.',
      ...membersOnly,
    }),
  }),
});

export const CollectiveSuccess = builder.objectRef<{ collectiveId: string }>('CollectiveSuccess').implement({
  description: 'The collective after the change.',
  fields: (t) => ({
    collective: t.prismaField({
      type: CollectiveType,
      description: 'The collective, as it is now.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.collective.findUniqueOrThrow({ ...query, where: { id: payload.collectiveId } }),
    }),
  }),
});

// ───────────────────────────── Reading ─────────────────────────────

const SEARCH_MAX = COLLECTIVE_RULES.search.max;

function collectivesWhere(args: {
  search?: string | null;
  region?: string | null;
  status?: CollectiveStatus | null;
  updatedSince?: Date | null;
}): Prisma.CollectiveWhereInput {
  const search = args.search?.trim() ?? '';
  if (search.length > SEARCH_MAX) throw requestError('BAD_USER_INPUT', `search: use at most ${SEARCH_MAX} characters.`);
  const region = args.region?.trim() ?? '';
  return {
    status: args.status ?? 'ACTIVE',
    ...(args.updatedSince ? { updatedAt: { gte: args.updatedSince } } : {}),
    ...(region ? { region: { equals: region, mode: 'insensitive' } } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { purpose: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  collectives: t.prismaConnection(
    {
      type: CollectiveType,
      cursor: 'id',
      description: 'The federation’s collectives, by name. Public: visitors see their public face.',
      args: {
        search: t.arg.string({
          required: false,
          description: 'Words to find in the name or the purpose (case-insensitive, at most 100 characters).',
        }),
        region: t.arg.string({
          required: false,
          description: 'Only collectives of this French region, e.g. "Bretagne".',
        }),
        status: t.arg({
          type: CollectiveStatusEnum,
          required: false,
          defaultValue: 'ACTIVE',
          description: 'ACTIVE (default) or ARCHIVED.',
        }),
        updatedSince: t.arg({
          type: 'DateTime',
          required: false,
          description:
            'Sync: only collectives that changed at or after this instant (keep the largest `updatedAt` you saw and pass it next time).',
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.collective.count({ where: collectivesWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.collective.findMany({
          ...query,
          where: collectivesWhere(args),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { description: 'A page of collectives.' },
    { description: 'A collective in a page.' },
  ),

  collective: t.prismaField({
    type: CollectiveType,
    nullable: true,
    description: 'A collective by its slug (active or archived); null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The collective’s slug, e.g. "com-engagee".' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.collective.findUnique({ ...query, where: { slug: args.slug } }),
  }),
}));

// ───────────────────────────── Life cycle ─────────────────────────────

const name = ruledText(COLLECTIVE_RULES.name);
const purpose = ruledText(
  COLLECTIVE_RULES.purpose,
  (min) => `Say in a sentence why the collective exists (at least ${min} characters).`,
);
const description = ruledText(COLLECTIVE_RULES.description);
const region = ruledText(COLLECTIVE_RULES.region);
export const agreementText = ruledText(
  COLLECTIVE_RULES.agreement,
  (min) => `Write the agreement (at least ${min} characters).`,
);

const createSchema = z.object({
  name,
  purpose,
  description: description.nullish(),
  region: region.nullish(),
  charter: z
    .array(agreementText)
    .max(CHARTER_MAX, { error: `A charter has at most ${CHARTER_MAX} agreements.` })
    .nullish(),
});

const updateSchema = z
  .object({
    name: name.nullish(),
    purpose: purpose.nullish(),
    description: description.nullish(),
    region: region.nullish(),
  })
  .refine((input) => Object.values(input).some((value) => value != null), { error: 'Change at least one field.' });

const CreateCollectiveInput = builder.inputType('CreateCollectiveInput', {
  description: 'A new collective. You become its first coordinator.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name (2–80 characters); the slug is made from it.' }),
    purpose: t.string({ required: true, description: 'Why it exists (raison d’être), public (10–500 characters).' }),
    description: t.string({ required: false, description: 'How it works, for its members (at most 5000 characters).' }),
    region: t.string({ required: false, description: 'French region where it mainly works.' }),
    charter: t.stringList({
      required: false,
      description:
        'The first agreements of its charter (cadre de fonctionnement), in order (at most 40, 3–1000 characters each).',
    }),
  }),
});

const UpdateCollectiveInput = builder.inputType('UpdateCollectiveInput', {
  description: 'What to change; omitted fields stay as they are. The slug never changes, so links keep working.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'New name (2–80 characters).' }),
    purpose: t.string({ required: false, description: 'New purpose (10–500 characters).' }),
    description: t.string({ required: false, description: 'New description (at most 5000 characters).' }),
    region: t.string({ required: false, description: 'New region.' }),
  }),
});

const RESERVED_SLUGS = ['federation', 'federation-des-ekoacteurs'];

/** Collective slugs share public addresses with member handles, so neither may take the other's. */
function freeSlug(ctx: Context, collectiveName: string) {
  return uniqueSlug(slugify(collectiveName) || 'collectif', async (candidates) => {
    const [collectives, members] = await Promise.all([
      ctx.prisma.collective.findMany({ where: { slug: { in: candidates } }, select: { slug: true } }),
      ctx.prisma.member.findMany({ where: { handle: { in: candidates } }, select: { handle: true } }),
    ]);
    return [...RESERVED_SLUGS, ...collectives.map((c) => c.slug), ...members.map((m) => m.handle)];
  });
}

function isUniqueViolation(error: unknown) {
  return (error as { code?: string }).code === 'P2002';
}

builder.mutationFields((t) => ({
  createCollective: t.field({
    type: CollectiveSuccess,
    description:
      'Creates a collective with you as its coordinator (you accept its first charter). Any active member may.',
    authScopes: { memberCan: 'write:profile' },
    errors: changeErrors(ValidationError),
    args: { input: t.arg({ type: CreateCollectiveInput, required: true, description: 'The new collective.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(createSchema, args.input);
      const me = callerId(ctx);
      // Two collectives created with the same name at the same instant: the loser takes the next slug.
      for (let attempt = 0; ; attempt++) {
        const slug = await freeSlug(ctx, input.name);
        try {
          const collective = await ctx.prisma.$transaction(async (tx) => {
            const now = new Date();
            const created = await tx.collective.create({
              data: {
                slug,
                name: input.name,
                purpose: input.purpose,
                description: input.description ?? '',
                region: input.region ?? '',
                memberships: {
                  create: { memberId: me, role: 'COORDINATOR', status: 'ACTIVE', joinedAt: now, charterAccepted: now },
                },
                charter: { create: (input.charter ?? []).map((text, index) => ({ position: index + 1, text })) },
              },
            });
            await recordAudit(tx, {
              ...auditActor(ctx),
              action: 'collective.created',
              targetType: 'Collective',
              targetId: created.id,
              data: { slug, name: input.name },
            });
            return created;
          });
          return { collectiveId: collective.id };
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 2) throw error;
        }
      }
    },
  }),

  updateCollective: t.field({
    type: CollectiveSuccess,
    description:
      'Changes a collective’s name, purpose, description or region (its coordinators). Archived collectives refuse changes.',
    authScopes: (_root, args) => ({ coordinatorOf: args.id.id }),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      id: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      input: t.arg({ type: UpdateCollectiveInput, required: true, description: 'What to change.' }),
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(updateSchema, args.input);
      const id = uuidOf(args.id, 'collective');
      const data = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value != null),
      ) as Prisma.CollectiveUpdateInput;
      await ctx.prisma.$transaction(async (tx) => {
        await lockActiveCollective(tx, id);
        await tx.collective.update({ where: { id }, data });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'collective.updated',
          targetType: 'Collective',
          targetId: id,
          data: { fields: Object.keys(data) },
        });
      });
      return { collectiveId: id };
    },
  }),

  archiveCollective: t.field({
    type: CollectiveSuccess,
    description:
      'Archives a collective (its coordinators, or admins): it stays readable but refuses every change. Its members are notified.',
    authScopes: (_root, args) => ({ coordinatorOf: args.id.id, admin: true }),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      id: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      reason: t.arg.string({
        required: false,
        description: 'Why (shown to its members, kept in the audit log; at most 1000 characters).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const reason = parseInput(ruledText(COLLECTIVE_RULES.reason).nullish(), args.reason, ['reason']) ?? '';
      const id = uuidOf(args.id, 'collective');
      const me = callerId(ctx);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const collective = await lockActiveCollective(tx, id);
        await tx.collective.update({ where: { id }, data: { status: 'ARCHIVED', archivedAt: new Date() } });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'collective.archived',
          targetType: 'Collective',
          targetId: id,
          data: { reason },
        });
        const members = await tx.collectiveMembership.findMany({
          where: { collectiveId: id, status: 'ACTIVE', memberId: { not: me } },
          select: { memberId: true },
        });
        const sent = [];
        for (const { memberId } of members) {
          sent.push(
            await notify(tx, {
              memberId,
              kind: 'collective.archived',
              data: { collectiveId: id, slug: collective.slug, name: collective.name, reason },
            }),
          );
        }
        return sent;
      });
      publish(ctx, events);
      return { collectiveId: id };
    },
  }),
}));
