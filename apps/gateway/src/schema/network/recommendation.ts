// Recommendations (recommandations): a member recommends another to a client or for an
// opportunity, with a note. Private to the two members (and admins).
//
// Workflow, set by the recipient (anything else is a ConflictError; outcomes are final):
//   SENT → ACKNOWLEDGED | DECLINED
//   ACKNOWLEDGED → WON | LOST | DECLINED
// Making one writes the ledger at once (recommendation given / received, weight 2 each side),
// whatever its outcome: recommending is the contribution.
import { auditActor, callerId } from '../caller.ts';
import { RecommendationStatus } from '@ekoacteurs/db/enums';
import type { Prisma } from '@ekoacteurs/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { NETWORK_RULES } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { recordContributions, WEIGHTS } from '../../ledger.ts';
import { notify, publish } from '../../notify.ts';
import { enqueueWebhookEvent } from '../../webhooks/enqueue.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from './member.ts';
import { opportunityAccess, OpportunityType } from '../opportunities/opportunity.ts';
import { isUuid, parseInput } from '../validate.ts';
import { describedEnum } from '../described-enum.ts';

export const RecommendationStatusEnum = describedEnum(
  'RecommendationStatus',
  'Where a recommendation stands. WON, LOST and DECLINED are outcomes, set by the recipient, and final.',
  {
    SENT: 'Envoyée: the recipient has not reacted yet.',
    ACKNOWLEDGED: 'Prise en compte: the recipient took it up.',
    WON: 'Gagnée: it led to work for the recipient.',
    LOST: 'Perdue: it did not lead to work.',
    DECLINED: 'Déclinée: the recipient did not follow it up.',
  },
);

const RecommendationOutcomeEnum = describedEnum(
  'RecommendationOutcome',
  'How a recommendation ended, as its recipient says.',
  {
    WON: 'Gagnée: it led to work.',
    LOST: 'Perdue: it did not lead to work.',
    DECLINED: 'Déclinée: you did not follow it up.',
  },
);

const OUTCOME_FROM: Record<'ACKNOWLEDGED' | 'WON' | 'LOST' | 'DECLINED', RecommendationStatus[]> = {
  ACKNOWLEDGED: ['SENT'],
  WON: ['ACKNOWLEDGED'],
  LOST: ['ACKNOWLEDGED'],
  DECLINED: ['SENT', 'ACKNOWLEDGED'],
};

// Recommendations with a member who is no longer active are hidden with their profile.
const WITH_ACTIVE_MEMBERS = {
  from: { status: 'ACTIVE' },
  to: { status: 'ACTIVE' },
} satisfies Prisma.RecommendationWhereInput;

export const RecommendationType = builder.prismaNode('Recommendation', {
  description:
    'A recommendation (recommandation): a member recommends another to a client or for an opportunity. Visible to the two members and to admins.',
  id: { field: 'id' },
  authScopes: (recommendation) => ({ self: recommendation.fromId, admin: true, $any: { self: recommendation.toId } }),
  select: { id: true, fromId: true, toId: true },
  fields: (t) => ({
    from: t.relation('from', { description: 'The member who recommends.' }),
    to: t.relation('to', { description: 'The member recommended.' }),
    clientName: t.exposeString('clientName', {
      description: 'The client the recipient is recommended to; empty when it is for an opportunity.',
    }),
    opportunity: t.relation('opportunity', {
      nullable: true,
      description: 'The opportunity the recipient is recommended for; null when it is for a client.',
    }),
    note: t.exposeString('note', { description: 'Why, and how to get in touch with the client.' }),
    status: t.expose('status', { type: RecommendationStatusEnum, description: 'Where it stands.' }),
    outcomeNote: t.exposeString('outcomeNote', {
      description: 'What the recipient said about the outcome; empty until then.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When its status last changed.' }),
  }),
});

const PAGE = { description: 'A page of recommendations.' };
const EDGE = { description: 'A recommendation in a page.' };

const privateList = {
  cursor: 'id',
  nullable: true,
  authScopes: (member: { id: string }) => ({ self: member.id, admin: true }),
  unauthorizedResolver: nullUnlessScopeMissing,
  totalCount: true,
  query: { where: WITH_ACTIVE_MEMBERS, orderBy: { id: 'desc' } },
} as const;

builder.prismaObjectFields(MemberType, (t) => ({
  recommendationsGiven: t.relatedConnection(
    'recommendationsGiven',
    {
      ...privateList,
      description:
        'Private: recommendations this member made, newest first. Null unless you are this member or an admin.',
    },
    PAGE,
    EDGE,
  ),
  recommendationsReceived: t.relatedConnection(
    'recommendationsReceived',
    {
      ...privateList,
      description:
        'Private: recommendations this member received, newest first. Null unless you are this member or an admin.',
    },
    PAGE,
    EDGE,
  ),
}));

