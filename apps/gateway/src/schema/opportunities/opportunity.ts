// The opportunity board (appels d'offres, projets, demandes et offres d'aide): the type, the
// `opportunities` / `opportunity(id:)` queries, and posting, editing and the status workflow.
//
// Visibility: active members only (integrators need a token with read:network); the public sees
// nothing, because calls for tenders often carry a client's name and terms that are not public.
// Opportunities whose poster is no longer an active member are hidden, like their profile.
//
// Status workflow (anything else is a ConflictError; WON, LOST and CLOSED are final):
//   OPEN          → TEAM_FORMING, CLOSED
//   TEAM_FORMING  → OPEN, SUBMITTED*, CLOSED
//   SUBMITTED*    → WON*, LOST*, CLOSED
//   (* calls for tenders only: the other kinds are never submitted, won or lost)
// Forming a team (opportunity-interest.ts) moves an OPEN opportunity to TEAM_FORMING by itself.
import { memberActor } from '../caller.ts';
import { OpportunityKind, OpportunityStatus } from '@ekoacteurs/db/enums';
import type { Prisma } from '@ekoacteurs/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { OPPORTUNITY_RULES, OPPORTUNITY_SKILLS_MAX } from '@ekoacteurs/contract/input-rules';
import { FINAL, GATHERING, OPPORTUNITY_TRANSITIONS, TENDER_ONLY } from '@ekoacteurs/contract/opportunity-workflow';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { enqueueOpportunityPublished } from '../../webhooks/payloads.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { notify, publish } from '../../notify.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { CollectiveType } from '../collectives/collective.ts';
import { MemberType } from '../network/member.ts';
import { SkillType } from '../network/skill.ts';
import { isUuid, parseInput, ruledText } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { describedEnum } from '../described-enum.ts';

export const OpportunityKindEnum = describedEnum('OpportunityKind', 'What an opportunity is.', {
  CALL_FOR_TENDER: 'Appel d’offres: a client’s call for tenders that members answer together.',
  PROJECT: 'Projet: a project looking for partners.',
  HELP_REQUEST: 'Demande d’aide: the poster needs a hand.',
  HELP_OFFER: 'Offre d’aide: the poster offers a hand.',
});

export const OpportunityStatusEnum = describedEnum(
  'OpportunityStatus',
  'Where an opportunity stands. WON, LOST and CLOSED are final.',
  {
    OPEN: 'Ouvert: gathering interest.',
    TEAM_FORMING: 'Équipe en constitution: the team is being formed.',
    SUBMITTED: 'Réponse déposée: the team’s answer was submitted (calls for tenders).',
    WON: 'Gagné: the call for tenders was won.',
    LOST: 'Perdu: the call for tenders was lost.',
    CLOSED: 'Clos: closed without an outcome (done, cancelled or withdrawn).',
  },
);

/** The statuses an opportunity of this kind may move to `target` from. */
function sourcesOf(target: OpportunityStatus, kind: OpportunityKind): OpportunityStatus[] {
  if (TENDER_ONLY.includes(target) && kind !== 'CALL_FOR_TENDER') return [];
  return (Object.keys(OPPORTUNITY_TRANSITIONS) as OpportunityStatus[]).filter((from) =>
    OPPORTUNITY_TRANSITIONS[from].includes(target),
  );
}

/** What decides who manages an opportunity. */
export interface OpportunityAccess {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  postedById: string;
  collectiveId: string | null;
}

/**
 * Who manages an opportunity (edit, status, team): its poster acting with write:profile, or a
 * coordinator of the collective it was posted for.
 */
export function managerScopes(opportunity: Pick<OpportunityAccess, 'postedById' | 'collectiveId'>) {
  return {
    $all: { memberCan: 'write:profile' as const, self: opportunity.postedById },
    ...(opportunity.collectiveId ? { coordinatorOf: opportunity.collectiveId } : {}),
  };
}

const loaded = new WeakMap<Context, Map<string, Promise<OpportunityAccess | null>>>();

/** The opportunity behind an id, once per request (authorization and resolvers share it). */
export function opportunityAccess(ctx: Context, id: string): Promise<OpportunityAccess | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  let byId = loaded.get(ctx);
  if (!byId) loaded.set(ctx, (byId = new Map()));
  let found = byId.get(id);
  if (!found) {
    found = ctx.prisma.opportunity.findFirst({
      where: { id, ...VISIBLE },
      select: { id: true, kind: true, status: true, title: true, postedById: true, collectiveId: true },
    });
    byId.set(id, found);
  }
  return found;
}

