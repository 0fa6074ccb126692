// Interest in an opportunity and the team formed from it: members express interest with a note
// (and may withdraw it); the opportunity's managers retain members (IN_TEAM) or not (NOT_RETAINED).
//
// Who sees what: active members see who is interested and their status; the note is addressed to
// the managers, so only its author, the managers and admins read it.
// IN_TEAM is final: it writes the ledger (team joined, or help given/received), which is append-only.
// Interest changes take a share lock on the opportunity row and team decisions an exclusive one,
// so a decision always sees the interests as they are.
import { callerId, memberActor, notifyEach } from '../caller.ts';
import { InterestStatus } from '@ekoacteurs/db/enums';
import type { Prisma } from '@ekoacteurs/db';
import { OPPORTUNITY_RULES } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { viewerId } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../errors.ts';
import type { NotificationEvent } from '../../events/bus.ts';
import { recordContributions, WEIGHTS, type Contribution } from '../../ledger.ts';
import { notify, publish } from '../../notify.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from '../network/member.ts';
import { GATHERING } from '@ekoacteurs/contract/opportunity-workflow';
import {
  lockOpportunity,
  managerIds,
  managerScopesFor,
  opportunityAccess,
  opportunityData,
  OpportunitySuccess,
  OpportunityType,
  type OpportunityAccess,
} from './opportunity.ts';
import { isUuid, parseInput, ruledText } from '../validate.ts';
import { describedEnum } from '../described-enum.ts';

export const InterestStatusEnum = describedEnum(
  'InterestStatus',
  'Where a member’s interest in an opportunity stands.',
  {
    INTERESTED: 'Intéressé: waiting for the managers’ decision.',
    IN_TEAM: 'Dans l’équipe: retained in the team (final).',
    NOT_RETAINED: 'Non retenu: not retained this time (the managers may still retain them later).',
    WITHDRAWN: 'Retiré: the member withdrew their interest.',
  },
);

const PAGE = { description: 'A page of interests in opportunities.' };
const EDGE = { description: 'An interest in a page.' };

// Interests of members who are no longer active are hidden with their profile.
const ACTIVE_MEMBER = { member: { status: 'ACTIVE' } } satisfies Prisma.OpportunityInterestWhereInput;

