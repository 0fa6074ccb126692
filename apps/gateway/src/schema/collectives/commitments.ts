// Commitments (engagements) inside a collective — "respecter les engagements": who promised what,
// by when, and what became of it, with every change kept. Visible to the collective's members only.
import { callerId } from '../caller.ts';
import type { Prisma } from '@ekoacteurs/db';
import { CommitmentStatus } from '@ekoacteurs/db/enums';
import { COLLECTIVE_RULES } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { viewerId } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { notify, publish } from '../../notify.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import {
  CollectiveType,
  lockActiveCollective,
  memberVisibility,
  membersOnly,
  collectivePart,
  NOBODY,
  uuidOf,
} from './collective.ts';
import { MemberType } from '../network/member.ts';
import { isUuid, parseInput, ruledText } from '../validate.ts';
import { describedEnum } from '../described-enum.ts';

export const CommitmentStatusEnum = describedEnum('CommitmentStatus', 'What became of a commitment.', {
  OPEN: 'Open (en cours): due, not yet done.',
  KEPT: 'Kept (tenu).',
  RENEGOTIATED: 'Renegotiated (renégocié): a new due date was agreed.',
  MISSED: 'Missed (non tenu).',
});

/** Due dates are calendar days (Europe/Paris), exchanged as "YYYY-MM-DD". */
const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

const dueDay = z.string().superRefine((value, issues) => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || calendarDay(date) !== value) {
    issues.addIssue({ code: 'custom', message: 'Give a date that exists, as YYYY-MM-DD, e.g. 2026-03-14.' });
  } else if (value < todayInParis()) {
    issues.addIssue({ code: 'custom', message: 'Choose today or a later date.' });
  } else if (date.getUTCFullYear() > new Date().getUTCFullYear() + 5) {
    issues.addIssue({ code: 'custom', message: 'Choose a date within five years.' });
  }
});

const note = ruledText(COLLECTIVE_RULES.note);

builder.prismaObject('CommitmentChange', {
  description:
    'One change in a commitment’s history: its creation, a new status or a new due date, with who made it and their note.',
  select: { id: true },
  fields: (t) => ({
    changedBy: t.field({
      type: MemberType,
      nullable: true,
      description:
        'Who made the change; null if they are no longer an active member of the federation (unless you are an admin).',
      select: (_args, _ctx, nestedSelection) => ({ changedBy: nestedSelection(true) }),
      authScopes: (change) => memberVisibility(change.changedBy),
      unauthorizedResolver: nullUnlessScopeMissing,
      resolve: (change) => change.changedBy,
    }),
    fromStatus: t.expose('fromStatus', {
      type: CommitmentStatusEnum,
      nullable: true,
      description: 'The status before; null for the creation.',
    }),
    toStatus: t.expose('toStatus', { type: CommitmentStatusEnum, description: 'The status after.' }),
    fromDueOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The due date before (YYYY-MM-DD) when it changed; null otherwise.',
      select: { fromDueOn: true },
      resolve: (change) => (change.fromDueOn ? calendarDay(change.fromDueOn) : null),
    }),
    toDueOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The due date after (YYYY-MM-DD) when it was set or changed; null otherwise.',
      select: { toDueOn: true },
      resolve: (change) => (change.toDueOn ? calendarDay(change.toDueOn) : null),
    }),
    note: t.exposeString('note', { description: 'Why, in their words (plain text); may be empty.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When.' }),
  }),
});