/** Scopes for a mutation on the opportunity `id`: its managers, or any writer when it does not exist (the resolver says NOT_FOUND). */
export async function managerScopesFor(ctx: Context, id: string) {
  const opportunity = await opportunityAccess(ctx, id);
  return opportunity ? managerScopes(opportunity) : { memberCan: 'write:profile' as const };
}

/** Members who manage it: the poster and the collective's active coordinators. */
export async function managerIds(
  tx: Prisma.TransactionClient,
  opportunity: Pick<OpportunityAccess, 'postedById' | 'collectiveId'>,
): Promise<string[]> {
  if (!opportunity.collectiveId) return [opportunity.postedById];
  const coordinators = await tx.collectiveMembership.findMany({
    where: { collectiveId: opportunity.collectiveId, role: 'COORDINATOR', status: 'ACTIVE' },
    select: { memberId: true },
  });
  return [...new Set([opportunity.postedById, ...coordinators.map((c) => c.memberId)])];
}

/** Locks the opportunity row for the rest of the transaction and returns its current state. */
export async function lockOpportunity(tx: Prisma.TransactionClient, id: string, mode: 'UPDATE' | 'SHARE') {
  const rows =
    mode === 'UPDATE'
      ? await tx.$queryRaw<
          { status: OpportunityStatus; deadline: Date | null }[]
        >`SELECT status, deadline FROM "Opportunity" WHERE id = ${id}::uuid FOR UPDATE`
      : await tx.$queryRaw<
          { status: OpportunityStatus; deadline: Date | null }[]
        >`SELECT status, deadline FROM "Opportunity" WHERE id = ${id}::uuid FOR SHARE`;
  if (!rows[0]) throw new NotFoundError('No opportunity has this id.');
  return rows[0];
}

/** The fields notifications about an opportunity carry. */
export function opportunityData(opportunity: Pick<OpportunityAccess, 'id' | 'title'>) {
  return { opportunityId: encodeGlobalID('Opportunity', opportunity.id), title: opportunity.title };
}

// Opportunities of members who are no longer active disappear with their profile.
const VISIBLE = { postedBy: { status: 'ACTIVE' } } satisfies Prisma.OpportunityWhereInput;

export const OpportunityType = builder.prismaNode('Opportunity', {
  description:
    'An opportunity of the board: a call for tenders (appel d’offres), a project, a help request or offer. Visible to active members.',
  id: { field: 'id' },
  // Select mode: only the columns a query asks for are read.
  select: { id: true },
  authScopes: { member: true },
  fields: (t) => ({
    kind: t.expose('kind', { type: OpportunityKindEnum, description: 'What it is.' }),
    title: t.exposeString('title', { description: 'Short title.' }),
    description: t.exposeString('description', {
      description: 'What is needed, in plain text (line breaks kept; not markdown).',
    }),
    region: t.exposeString('region', {
      description: 'French region where it takes place; empty when anywhere or remote.',
    }),
    deadline: t.expose('deadline', {
      ...NULLABLE_DATE_TIME,
      description: 'When answers are due; null when there is no deadline.',
    }),
    status: t.expose('status', { type: OpportunityStatusEnum, description: 'Where it stands in its workflow.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was posted.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    closedAt: t.expose('closedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it reached WON, LOST or CLOSED; null while it is live.',
    }),
    postedBy: t.relation('postedBy', {
      description: 'The member who posted it (for a collective: one of its coordinators).',
    }),
    collective: t.relation('collective', {
      nullable: true,
      description: 'The collective it was posted on behalf of; null when posted by a member alone.',
    }),
    skills: t.field({
      type: [SkillType],
      description: 'Skills it needs (compétences recherchées).',
      select: (_args, _ctx, nestedSelection) => ({ skills: { select: { skill: nestedSelection(true) } } }),
      resolve: (opportunity) => opportunity.skills.map((link) => link.skill),
    }),
  }),
});

const PAGE = { description: 'A page of opportunities.' };
const EDGE = { description: 'An opportunity in a page.' };