export const OpportunityInterestType = builder.prismaNode('OpportunityInterest', {
  description:
    'A member’s interest in an opportunity (candidature à une opportunité), and whether they are in its team.',
  id: { field: 'id' },
  authScopes: { member: true },
  select: { id: true },
  fields: (t) => ({
    opportunity: t.relation('opportunity', { description: 'The opportunity.' }),
    member: t.relation('member', { description: 'The interested member.' }),
    status: t.expose('status', { type: InterestStatusEnum, description: 'Where it stands.' }),
    note: t.string({
      nullable: true,
      description:
        'What the member offers, addressed to the managers. Null unless you wrote it, manage the opportunity, or are an admin.',
      select: {
        note: true,
        memberId: true,
        opportunityId: true,
        opportunity: { select: { postedById: true, collectiveId: true } },
      },
      authScopes: async (interest, _args, ctx) => {
        const opportunity = interest.opportunity ?? (await opportunityAccess(ctx, interest.opportunityId));
        return {
          self: interest.memberId,
          admin: true,
          ...(opportunity
            ? {
                $any: {
                  self: opportunity.postedById,
                  ...(opportunity.collectiveId ? { coordinatorOf: opportunity.collectiveId } : {}),
                },
              }
            : {}),
        };
      },
      unauthorizedResolver: nullUnlessScopeMissing,
      resolve: (interest) => interest.note,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the interest was first expressed.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed (note or status).' }),
  }),
});

builder.prismaObjectFields(OpportunityType, (t) => ({
  interests: t.relatedConnection(
    'interests',
    {
      cursor: 'id',
      description:
        'Members’ interest, first expressed first. Without `statuses`, every interest except withdrawn ones.',
      totalCount: true,
      args: {
        statuses: t.arg({
          type: [InterestStatusEnum],
          required: false,
          description: 'Only interests in these statuses.',
        }),
      },
      query: (args) => ({
        where: {
          ...ACTIVE_MEMBER,
          status: { in: args.statuses?.length ? args.statuses : ['INTERESTED', 'IN_TEAM', 'NOT_RETAINED'] },
        },
        orderBy: { id: 'asc' },
      }),
    },
    PAGE,
    EDGE,
  ),
  team: t.field({
    type: [MemberType],
    description: 'The members retained in the team (IN_TEAM), in the order they were first interested.',
    select: (_args, _ctx, nestedSelection) => ({
      interests: {
        where: { ...ACTIVE_MEMBER, status: 'IN_TEAM' },
        orderBy: { id: 'asc' },
        select: { member: nestedSelection(true) },
      },
    }),
    resolve: (opportunity) => opportunity.interests.map((interest) => interest.member),
  }),
  viewerInterest: t.prismaField({
    type: OpportunityInterestType,
    nullable: true,
    description: 'Your own interest in it; null when you have not expressed any.',
    resolve: (query, opportunity, _args, ctx) => {
      const memberId = viewerId(ctx);
      return memberId
        ? ctx.prisma.opportunityInterest.findUnique({
            ...query,
            where: { opportunityId_memberId: { opportunityId: opportunity.id, memberId } },
          })
        : null;
    },
  }),
}));

builder.prismaObjectField(MemberType, 'opportunityInterests', (t) =>
  t.relatedConnection(
    'opportunityInterests',
    {
      cursor: 'id',
      nullable: true,
      description:
        'Private: the opportunities this member expressed interest in, newest first. Null unless you are this member or an admin.',
      authScopes: (member) => ({ self: member.id, admin: true }),
      unauthorizedResolver: nullUnlessScopeMissing,
      totalCount: true,
      query: { orderBy: { id: 'desc' } },
    },
    PAGE,
    EDGE,
  ),
);

// ───────────────────────────── Expressing and withdrawing interest ─────────────────────────────

const noteSchema = ruledText(
  OPPORTUNITY_RULES.note,
  (min) => `Say in a few words what you bring (at least ${min} characters).`,
);

const InterestPayload = builder.objectRef<{ interestId: string }>('OpportunityInterestSuccess').implement({
  description: 'Your interest after the change.',
  fields: (t) => ({
    interest: t.prismaField({
      type: OpportunityInterestType,
      description: 'The interest as it now is.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.opportunityInterest.findUniqueOrThrow({ ...query, where: { id: payload.interestId } }),
    }),
  }),
});

async function visibleOpportunity(ctx: Context, id: string) {
  const opportunity = await opportunityAccess(ctx, id);
  if (!opportunity) throw new NotFoundError('No opportunity has this id.');
  return opportunity;
}

async function notifyManagers(
  tx: Prisma.TransactionClient,
  opportunity: OpportunityAccess,
  actorId: string,
  kind: string,
  data: Prisma.InputJsonObject,
) {
  const events: NotificationEvent[] = [];
  for (const memberId of await managerIds(tx, opportunity)) {
    if (memberId !== actorId)
      events.push(await notify(tx, { memberId, kind, data: { ...opportunityData(opportunity), ...data } }));
  }
  return events;
}

async function memberName(tx: Prisma.TransactionClient, id: string) {
  const member = await tx.member.findUniqueOrThrow({ where: { id }, select: { displayName: true, handle: true } });
  return { memberName: member.displayName, memberHandle: member.handle };
}

builder.mutationFields((t) => ({
  expressInterest: t.field({
    type: InterestPayload,
    description:
      'Expresses your interest in a live opportunity (OPEN or TEAM_FORMING, deadline not passed) with a note for its managers, who are notified. Calling it again updates the note; after withdrawing, it expresses interest again.',
    authScopes: { memberCan: 'write:profile' },
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      opportunityId: t.arg.globalID({ required: true, for: [OpportunityType], description: 'The opportunity.' }),
      note: t.arg.string({ required: true, description: 'What you bring, for the managers (10–1000 characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const note = parseInput(noteSchema, args.note, ['note']);
      const opportunity = await visibleOpportunity(ctx, args.opportunityId.id);
      const memberId = callerId(ctx);
      if (opportunity.postedById === memberId)
        throw new ConflictError('You posted this opportunity: you manage its team rather than join it.');
      const key = { opportunityId: opportunity.id, memberId };
      const events = await ctx.prisma.$transaction(async (tx) => {
        const current = await lockOpportunity(tx, opportunity.id, 'SHARE');
        if (!GATHERING.includes(current.status))
          throw new ConflictError(`This opportunity is ${current.status}: it no longer gathers interest.`);
        if (current.deadline && current.deadline.getTime() < Date.now())
          throw new ConflictError('The deadline has passed.');
        const { count: created } = await tx.opportunityInterest.createMany({
          data: [{ ...key, note }],
          skipDuplicates: true,
        });
        if (created === 0) {
          const { count } = await tx.opportunityInterest.updateMany({
            where: { ...key, status: { in: ['INTERESTED', 'WITHDRAWN'] } },
            data: { note, status: 'INTERESTED' },
          });
          if (count === 0)
            throw new ConflictError('The managers already decided on your interest: ask them to change the note.');
        }
        return created === 1
          ? notifyManagers(tx, opportunity, memberId, 'opportunity.interest_expressed', await memberName(tx, memberId))
          : [];
      });
      publish(ctx, events);
      const interest = await ctx.prisma.opportunityInterest.findUniqueOrThrow({
        where: { opportunityId_memberId: key },
        select: { id: true },
      });
      return { interestId: interest.id };
    },
  }),

  withdrawInterest: t.field({
    type: InterestPayload,
    description:
      'Withdraws your interest (status WITHDRAWN) while the managers have not decided on it. A team member cannot withdraw here: talk to the managers.',
    authScopes: { memberCan: 'write:profile' },
    errors: changeErrors(NotFoundError, ConflictError),
    args: {
      opportunityId: t.arg.globalID({ required: true, for: [OpportunityType], description: 'The opportunity.' }),
    },
    resolve: async (_root, args, ctx) => {
      const opportunity = await visibleOpportunity(ctx, args.opportunityId.id);
      const memberId = callerId(ctx);
      const key = { opportunityId: opportunity.id, memberId };
      const { interest, events } = await ctx.prisma.$transaction(async (tx) => {
        await lockOpportunity(tx, opportunity.id, 'SHARE');
        const found = await tx.opportunityInterest.findUnique({
          where: { opportunityId_memberId: key },
          select: { id: true, status: true },
        });
        if (!found) throw new NotFoundError('You have not expressed interest in this opportunity.');
        if (found.status !== 'INTERESTED')
          throw new ConflictError(`Your interest is ${found.status}: it can no longer be withdrawn.`);
        await tx.opportunityInterest.update({ where: { id: found.id }, data: { status: 'WITHDRAWN' } });
        return {
          interest: found,
          events: await notifyManagers(
            tx,
            opportunity,
            memberId,
            'opportunity.interest_withdrawn',
            await memberName(tx, memberId),
          ),
        };
      });
      publish(ctx, events);
      return { interestId: interest.id };
    },
  }),
}));

// ───────────────────────────── Forming the team ─────────────────────────────

const FormTeamInput = builder.inputType('FormTeamInput', {
  description: 'Decisions on interested members. Listed interests change; the others stay as they are.',
  fields: (t) => ({
    opportunityId: t.globalID({ required: true, for: [OpportunityType], description: 'The opportunity.' }),
    inTeam: t.globalIDList({
      required: false,
      for: [OpportunityInterestType],
      description:
        'Interests to retain in the team (IN_TEAM, final). Interests NOT_RETAINED earlier may be retained now.',
    }),
    notRetained: t.globalIDList({
      required: false,
      for: [OpportunityInterestType],
      description: 'Interests not retained (NOT_RETAINED).',
    }),
  }),
});

const idList = z
  .array(z.object({ id: z.string() }))
  .max(100, { error: 'Decide on at most 100 interests at once.' })
  .nullish();
const formTeamSchema = z
  .object({ opportunityId: z.object({ id: z.string() }), inTeam: idList, notRetained: idList })
  .refine((input) => (input.inTeam?.length ?? 0) + (input.notRetained?.length ?? 0) > 0, {
    error: 'List at least one interest.',
    path: ['inTeam'],
  });

interface Interest {
  id: string;
  memberId: string;
  status: InterestStatus;
}

/** Which listed interests actually change, or the field errors that stop everything. */
function decide(input: { inTeam: { id: string }[]; notRetained: { id: string }[] }, interests: Map<string, Interest>) {
  const errors: FieldError[] = [];
  const join: Interest[] = [];
  const decline: Interest[] = [];
  const inTeam = new Set(input.inTeam.map((ref) => ref.id));
  const check = (field: 'inTeam' | 'notRetained', refs: { id: string }[]) =>
    refs.forEach((ref, index) => {
      const path = ['input', field, String(index)];
      const interest = interests.get(ref.id);
      if (!interest) return errors.push({ path, message: 'This is not an interest in this opportunity.' });
      if (field === 'notRetained' && inTeam.has(ref.id))
        return errors.push({ path, message: 'This interest is also listed in inTeam.' });
      if (interest.status === 'WITHDRAWN')
        return errors.push({ path, message: 'This member withdrew their interest.' });
      if (field === 'inTeam' && interest.status !== 'IN_TEAM') join.push(interest);
      if (field === 'notRetained' && interest.status === 'IN_TEAM')
        return errors.push({ path, message: 'This member is already in the team; a team member stays in it.' });
      if (field === 'notRetained' && interest.status === 'INTERESTED') decline.push(interest);
    });
  check('inTeam', input.inTeam);
  check('notRetained', input.notRetained);
  return {
    errors,
    join: [...new Map(join.map((i) => [i.id, i])).values()],
    decline: [...new Map(decline.map((i) => [i.id, i])).values()],
  };
}

/** What joining the team writes to the ledger: help given and received, or a team joined. */
function teamEntries(opportunity: OpportunityAccess, joined: Interest[]): Contribution[] {
  return joined.flatMap((interest): Contribution[] => {
    const source = { sourceType: 'OpportunityInterest', sourceId: interest.id };
    if (opportunity.kind === 'HELP_REQUEST' || opportunity.kind === 'HELP_OFFER') {
      const [giver, receiver] =
        opportunity.kind === 'HELP_REQUEST'
          ? [interest.memberId, opportunity.postedById]
          : [opportunity.postedById, interest.memberId];
      return [
        { memberId: giver, direction: 'GIVEN', kind: 'HELP', weight: WEIGHTS.HELP, ...source },
        { memberId: receiver, direction: 'RECEIVED', kind: 'HELP', weight: WEIGHTS.HELP, ...source },
      ];
    }
    return [
      { memberId: interest.memberId, direction: 'GIVEN', kind: 'TEAM_JOINED', weight: WEIGHTS.TEAM_JOINED, ...source },
    ];
  });
}

builder.mutationField('formTeam', (t) =>
  t.field({
    type: OpportunitySuccess,
    description:
      'Forms the team of a live opportunity from its interested members (its poster, or a coordinator of its collective): the listed interests become IN_TEAM or NOT_RETAINED, each member concerned is notified, and so are the other managers. The first member retained moves an OPEN opportunity to TEAM_FORMING. Joining writes the ledger: help given and received for help requests and offers, a team joined otherwise.',
    authScopes: (_root, args, ctx) => managerScopesFor(ctx, args.input.opportunityId.id),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: { input: t.arg({ type: FormTeamInput, required: true, description: 'The opportunity and the decisions.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(formTeamSchema, args.input);
      const opportunity = await visibleOpportunity(ctx, input.opportunityId.id);
      const actor = memberActor(ctx);
      const listed = { inTeam: input.inTeam ?? [], notRetained: input.notRetained ?? [] };
      const ids = [...listed.inTeam, ...listed.notRetained].map((ref) => ref.id).filter(isUuid);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const current = await lockOpportunity(tx, opportunity.id, 'UPDATE');
        if (!GATHERING.includes(current.status))
          throw new ConflictError(`This opportunity is ${current.status}: its team can no longer change.`);
        const rows = await tx.opportunityInterest.findMany({
          where: { id: { in: ids }, opportunityId: opportunity.id },
          select: { id: true, memberId: true, status: true },
        });
        const { errors, join, decline } = decide(listed, new Map(rows.map((row) => [row.id, row])));
        if (errors.length) throw new ValidationError(errors);
        if (join.length)
          await tx.opportunityInterest.updateMany({
            where: { id: { in: join.map((i) => i.id) } },
            data: { status: 'IN_TEAM' },
          });
        if (decline.length)
          await tx.opportunityInterest.updateMany({
            where: { id: { in: decline.map((i) => i.id) } },
            data: { status: 'NOT_RETAINED' },
          });
        if (join.length && current.status === 'OPEN')
          await tx.opportunity.update({ where: { id: opportunity.id }, data: { status: 'TEAM_FORMING' } });
        await recordContributions(tx, teamEntries(opportunity, join));
        await recordAudit(tx, {
          ...actor,
          action: 'opportunity.team_formed',
          targetType: 'Opportunity',
          targetId: opportunity.id,
          data: { inTeam: join.map((i) => i.memberId), notRetained: decline.map((i) => i.memberId) },
        });
        const told = (interests: typeof join, kind: string) =>
          notifyEach(
            tx,
            interests.map((i) => i.memberId),
            kind,
            opportunityData(opportunity),
          );
        const sent = [
          ...(await told(join, 'opportunity.team_joined')),
          ...(await told(decline, 'opportunity.not_retained')),
        ];
        if (join.length || decline.length) {
          sent.push(
            ...(await notifyManagers(tx, opportunity, actor.actorId, 'opportunity.team_updated', {
              joined: join.length,
              notRetained: decline.length,
            })),
          );
        }
        return sent;
      });
      publish(ctx, events);
      return { opportunityId: opportunity.id };
    },
  }),
);