const RecommendInput = builder.inputType('RecommendMemberInput', {
  description:
    'A recommendation: for a client (clientName) or for an opportunity (opportunityId), exactly one of them.',
  fields: (t) => ({
    memberId: t.globalID({
      required: true,
      for: [MemberType],
      description: 'The member you recommend (active, not yourself).',
    }),
    clientName: t.string({ required: false, description: 'The client you recommend them to (2–120 characters).' }),
    opportunityId: t.globalID({
      required: false,
      for: [OpportunityType],
      description: 'The opportunity you recommend them for (OPEN or TEAM_FORMING).',
    }),
    note: t.string({ required: true, description: 'Why them, and what the client needs (10–2000 characters).' }),
  }),
});

const { clientName: clientRule, recommendationNote: noteRule, outcomeNote: outcomeRule } = NETWORK_RULES;

const recommendSchema = z
  .object({
    memberId: z.object({ id: z.string() }),
    clientName: z
      .string()
      .trim()
      .min(clientRule.min, { error: `Give the client’s name (at least ${clientRule.min} characters).` })
      .max(clientRule.max, { error: `Use at most ${clientRule.max} characters.` })
      .nullish(),
    opportunityId: z.object({ id: z.string() }).nullish(),
    note: z
      .string()
      .trim()
      .min(noteRule.min, { error: `Say why in a few words (at least ${noteRule.min} characters).` })
      .max(noteRule.max, { error: `Use at most ${noteRule.max} characters.` }),
  })
  .superRefine((input, issues) => {
    if (Boolean(input.clientName) === Boolean(input.opportunityId)) {
      for (const path of ['clientName', 'opportunityId']) {
        issues.addIssue({
          code: 'custom',
          path: [path],
          message: 'Give either a client name or an opportunity, not both.',
        });
      }
    }
  });

const OutcomeInput = builder.inputType('SetRecommendationOutcomeInput', {
  description: 'How a recommendation you received ended.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [RecommendationType], description: 'The recommendation.' }),
    outcome: t.field({ type: RecommendationOutcomeEnum, required: true, description: 'WON, LOST or DECLINED.' }),
    note: t.string({
      required: false,
      description: 'A word for the member who recommended you (up to 2000 characters).',
    }),
  }),
});

const RecommendationSuccess = builder.objectRef<{ recommendationId: string }>('RecommendationSuccess').implement({
  description: 'The recommendation after the change.',
  fields: (t) => ({
    recommendation: t.prismaField({
      type: RecommendationType,
      description: 'The recommendation as it now is.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id: payload.recommendationId } }),
    }),
  }),
});

const loaded = new WeakMap<Context, Map<string, Promise<{ id: string; fromId: string; toId: string } | null>>>();

/** The recommendation behind an id, once per request (authorization and resolvers share it). */
function findRecommendation(ctx: Context, id: string) {
  if (!isUuid(id)) return Promise.resolve(null);
  let byId = loaded.get(ctx);
  if (!byId) loaded.set(ctx, (byId = new Map()));
  let found = byId.get(id);
  if (!found)
    byId.set(
      id,
      (found = ctx.prisma.recommendation.findUnique({ where: { id }, select: { id: true, fromId: true, toId: true } })),
    );
  return found;
}

/** Only the recipient changes a recommendation's status; a missing one is NOT_FOUND in the resolver. */
async function recipientScopes(ctx: Context, id: string) {
  const recommendation = await findRecommendation(ctx, id);
  return recommendation
    ? { $all: { memberCan: 'write:profile' as const, self: recommendation.toId } }
    : { memberCan: 'write:profile' as const };
}

async function changeStatus(ctx: Context, id: string, to: keyof typeof OUTCOME_FROM, outcomeNote: string | null) {
  const recommendation = await findRecommendation(ctx, id);
  if (!recommendation) throw new NotFoundError('No recommendation has this id.');
  const actor = auditActor(ctx);
  const events = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.recommendation.updateMany({
      where: { id, status: { in: OUTCOME_FROM[to] } },
      data: { status: to, ...(outcomeNote !== null ? { outcomeNote } : {}) },
    });
    if (count !== 1) {
      const { status } = await tx.recommendation.findUniqueOrThrow({ where: { id }, select: { status: true } });
      throw new ConflictError(
        status === to
          ? `This recommendation is already ${to}.`
          : `This recommendation is ${status}: it cannot become ${to}.`,
      );
    }
    await recordAudit(tx, {
      ...actor,
      action: 'recommendation.status_changed',
      targetType: 'Recommendation',
      targetId: id,
      data: { to },
    });
    const recipient = await tx.member.findUniqueOrThrow({
      where: { id: recommendation.toId },
      select: { displayName: true, handle: true },
    });
    return [
      await notify(tx, {
        memberId: recommendation.fromId,
        kind: to === 'ACKNOWLEDGED' ? 'recommendation.acknowledged' : 'recommendation.outcome',
        data: {
          recommendationId: encodeGlobalID('Recommendation', id),
          status: to,
          memberName: recipient.displayName,
          memberHandle: recipient.handle,
        },
      }),
    ];
  });
  publish(ctx, events);
  return { recommendationId: id };
}