/** Words of a search, folded like the SQL below folds the text: lower case, no accents. */
function searchPatterns(search: string): string[] {
  const words = search
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  return words.map((word) => `%${word}%`);
}

// translate() is in every PostgreSQL (no unaccent extension in the embedded PGlite); lower() only
// folds ASCII under the C collation, so capitals with accents are mapped here too.
const ACCENTED = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuy';

async function matchingIds(ctx: Context, search: string): Promise<string[] | null> {
  const patterns = searchPatterns(search.slice(0, 200));
  if (patterns.length === 0) return null;
  const rows = await ctx.prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "Opportunity"
    WHERE lower(translate(title || ' ' || description, ${ACCENTED}, ${PLAIN})) LIKE ALL (${patterns}::text[])`;
  return rows.map((row) => row.id);
}

interface BoardFilters {
  kinds?: OpportunityKind[] | null;
  statuses?: OpportunityStatus[] | null;
  skillIds?: { id: string }[] | null;
  regions?: string[] | null;
  search?: string | null;
  updatedSince?: Date | null;
}

async function boardWhere(ctx: Context, args: BoardFilters): Promise<Prisma.OpportunityWhereInput> {
  const ids = args.search ? await matchingIds(ctx, args.search) : null;
  return {
    ...VISIBLE,
    status: { in: args.statuses?.length ? args.statuses : [...GATHERING] },
    ...(args.kinds?.length ? { kind: { in: args.kinds } } : {}),
    ...(args.skillIds?.length
      ? { skills: { some: { skillId: { in: args.skillIds.map((s) => s.id).filter(isUuid) } } } }
      : {}),
    ...(args.regions?.length ? { region: { in: args.regions } } : {}),
    ...(args.updatedSince ? { updatedAt: { gte: args.updatedSince } } : {}),
    ...(ids ? { id: { in: ids } } : {}),
  };
}

// One search per request even though both the page and its totalCount need it.
const wheres = new WeakMap<object, Promise<Prisma.OpportunityWhereInput>>();
function cachedWhere(ctx: Context, args: BoardFilters) {
  let where = wheres.get(args);
  if (!where) wheres.set(args, (where = boardWhere(ctx, args)));
  return where;
}

builder.queryFields((t) => ({
  opportunities: t.prismaConnection(
    {
      type: OpportunityType,
      cursor: 'id',
      description:
        'The opportunity board, newest first (active members; tokens need read:network). Without `statuses`, only the live ones (OPEN, TEAM_FORMING). Filters combine with AND; each list matches any of its values.',
      nullable: true,
      authScopes: { member: true },
      args: {
        kinds: t.arg({ type: [OpportunityKindEnum], required: false, description: 'Only these kinds.' }),
        statuses: t.arg({
          type: [OpportunityStatusEnum],
          required: false,
          description: 'Only these statuses (default: OPEN and TEAM_FORMING).',
        }),
        skillIds: t.arg.globalIDList({
          required: false,
          for: [SkillType],
          description: 'Only opportunities needing at least one of these skills.',
        }),
        regions: t.arg.stringList({ required: false, description: 'Only these French regions, e.g. ["Bretagne"].' }),
        search: t.arg.string({
          required: false,
          description:
            'Words to find in the title or description (every word must appear; case and accents ignored, so "equipe" finds "Équipe").',
        }),
        updatedSince: t.arg({
          type: 'DateTime',
          required: false,
          description:
            'Sync: only opportunities that changed at or after this instant (keep the largest `updatedAt` you saw; pass every status in `statuses` to also see the closed ones).',
        }),
      },
      totalCount: async (_parent, args, ctx) => ctx.prisma.opportunity.count({ where: await cachedWhere(ctx, args) }),
      resolve: async (query, _root, args, ctx) =>
        ctx.prisma.opportunity.findMany({ ...query, where: await cachedWhere(ctx, args), orderBy: { id: 'desc' } }),
    },
    PAGE,
    EDGE,
  ),

  opportunity: t.prismaField({
    type: OpportunityType,
    nullable: true,
    description: 'One opportunity by its global ID, whatever its status (active members); null when there is none.',
    authScopes: { member: true },
    args: { id: t.arg.globalID({ required: true, for: [OpportunityType], description: 'Its global ID.' }) },
    resolve: (query, _root, args, ctx) =>
      isUuid(args.id.id) ? ctx.prisma.opportunity.findFirst({ ...query, where: { id: args.id.id, ...VISIBLE } }) : null,
  }),
}));

builder.prismaObjectField(MemberType, 'opportunitiesPosted', (t) =>
  t.relatedConnection(
    'opportunitiesPosted',
    {
      cursor: 'id',
      nullable: true,
      description:
        'Opportunities this member posted, newest first, whatever their status. Null for visitors (the board is for active members).',
      authScopes: { member: true },
      unauthorizedResolver: nullUnlessScopeMissing,
      totalCount: true,
      query: { orderBy: { id: 'desc' } },
    },
    PAGE,
    EDGE,
  ),
);

builder.prismaObjectField(CollectiveType, 'opportunities', (t) =>
  t.relatedConnection(
    'opportunities',
    {
      cursor: 'id',
      nullable: true,
      description:
        'Opportunities posted on behalf of the collective, newest first, whatever their status. Null for visitors (the board is for active members).',
      authScopes: { member: true },
      unauthorizedResolver: nullUnlessScopeMissing,
      totalCount: true,
      query: { where: VISIBLE, orderBy: { id: 'desc' } },
    },
    PAGE,
    EDGE,
  ),
);

// ───────────────────────────── Posting, editing, the workflow ─────────────────────────────

const title = ruledText(OPPORTUNITY_RULES.title, (min) => `Give a title of at least ${min} characters.`);
const description = ruledText(
  OPPORTUNITY_RULES.description,
  (min) => `Describe what is needed in at least ${min} characters.`,
);
const region = ruledText(OPPORTUNITY_RULES.region);
const deadline = z
  .date()
  .refine((date) => date.getTime() > Date.now(), { error: 'Choose a deadline in the future.' })
  .refine((date) => date.getTime() < Date.now() + 2 * 365 * 24 * 3600 * 1000, {
    error: 'Choose a deadline within two years.',
  });
const skillIds = z
  .array(z.object({ id: z.string() }))
  .max(OPPORTUNITY_SKILLS_MAX, { error: `Choose at most ${OPPORTUNITY_SKILLS_MAX} skills.` });

const postSchema = z.object({
  kind: z.enum(OpportunityKind),
  title,
  description,
  region: region.nullish(),
  deadline: deadline.nullish(),
  skillIds: skillIds.nullish(),
  collectiveId: z.object({ id: z.string() }).nullish(),
});

const updateSchema = z.object({
  title: title.nullish(),
  description: description.nullish(),
  region: region.nullish(),
  deadline: deadline.nullish(),
  skillIds: skillIds.nullish(),
});

const PostInput = builder.inputType('PostOpportunityInput', {
  description: 'A new opportunity for the board.',
  fields: (t) => ({
    kind: t.field({ type: OpportunityKindEnum, required: true, description: 'What it is.' }),
    title: t.string({ required: true, description: 'Short title (5–140 characters).' }),
    description: t.string({ required: true, description: 'What is needed, in plain text (20–5000 characters).' }),
    region: t.string({
      required: false,
      description: 'French region, e.g. "Occitanie"; leave empty when anywhere or remote.',
    }),
    deadline: t.field({
      type: 'DateTime',
      required: false,
      description: 'When answers are due (in the future, within two years).',
    }),
    skillIds: t.globalIDList({ required: false, for: [SkillType], description: 'Skills it needs (up to 10).' }),
    collectiveId: t.globalID({
      required: false,
      for: [CollectiveType],
      description:
        'Post on behalf of this collective (you must be one of its coordinators; its coordinators then manage it with you).',
    }),
  }),
});

const UpdateInput = builder.inputType('UpdateOpportunityInput', {
  description: 'Changes to an opportunity; omitted fields keep their value. Its kind never changes.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [OpportunityType], description: 'The opportunity to change.' }),
    title: t.string({ required: false, description: 'New title (5–140 characters).' }),
    description: t.string({ required: false, description: 'New description (20–5000 characters).' }),
    region: t.string({ required: false, description: 'New region; an empty string means anywhere.' }),
    deadline: t.field({
      type: 'DateTime',
      required: false,
      description: 'New deadline (in the future). Send null to remove it.',
    }),
    skillIds: t.globalIDList({
      required: false,
      for: [SkillType],
      description: 'The skills it needs, replacing the current list (up to 10).',
    }),
  }),
});

export const OpportunitySuccess = builder.objectRef<{ opportunityId: string }>('OpportunitySuccess').implement({
  description: 'The opportunity after the change.',
  fields: (t) => ({
    opportunity: t.prismaField({
      type: OpportunityType,
      description: 'The opportunity as it now is.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.opportunity.findUniqueOrThrow({ ...query, where: { id: payload.opportunityId } }),
    }),
  }),
});

async function knownSkills(ctx: Context, ids: { id: string }[] | null | undefined, path: string[]) {
  if (!ids) return null;
  const unique = [...new Set(ids.map((s) => s.id))];
  const valid = unique.filter(isUuid);
  const found = valid.length
    ? await ctx.prisma.skill.findMany({ where: { id: { in: valid } }, select: { id: true } })
    : [];
  if (found.length !== ids.length)
    throw new ValidationError([{ path, message: 'Some skills are unknown or repeated: pick them from the list.' }]);
  return found.map((s) => s.id);
}

/** Tells everyone who took part that the opportunity moved on. */
async function notifyParticipants(
  tx: Prisma.TransactionClient,
  opportunity: OpportunityAccess,
  status: OpportunityStatus,
  actorId: string,
) {
  const interests = await tx.opportunityInterest.findMany({
    where: { opportunityId: opportunity.id, status: { in: ['INTERESTED', 'IN_TEAM'] }, memberId: { not: actorId } },
    select: { memberId: true },
  });
  const managers = (await managerIds(tx, opportunity)).filter((id) => id !== actorId);
  const recipients = [...new Set([...interests.map((i) => i.memberId), ...managers])];
  const events = [];
  for (const memberId of recipients) {
    events.push(
      await notify(tx, {
        memberId,
        kind: 'opportunity.status_changed',
        data: { ...opportunityData(opportunity), status },
      }),
    );
  }
  return events;
}

async function moveTo(ctx: Context, id: string, target: OpportunityStatus) {
  const opportunity = await opportunityAccess(ctx, id);
  if (!opportunity) throw new NotFoundError('No opportunity has this id.');
  const actor = memberActor(ctx);
  const events = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.opportunity.updateMany({
      where: { id, status: { in: sourcesOf(target, opportunity.kind) } },
      data: { status: target, closedAt: FINAL.includes(target) ? new Date() : null },
    });
    if (count !== 1) {
      const current = await tx.opportunity.findUniqueOrThrow({ where: { id }, select: { status: true } });
      throw new ConflictError(refusal(current.status, target, opportunity.kind));
    }
    await recordAudit(tx, {
      ...actor,
      action: 'opportunity.status_changed',
      targetType: 'Opportunity',
      targetId: id,
      data: { to: target },
    });
    return notifyParticipants(tx, opportunity, target, actor.actorId);
  });
  publish(ctx, events);
  return { opportunityId: id };
}

function refusal(from: OpportunityStatus, to: OpportunityStatus, kind: OpportunityKind): string {
  if (from === to) return `This opportunity is already ${to}.`;
  if (FINAL.includes(from)) return `This opportunity is ${from}: that is final.`;
  if (TENDER_ONLY.includes(to) && kind !== 'CALL_FOR_TENDER') return `Only calls for tenders can be ${to}.`;
  return `An opportunity cannot go from ${from} to ${to}; from ${from} it can go to ${OPPORTUNITY_TRANSITIONS[from].join(', ')}.`;
}

builder.mutationFields((t) => ({
  postOpportunity: t.field({
    type: OpportunitySuccess,
    description:
      'Posts an opportunity (status OPEN), as yourself or on behalf of a collective you coordinate. Tokens need write:profile.',
    authScopes: (_root, args) =>
      args.input.collectiveId ? { coordinatorOf: args.input.collectiveId.id } : { memberCan: 'write:profile' },
    errors: changeErrors(ValidationError, ConflictError),
    args: { input: t.arg({ type: PostInput, required: true, description: 'The opportunity to post.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(postSchema, args.input);
      const skills = await knownSkills(ctx, input.skillIds, ['input', 'skillIds']);
      const collectiveId = input.collectiveId?.id ?? null;
      if (collectiveId) {
        const collective = await ctx.prisma.collective.findUnique({
          where: { id: collectiveId },
          select: { status: true },
        });
        if (collective?.status !== 'ACTIVE')
          throw new ConflictError('This collective is archived: it cannot post opportunities.');
      }
      const actor = memberActor(ctx);
      const opportunity = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.opportunity.create({
          data: {
            kind: input.kind,
            title: input.title,
            description: input.description,
            region: input.region ?? '',
            deadline: input.deadline ?? null,
            postedById: actor.actorId,
            collectiveId,
            skills: { create: (skills ?? []).map((skillId) => ({ skillId })) },
          },
          select: {
            id: true,
            kind: true,
            title: true,
            region: true,
            deadline: true,
            collectiveId: true,
            createdAt: true,
          },
        });
        await enqueueOpportunityPublished(tx, created);
        await recordAudit(tx, {
          ...actor,
          action: 'opportunity.posted',
          targetType: 'Opportunity',
          targetId: created.id,
          data: { kind: input.kind, collectiveId },
        });
        return created;
      });
      return { opportunityId: opportunity.id };
    },
  }),

  updateOpportunity: t.field({
    type: OpportunitySuccess,
    description:
      'Edits an opportunity that is not yet WON, LOST or CLOSED (its poster, or a coordinator of its collective).',
    authScopes: (_root, args, ctx) => managerScopesFor(ctx, args.input.id.id),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: { input: t.arg({ type: UpdateInput, required: true, description: 'The opportunity and what to change.' }) },
    resolve: async (_root, args, ctx) => {
      const { id: _id, ...changes } = args.input;
      const input = parseInput(updateSchema, changes);
      const opportunity = await opportunityAccess(ctx, args.input.id.id);
      if (!opportunity) throw new NotFoundError('No opportunity has this id.');
      const skills = await knownSkills(ctx, input.skillIds, ['input', 'skillIds']);
      const actor = memberActor(ctx);
      await ctx.prisma.$transaction(async (tx) => {
        const { status } = await lockOpportunity(tx, opportunity.id, 'UPDATE');
        if (FINAL.includes(status))
          throw new ConflictError(`This opportunity is ${status}: it can no longer be edited.`);
        await tx.opportunity.update({
          where: { id: opportunity.id },
          data: {
            ...(input.title ? { title: input.title } : {}),
            ...(input.description ? { description: input.description } : {}),
            ...(input.region != null ? { region: input.region } : {}),
            // null clears the deadline; an omitted field keeps it.
            ...(args.input.deadline !== undefined ? { deadline: input.deadline ?? null } : {}),
            ...(skills ? { skills: { deleteMany: {}, create: skills.map((skillId) => ({ skillId })) } } : {}),
          },
        });
        await recordAudit(tx, {
          ...actor,
          action: 'opportunity.updated',
          targetType: 'Opportunity',
          targetId: opportunity.id,
          data: { fields: Object.keys(changes) },
        });
      });
      return { opportunityId: opportunity.id };
    },
  }),

  setOpportunityStatus: t.field({
    type: OpportunitySuccess,
    description:
      'Moves an opportunity along its workflow: OPEN → TEAM_FORMING → SUBMITTED → WON or LOST (SUBMITTED, WON and LOST for calls for tenders only), TEAM_FORMING → OPEN, and CLOSED from any live status. Other moves are a ConflictError. Interested members and the team are notified.',
    authScopes: (_root, args, ctx) => managerScopesFor(ctx, args.id.id),
    errors: changeErrors(NotFoundError, ConflictError),
    args: {
      id: t.arg.globalID({ required: true, for: [OpportunityType], description: 'The opportunity.' }),
      status: t.arg({ type: OpportunityStatusEnum, required: true, description: 'The status to move to.' }),
    },
    resolve: (_root, args, ctx) => moveTo(ctx, args.id.id, args.status),
  }),

  closeOpportunity: t.field({
    type: OpportunitySuccess,
    description:
      'Closes a live opportunity (status CLOSED, final): done, cancelled or withdrawn. Interested members and the team are notified.',
    authScopes: (_root, args, ctx) => managerScopesFor(ctx, args.id.id),
    errors: changeErrors(NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [OpportunityType], description: 'The opportunity.' }) },
    resolve: (_root, args, ctx) => moveTo(ctx, args.id.id, 'CLOSED'),
  }),
}));