export const CommitmentType = builder.prismaNode('Commitment', {
  description:
    'A commitment (engagement) a member made to their collective: what, by when, and its status. Visible to the collective’s members and admins.',
  id: { field: 'id', description: 'Global ID of the commitment (Relay).' },
  authScopes: (commitment) => ({ collectiveMember: commitment.collectiveId, admin: true }),
  select: { id: true, collectiveId: true },
  fields: (t) => ({
    collective: t.relation('collective', { description: 'The collective it was made to.' }),
    member: t.field({
      type: MemberType,
      nullable: true,
      description:
        'Who committed; null if they are no longer an active member of the federation (unless you are an admin).',
      select: (_args, _ctx, nestedSelection) => ({ member: nestedSelection(true) }),
      authScopes: (commitment) => memberVisibility(commitment.member),
      unauthorizedResolver: nullUnlessScopeMissing,
      resolve: (commitment) => commitment.member,
    }),
    description: t.exposeString('description', { description: 'What they committed to (plain text).' }),
    dueOn: t.field({
      type: 'Date',
      description: 'When it is due, a calendar day in Europe/Paris (YYYY-MM-DD).',
      select: { dueOn: true },
      resolve: (c) => calendarDay(c.dueOn),
    }),
    status: t.expose('status', { type: CommitmentStatusEnum, description: 'Open, kept, renegotiated or missed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    changes: t.relation('changes', {
      description: 'Its history, oldest first (the first entry is its creation).',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const NO_MEMBER = '00000000-0000-0000-0000-000000000000';

builder.prismaObjectField(CollectiveType, 'commitments', (t) =>
  t.relatedConnection(
    'commitments',
    {
      cursor: 'id',
      totalCount: true,
      nullable: true,
      description:
        'Private: the collective’s commitments, soonest due first. Null unless you are one of its members or an admin.',
      args: {
        statuses: t.arg({
          type: [CommitmentStatusEnum],
          required: false,
          description: 'Only these statuses (all by default).',
        }),
        memberId: t.arg.globalID({
          required: false,
          for: [MemberType],
          description: 'Only the commitments of this member.',
        }),
      },
      query: (args) => ({
        where: {
          ...(args.statuses ? { status: { in: args.statuses } } : {}),
          ...(args.memberId ? { memberId: isUuid(args.memberId.id) ? args.memberId.id : NO_MEMBER } : {}),
        },
        orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      }),
      ...membersOnly,
    },
    { name: 'CollectiveCommitmentsConnection', description: 'A page of a collective’s commitments.' },
    { name: 'CollectiveCommitmentsEdge', description: 'A commitment in a page.' },
  ),
);

const CommitmentSuccess = builder.objectRef<{ commitmentId: string }>('CommitmentSuccess').implement({
  description: 'The commitment after the change.',
  fields: (t) => ({
    commitment: t.prismaField({
      type: CommitmentType,
      description: 'The commitment, as it is now, with its history.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.commitment.findUniqueOrThrow({ ...query, where: { id: payload.commitmentId } }),
    }),
  }),
});

const CreateCommitmentInput = builder.inputType('CreateCommitmentInput', {
  description:
    'A new commitment. Coordinators may commit any active member of the collective; members commit themselves.',
  fields: (t) => ({
    collectiveId: t.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
    memberId: t.globalID({
      required: false,
      for: [MemberType],
      description: 'Who commits (an active member of the collective); yourself when omitted.',
    }),
    description: t.string({ required: true, description: 'What they commit to (3–500 characters).' }),
    dueOn: t.field({
      type: 'Date',
      required: true,
      description: 'By when, as YYYY-MM-DD (today or later, Europe/Paris).',
    }),
  }),
});

const ChangeCommitmentInput = builder.inputType('ChangeCommitmentStatusInput', {
  description: 'A new status. RENEGOTIATED comes with the new due date agreed; other statuses keep the date.',
  fields: (t) => ({
    status: t.field({ type: CommitmentStatusEnum, required: true, description: 'The new status.' }),
    dueOn: t.field({
      type: 'Date',
      required: false,
      description: 'The new due date (YYYY-MM-DD), only and always with RENEGOTIATED.',
    }),
    note: t.string({ required: false, description: 'Why, for the collective (at most 1000 characters).' }),
  }),
});

const createSchema = z.object({
  description: ruledText(
    COLLECTIVE_RULES.commitment,
    (min) => `Say what the commitment is (at least ${min} characters).`,
  ),
  dueOn: dueDay,
});

const changeSchema = z
  .object({ status: z.enum(CommitmentStatus), dueOn: dueDay.nullish(), note: note.nullish() })
  .superRefine((input, issues) => {
    if (input.status === 'RENEGOTIATED' && !input.dueOn) {
      issues.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: 'A renegotiated commitment needs its new due date.',
      });
    }
    if (input.status !== 'RENEGOTIATED' && input.dueOn) {
      issues.addIssue({ code: 'custom', path: ['dueOn'], message: 'Only a renegotiation changes the due date.' });
    }
  });

/** A commitment by id, once per request (authorization and the resolver share it). */
const commitments = collectivePart('commitment', (ctx, id) =>
  ctx.prisma.commitment.findUnique({ where: { id }, select: { id: true, collectiveId: true, memberId: true } }),
);

/** Coordinators act on any commitment of their collective; a member on their own. */
function coordinatorOrSelf(collectiveId: string, memberId: string) {
  return {
    coordinatorOf: collectiveId,
    $all: { collectiveMember: collectiveId, memberCan: 'write:profile' as const, self: memberId },
  };
}

function fromDay(day: string) {
  return new Date(`${day}T00:00:00Z`);
}

builder.mutationFields((t) => ({
  createCommitment: t.field({
    type: CommitmentSuccess,
    description:
      'Records a commitment: by a coordinator for any active member of the collective, or by a member for themself. The member is notified when someone else commits them.',
    authScopes: (_root, args, ctx) =>
      coordinatorOrSelf(
        args.input.collectiveId.id,
        args.input.memberId ? args.input.memberId.id : (viewerId(ctx) ?? NOBODY),
      ),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: { input: t.arg({ type: CreateCommitmentInput, required: true, description: 'The commitment.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(createSchema, args.input);
      const collectiveId = uuidOf(args.input.collectiveId, 'collective');
      const me = callerId(ctx);
      const memberId = args.input.memberId ? args.input.memberId.id : me;
      const { commitmentId, events } = await ctx.prisma.$transaction(async (tx) => {
        const collective = await lockActiveCollective(tx, collectiveId, 'SHARE');
        const membership = isUuid(memberId)
          ? await tx.collectiveMembership.findUnique({
              where: { collectiveId_memberId: { collectiveId, memberId } },
              select: { status: true },
            })
          : null;
        if (membership?.status !== 'ACTIVE') {
          throw new ValidationError([
            { path: ['input', 'memberId'], message: 'Choose an active member of this collective.' },
          ]);
        }
        const dueOn = fromDay(input.dueOn);
        const commitment = await tx.commitment.create({
          data: {
            collectiveId,
            memberId,
            description: input.description,
            dueOn,
            status: 'OPEN',
            changes: { create: { changedById: me, fromStatus: null, toStatus: 'OPEN', toDueOn: dueOn } },
          },
        });
        const sent =
          memberId === me
            ? []
            : [
                await notify(tx, {
                  memberId,
                  kind: 'collective.commitment_assigned',
                  data: {
                    collectiveId,
                    slug: collective.slug,
                    name: collective.name,
                    commitmentId: commitment.id,
                    description: input.description,
                    dueOn: input.dueOn,
                  },
                }),
              ];
        return { commitmentId: commitment.id, events: sent };
      });
      publish(ctx, events);
      return { commitmentId };
    },
  }),

  changeCommitmentStatus: t.field({
    type: CommitmentSuccess,
    description:
      'Marks a commitment KEPT, MISSED, RENEGOTIATED (with a new due date) or OPEN again, with a note kept in its history (the committed member or the collective’s coordinators).',
    authScopes: async (_root, args, ctx) => {
      const commitment = await commitments.of(ctx, args.id.id);
      return commitment ? coordinatorOrSelf(commitment.collectiveId, commitment.memberId) : { coordinatorOf: NOBODY };
    },
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      id: t.arg.globalID({ required: true, for: [CommitmentType], description: 'The commitment.' }),
      input: t.arg({
        type: ChangeCommitmentInput,
        required: true,
        description: 'The new status, and the new date for a renegotiation.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(changeSchema, args.input);
      const commitment = await commitments.existing(ctx, args.id);
      const me = callerId(ctx);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const collective = await lockActiveCollective(tx, commitment.collectiveId, 'SHARE');
        // Locked so that two changes at once each record the status the other left.
        const [current] = await tx.$queryRaw<{ status: CommitmentStatus; dueOn: Date }[]>`
          SELECT status::text AS status, "dueOn" FROM "Commitment" WHERE id = ${commitment.id}::uuid FOR UPDATE`;
        if (!current) throw new NotFoundError('No commitment has this id.');
        const dueOn = input.dueOn ? fromDay(input.dueOn) : null;
        if (dueOn && calendarDay(dueOn) === calendarDay(current.dueOn)) {
          throw new ValidationError([
            { path: ['input', 'dueOn'], message: 'A renegotiation agrees on a different due date.' },
          ]);
        }
        if (!dueOn && input.status === current.status)
          throw new ConflictError(`This commitment is already ${current.status}.`);
        const change: Prisma.CommitmentChangeUncheckedCreateWithoutCommitmentInput = {
          changedById: me,
          fromStatus: current.status,
          toStatus: input.status,
          note: input.note ?? '',
          ...(dueOn ? { fromDueOn: current.dueOn, toDueOn: dueOn } : {}),
        };
        await tx.commitment.update({
          where: { id: commitment.id },
          data: { status: input.status, ...(dueOn ? { dueOn } : {}), changes: { create: change } },
        });
        if (commitment.memberId === me) return [];
        return [
          await notify(tx, {
            memberId: commitment.memberId,
            kind: 'collective.commitment_changed',
            data: {
              collectiveId: collective.id,
              slug: collective.slug,
              name: collective.name,
              commitmentId: commitment.id,
              status: input.status,
              note: input.note ?? '',
            },
          }),
        ];
      });
      publish(ctx, events);
      return { commitmentId: commitment.id };
    },
  }),
}));
