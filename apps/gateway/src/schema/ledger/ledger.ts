// The give/receive ledger, read side ("équilibre entre recevoir et donner"): a member's balance and
// history, private to the member and admins, and the admins' corrections. Entries are written by
// the events that produce them (src/ledger.ts); the database refuses UPDATE and DELETE, so a
// mistake is undone by a CORRECTION entry of opposite weight that points at it.
import { auditActor } from '../caller.ts';
import { ContributionDirection } from '@ekoacteurs/db/enums';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { recordContributions } from '../../ledger.ts';
import { notify, publish } from '../../notify.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from '../network/member.ts';

import { OpportunityInterestType } from '../opportunities/opportunity-interest.ts';
import { RecommendationType } from '../network/recommendation.ts';
import { isUuid, parseInput } from '../validate.ts';
import { WorkshopType } from '../workshops/workshop.ts';
import { describedEnum } from '../described-enum.ts';

const ContributionDirectionEnum = describedEnum('ContributionDirection', 'Which side of the balance an entry is on.', {
  GIVEN: 'Donné: the member gave (recommended, facilitated, helped, joined a team).',
  RECEIVED: 'Reçu: the member received (was recommended, attended, was helped).',
});

const ContributionKindEnum = describedEnum('ContributionKind', 'The event an entry records.', {
  RECOMMENDATION: 'A recommendation given or received (weight 2).',
  WORKSHOP_FACILITATED: 'A workshop facilitated (atelier animé, weight 3).',
  WORKSHOP_ATTENDED: 'A workshop attended (weight 1).',
  HELP: 'Help given or received through a help request or offer (weight 2).',
  TEAM_JOINED: 'Joined the team answering a call for tenders or a project (weight 1).',
  CORRECTION: 'An admin’s correction of another entry, with the opposite weight.',
});

const privateToMember = (entry: { memberId: string }) => ({ self: entry.memberId, admin: true });