builder.mutationFields((t) => ({
  recommendMember: t.field({
    type: RecommendationSuccess,
    description:
      'Recommends an active member to a client or for a live opportunity, with a note. The recipient is notified, the ledger records a recommendation given (you) and received (them), and webhooks subscribed to recommendation.created are called. Recommending the same member for the same client or opportunity twice is a ConflictError.',
    authScopes: { memberCan: 'write:profile' },
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: { input: t.arg({ type: RecommendInput, required: true, description: 'Whom, for what, and why.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(recommendSchema, args.input);
      const fromId = callerId(ctx);
      const toId = input.memberId.id;
      if (toId === fromId)
        throw new ValidationError([{ path: ['input', 'memberId'], message: 'Recommend someone else than yourself.' }]);
      const recipient = isUuid(toId)
        ? await ctx.prisma.member.findFirst({ where: { id: toId, status: 'ACTIVE' }, select: { id: true } })
        : null;
      if (!recipient) throw new NotFoundError('No active member has this id.');
      const opportunity = input.opportunityId ? await opportunityAccess(ctx, input.opportunityId.id) : null;
      if (input.opportunityId && !opportunity) throw new NotFoundError('No opportunity has this id.');
      if (opportunity && !['OPEN', 'TEAM_FORMING'].includes(opportunity.status))
        throw new ConflictError(`This opportunity is ${opportunity.status}: it no longer gathers members.`);
      const clientName = input.clientName ?? '';
      const actor = auditActor(ctx);
      const { id, events } = await ctx.prisma.$transaction(async (tx) => {
        // One recommendation per giver, recipient and client (or opportunity): the lock on the
        // recipient's row makes the check and the insert one step for concurrent requests.
        await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${toId}::uuid FOR NO KEY UPDATE`;
        const same = await tx.recommendation.findFirst({
          where: {
            fromId,
            toId,
            ...(opportunity
              ? { opportunityId: opportunity.id }
              : { clientName: { equals: clientName, mode: 'insensitive' } }),
          },
          select: { id: true },
        });
        if (same) throw new ConflictError('You already recommended this member for this client or opportunity.');
        const created = await tx.recommendation.create({
          data: { fromId, toId, clientName, opportunityId: opportunity?.id ?? null, note: input.note },
          select: { id: true, from: { select: { displayName: true, handle: true } } },
        });
        const source = {
          kind: 'RECOMMENDATION',
          weight: WEIGHTS.RECOMMENDATION,
          sourceType: 'Recommendation',
          sourceId: created.id,
        } as const;
        await recordContributions(tx, [
          { memberId: fromId, direction: 'GIVEN', ...source },
          { memberId: toId, direction: 'RECEIVED', ...source },
        ]);
        await recordAudit(tx, {
          ...actor,
          action: 'recommendation.sent',
          targetType: 'Recommendation',
          targetId: created.id,
          data: { toId },
        });
        await enqueueWebhookEvent(tx, 'recommendation.created', {
          recommendation: {
            id: encodeGlobalID('Recommendation', created.id),
            fromMemberId: encodeGlobalID('Member', fromId),
            toMemberId: encodeGlobalID('Member', toId),
          },
        });
        const event = await notify(tx, {
          memberId: toId,
          kind: 'recommendation.received',
          data: {
            recommendationId: encodeGlobalID('Recommendation', created.id),
            memberName: created.from.displayName,
            memberHandle: created.from.handle,
            clientName,
            ...(opportunity
              ? { opportunityId: encodeGlobalID('Opportunity', opportunity.id), title: opportunity.title }
              : {}),
          },
        });
        return { id: created.id, events: [event] };
      });
      publish(ctx, events);
      return { recommendationId: id };
    },
  }),

  acknowledgeRecommendation: t.field({
    type: RecommendationSuccess,
    description:
      'Says you took up a recommendation you received (SENT → ACKNOWLEDGED). The member who recommended you is notified.',
    authScopes: (_root, args, ctx) => recipientScopes(ctx, args.id.id),
    errors: changeErrors(NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [RecommendationType], description: 'The recommendation.' }) },
    resolve: (_root, args, ctx) => changeStatus(ctx, args.id.id, 'ACKNOWLEDGED', null),
  }),

  setRecommendationOutcome: t.field({
    type: RecommendationSuccess,
    description:
      'Says how a recommendation you received ended, with an optional note: WON or LOST once acknowledged, DECLINED at any time before an outcome. Final. The member who recommended you is notified.',
    authScopes: (_root, args, ctx) => recipientScopes(ctx, args.input.id.id),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: { input: t.arg({ type: OutcomeInput, required: true, description: 'The recommendation and its outcome.' }) },
    resolve: (_root, args, ctx) => {
      const note = parseInput(
        z
          .string()
          .trim()
          .max(outcomeRule.max, { error: `Use at most ${outcomeRule.max} characters.` })
          .nullish(),
        args.input.note,
        ['input', 'note'],
      );
      return changeStatus(ctx, args.input.id.id, args.input.outcome, note ?? '');
    },
  }),
}));