export const ContributionEntryType = builder.prismaNode('ContributionEntry', {
  description:
    'One line of the give/receive ledger (registre des contributions). Never changed: corrections are new entries. Visible to its member and admins.',
  id: { field: 'id' },
  authScopes: privateToMember,
  select: { id: true, memberId: true },
  fields: (t) => ({
    member: t.relation('member', { description: 'Whose ledger it is in.' }),
    direction: t.expose('direction', { type: ContributionDirectionEnum, description: 'Given or received.' }),
    kind: t.expose('kind', { type: ContributionKindEnum, description: 'The event it records.' }),
    weight: t.exposeInt('weight', {
      description: 'How much it counts; negative for a correction of a positive entry.',
    }),
    sourceType: t.exposeString('sourceType', {
      description:
        'The kind of event that produced it: "Recommendation", "OpportunityInterest", "Workshop", or "ContributionEntry" for a correction.',
    }),
    note: t.exposeString('note', { description: 'Why, for a correction; usually empty otherwise.' }),
    corrects: t.relation('corrects', {
      nullable: true,
      description: 'The entry this one corrects; null unless it is a correction.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

const ContributionSource = builder.unionType('ContributionSource', {
  description:
    'What a ledger entry records: a recommendation, an interest in an opportunity (team joined, help), a workshop, or the corrected entry.',
  types: [RecommendationType, OpportunityInterestType, WorkshopType, ContributionEntryType],
  // Told by loadSource, which knows what it loaded: the rows carry only the columns the query asks
  // for (select mode), so their shape cannot tell a recommendation from an interest.
  resolveType: (source) => SOURCE_TYPES[sourceKinds.get(source)!],
});

const SOURCE_TYPES = {
  Recommendation: RecommendationType,
  OpportunityInterest: OpportunityInterestType,
  Workshop: WorkshopType,
  ContributionEntry: ContributionEntryType,
};
/** What each source loadSource returned is (ContributionSource's member type). */
const sourceKinds = new WeakMap<object, keyof typeof SOURCE_TYPES>();

builder.prismaObjectFields(ContributionEntryType, (t) => ({
  source: t.field({
    type: ContributionSource,
    nullable: true,
    description:
      'The event that produced it (for a correction, the entry it corrects); null when that is no longer visible to you.',
    select: { sourceType: true, sourceId: true },
    resolve: (entry, _args, ctx, info) => loadSource(ctx, info, entry.sourceType, entry.sourceId),
  }),
  correction: t.field({
    type: ContributionEntryType,
    nullable: true,
    description: 'The correction of this entry; null when it was never corrected.',
    select: (_args, _ctx, nestedSelection) => ({ correctedBy: nestedSelection({ take: 1 }) }),
    resolve: (entry) => entry.correctedBy[0] ?? null,
  }),
}));

// One findUnique per entry: Prisma batches those of a page into one statement per kind of source.
async function loadSource(ctx: Context, info: GraphQLResolveInfo, sourceType: string, id: string) {
  if (!isUuid(id) || !(sourceType in SOURCE_TYPES)) return null;
  const kind = sourceType as keyof typeof SOURCE_TYPES;
  const query = { ...queryFromInfo({ context: ctx, info, typeName: kind }), where: { id } };
  const source = await (kind === 'Recommendation'
    ? ctx.prisma.recommendation.findUnique(query)
    : kind === 'OpportunityInterest'
      ? ctx.prisma.opportunityInterest.findUnique(query)
      : kind === 'Workshop'
        ? ctx.prisma.workshop.findUnique(query)
        : ctx.prisma.contributionEntry.findUnique(query));
  if (source) sourceKinds.set(source, kind);
  return source;
}

const Balance = builder.objectRef<{ given: number; received: number }>('ContributionBalance').implement({
  description:
    'A member’s give/receive balance (équilibre entre recevoir et donner): the sums of their ledger’s weights, corrections included.',
  fields: (t) => ({
    given: t.exposeInt('given', { description: 'What the member gave.' }),
    received: t.exposeInt('received', { description: 'What the member received.' }),
    balance: t.int({
      description: 'given − received: positive when the member gives more than they receive.',
      resolve: (b) => b.given - b.received,
    }),
  }),
});

builder.prismaObjectFields(MemberType, (t) => ({
  balance: t.field({
    type: Balance,
    nullable: true,
    description: 'Private: the member’s give/receive balance. Null unless you are this member or an admin.',
    authScopes: (member) => privateToMember({ memberId: member.id }),
    unauthorizedResolver: nullUnlessScopeMissing,
    resolve: async (member, _args, ctx) => {
      const sums = await ctx.prisma.contributionEntry.groupBy({
        by: ['direction'],
        where: { memberId: member.id },
        _sum: { weight: true },
      });
      const sum = (direction: ContributionDirection) => sums.find((s) => s.direction === direction)?._sum.weight ?? 0;
      return { given: sum('GIVEN'), received: sum('RECEIVED') };
    },
  }),
  contributions: t.relatedConnection(
    'contributions',
    {
      cursor: 'id',
      nullable: true,
      description: 'Private: the member’s ledger, newest first. Null unless you are this member or an admin.',
      authScopes: (member) => privateToMember({ memberId: member.id }),
      unauthorizedResolver: nullUnlessScopeMissing,
      totalCount: true,
      args: {
        direction: t.arg({
          type: ContributionDirectionEnum,
          required: false,
          description: 'Only entries on this side.',
        }),
      },
      query: (args) => ({ where: args.direction ? { direction: args.direction } : {}, orderBy: { id: 'desc' } }),
    },
    { description: 'A page of ledger entries.' },
    { description: 'A ledger entry in a page.' },
  ),
}));

const CorrectionPayload = builder.objectRef<{ entryId: string }>('CorrectContributionSuccess').implement({
  description: 'The correcting entry that was recorded.',
  fields: (t) => ({
    correction: t.prismaField({
      type: ContributionEntryType,
      description: 'The new CORRECTION entry (its `corrects` is the original).',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.contributionEntry.findUniqueOrThrow({ ...query, where: { id: payload.entryId } }),
    }),
  }),
});

const noteSchema = z
  .string()
  .trim()
  .min(5, { error: 'Say why in a few words (at least 5 characters).' })
  .max(500, { error: 'Use at most 500 characters.' });

builder.mutationField('correctContribution', (t) =>
  t.field({
    type: CorrectionPayload,
    description:
      'Cancels a ledger entry recorded by mistake (admins): writes a CORRECTION entry with the opposite weight that points at it; the original stays. An entry is corrected at most once, and a correction is never corrected (ConflictError). The member is notified.',
    authScopes: { admin: true },
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      entryId: t.arg.globalID({ required: true, for: [ContributionEntryType], description: 'The entry to cancel.' }),
      note: t.arg.string({ required: true, description: 'Why (5–500 characters); the member reads it.' }),
    },
    resolve: async (_root, args, ctx) => {
      const note = parseInput(noteSchema, args.note, ['note']);
      const original = isUuid(args.entryId.id)
        ? await ctx.prisma.contributionEntry.findUnique({ where: { id: args.entryId.id } })
        : null;
      if (!original) throw new NotFoundError('No ledger entry has this id.');
      if (original.kind === 'CORRECTION')
        throw new ConflictError('This entry is itself a correction: corrections are not corrected.');
      const actor = auditActor(ctx);
      const key = {
        memberId: original.memberId,
        direction: original.direction,
        kind: 'CORRECTION',
        sourceType: 'ContributionEntry',
        sourceId: original.id,
      } as const;
      const { id, events } = await ctx.prisma.$transaction(async (tx) => {
        // The ledger's unique key (member, direction, kind, source) makes a second correction a no-op, even concurrently.
        const { count } = await recordContributions(tx, [
          { ...key, weight: -original.weight, correctsId: original.id, note },
        ]);
        if (count === 0) throw new ConflictError('This entry was already corrected.');
        const correction = await tx.contributionEntry.findUniqueOrThrow({
          where: { memberId_direction_kind_sourceType_sourceId: key },
          select: { id: true },
        });
        await recordAudit(tx, {
          ...actor,
          action: 'ledger.corrected',
          targetType: 'ContributionEntry',
          targetId: original.id,
          data: { correctionId: correction.id, note },
        });
        const event = await notify(tx, {
          memberId: original.memberId,
          kind: 'contribution.corrected',
          data: {
            entryId: encodeGlobalID('ContributionEntry', original.id),
            correctionId: encodeGlobalID('ContributionEntry', correction.id),
            note,
          },
        });
        return { id: correction.id, events: [event] };
      });
      publish(ctx, events);
      return { entryId: id };
    },
  }),
);
