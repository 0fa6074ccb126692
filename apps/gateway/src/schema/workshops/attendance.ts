// After a workshop: facilitators and admins mark who came and complete it; those who came leave
// feedback. The give/receive ledger follows:
//   - marking someone present records WORKSHOP_ATTENDED (RECEIVED, weight 1) for them at once;
//     marking them absent afterwards appends a correction, never an edit (and present again, a
//     correction of that correction), so their balance always matches the last marking;
//   - completing the workshop (completeWorkshop, once it has ended) records WORKSHOP_FACILITATED
//     (GIVEN, weight 3) for each facilitator. Completion is explicit, so a facilitator is credited
//     for a workshop that took place, not for one merely past its end.
// Entries carry sourceType "Workshop" and the workshop id, as the seed writes them.
import { auditActor, callerId, notifyEach } from '../caller.ts';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../errors.ts';
import { recordContributions, WEIGHTS, type Contribution } from '../../ledger.ts';
import { cleanText } from '../../markdown/index.ts';
import { publish } from '../../notify.ts';
import { builder } from '../builder.ts';
import { MemberType } from '../network/member.ts';
import { isUuid, parseInput } from '../validate.ts';
import {
  aboutWorkshop,
  LOCKING_TX,
  lockWorkshop,
  managers,
  PUBLISHED_ONCE,
  RegistrationType,
  workshopIdOf,
  WorkshopSuccess,
  WorkshopType,
  type Tx,
} from './workshop.ts';
import { errorUnion } from '../errors.ts';

const AttendanceInput = builder.inputType('AttendanceInput', {
  description: 'Whether one participant came.',
  fields: (t) => ({
    memberId: t.globalID({ required: true, for: [MemberType], description: 'A participant with a confirmed seat.' }),
    attended: t.boolean({
      required: true,
      description: 'true: present; false: absent (corrects an earlier "present").',
    }),
  }),
});

const MarkAttendanceSuccess = builder.objectRef<{ registrationIds: string[] }>('MarkAttendanceSuccess').implement({
  description: 'The registrations whose attendance was marked.',
  fields: (t) => ({
    registrations: t.prismaField({
      type: [RegistrationType],
      description: 'The marked registrations, in the order given.',
      resolve: async (query, payload, _args, ctx) => {
        const rows = await ctx.prisma.workshopRegistration.findMany({
          ...query,
          where: { id: { in: payload.registrationIds } },
        });
        return payload.registrationIds.flatMap((id) => rows.find((row) => row.id === id) ?? []);
      },
    }),
  }),
});

const FeedbackPayload = builder.objectRef<{ registrationId: string }>('LeaveWorkshopFeedbackSuccess').implement({
  description: 'Your registration with your feedback.',
  fields: (t) => ({
    registration: t.prismaField({
      type: RegistrationType,
      description: 'Your registration, feedback included.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.workshopRegistration.findUniqueOrThrow({ ...query, where: { id: payload.registrationId } }),
    }),
  }),
});

const attendanceSchema = z
  .array(z.object({ memberId: z.object({ id: z.string() }), attended: z.boolean() }))
  .min(1, { error: 'Mark at least one participant.' })
  .max(1000, { error: 'Mark at most 1000 participants at a time.' });

const feedbackSchema = z.object({
  rating: z
    .number()
    .int({ error: 'Rate with a whole number from 1 to 5.' })
    .min(1, { error: 'Rate from 1 to 5.' })
    .max(5, { error: 'Rate from 1 to 5.' }),
  comment: z
    .string()
    .max(10_000, { error: 'Use at most 2000 characters.' })
    .transform(cleanText)
    .pipe(z.string().max(2000, { error: 'Use at most 2000 characters.' }))
    .nullish(),
});

interface Entry {
  id: string;
  memberId: string;
  weight: number;
}

/**
 * Each member's attendance entries for this workshop as a chain: the WORKSHOP_ATTENDED entry, then
 * corrections each pointing at the previous link. Returns the last link and the chain's balance.
 */
async function attendanceChains(tx: Tx, workshopId: string, memberIds: string[]) {
  const originals = await tx.contributionEntry.findMany({
    where: {
      memberId: { in: memberIds },
      kind: 'WORKSHOP_ATTENDED',
      direction: 'RECEIVED',
      sourceType: 'Workshop',
      sourceId: workshopId,
    },
    select: { id: true, memberId: true, weight: true },
  });
  const chains = new Map<string, { last: Entry; balance: number }>(
    originals.map((entry) => [entry.memberId, { last: entry, balance: entry.weight }]),
  );
  let tips: Entry[] = originals;
  // A chain grows by one link per change of mind: a few rounds at most, each one statement.
  while (tips.length > 0) {
    const next = await tx.contributionEntry.findMany({
      where: { correctsId: { in: tips.map((tip) => tip.id) }, kind: 'CORRECTION' },
      select: { id: true, memberId: true, weight: true },
    });
    for (const entry of next) {
      const chain = chains.get(entry.memberId)!;
      chains.set(entry.memberId, { last: entry, balance: chain.balance + entry.weight });
    }
    tips = next;
  }
  return chains;
}

/** The entries that bring each member's attendance balance to 1 (present) or 0 (absent). */
function attendanceEntries(
  workshopId: string,
  marks: Map<string, boolean>,
  chains: Awaited<ReturnType<typeof attendanceChains>>,
): Contribution[] {
  const entries: Contribution[] = [];
  for (const [memberId, attended] of marks) {
    const chain = chains.get(memberId);
    const want = attended ? WEIGHTS.WORKSHOP_ATTENDED : 0;
    if (!chain) {
      if (attended)
        entries.push({
          memberId,
          direction: 'RECEIVED',
          kind: 'WORKSHOP_ATTENDED',
          weight: want,
          sourceType: 'Workshop',
          sourceId: workshopId,
        });
      continue;
    }
    if (chain.balance === want) continue;
    entries.push({
      memberId,
      direction: 'RECEIVED',
      kind: 'CORRECTION',
      weight: want - chain.balance,
      sourceType: 'ContributionEntry',
      sourceId: chain.last.id,
      correctsId: chain.last.id,
      note: attended
        ? 'Présence confirmée après avoir été marquée absente.'
        : 'Présence corrigée : absent(e) à l’atelier.',
    });
  }
  return entries;
}

const MarkAttendanceInput = builder.inputType('MarkAttendanceInput', {
  description: 'Who came to a workshop (markAttendance).',
  fields: (t) => ({
    workshopId: t.globalID({ required: true, for: [WorkshopType], description: 'The workshop.' }),
    attendance: t.field({
      type: [AttendanceInput],
      required: true,
      description: 'One line per participant (a confirmed seat), at most 1000.',
    }),
  }),
});

builder.mutationFields((t) => ({
  markAttendance: t.field({
    type: MarkAttendanceSuccess,
    description:
      'Marks who came to a workshop, once it has started (its facilitators and admins). Present participants are credited in the give/receive ledger at once; marking someone absent afterwards appends a correction.',
    authScopes: (_root, args, ctx) => managers(ctx, args.input.workshopId.id),
    errors: errorUnion(
      'The marked registrations, or why attendance could not be marked.',
      NotFoundError,
      ConflictError,
      ValidationError,
    ),
    args: { input: t.arg({ type: MarkAttendanceInput, required: true, description: 'The workshop and who came.' }) },
    resolve: async (_root, { input: args }, ctx) => {
      const workshopId = workshopIdOf(args.workshopId);
      const lines = parseInput(attendanceSchema, args.attendance, ['input', 'attendance']);
      const registrationIds = await ctx.prisma.$transaction(async (tx) => {
        const workshop = await lockWorkshop(tx, workshopId);
        if (workshop.status !== 'PUBLISHED' && workshop.status !== 'COMPLETED') {
          throw new ConflictError(`This workshop is ${workshop.status.toLowerCase()}: there is no attendance to mark.`);
        }
        if (workshop.startsAt > new Date())
          throw new ConflictError('Attendance can be marked once the workshop has started.');
        const memberIds = lines.map((line) => line.memberId.id);
        const seats = await tx.workshopRegistration.findMany({
          where: { workshopId, status: 'CONFIRMED', memberId: { in: memberIds.filter(isUuid) } },
          select: { id: true, memberId: true },
        });
        const seatOf = new Map(seats.map((seat) => [seat.memberId, seat.id]));
        const problems: FieldError[] = [];
        lines.forEach((line, i) => {
          if (!seatOf.has(line.memberId.id))
            problems.push({
              path: ['input', 'attendance', String(i), 'memberId'],
              message: 'This member holds no confirmed seat for this workshop.',
            });
          else if (memberIds.indexOf(line.memberId.id) !== i)
            problems.push({
              path: ['input', 'attendance', String(i), 'memberId'],
              message: 'This member is listed twice.',
            });
        });
        if (problems.length > 0) throw new ValidationError(problems);
        const marks = new Map(lines.map((line) => [line.memberId.id, line.attended]));
        for (const value of [true, false]) {
          const ids = [...marks]
            .filter(([, attended]) => attended === value)
            .map(([memberId]) => seatOf.get(memberId)!);
          if (ids.length > 0)
            await tx.workshopRegistration.updateMany({ where: { id: { in: ids } }, data: { attended: value } });
        }
        const entries = attendanceEntries(workshopId, marks, await attendanceChains(tx, workshopId, [...marks.keys()]));
        if (entries.length > 0) await recordContributions(tx, entries);
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'workshop.attendance_marked',
          targetType: 'Workshop',
          targetId: workshopId,
          data: {
            present: [...marks.values()].filter(Boolean).length,
            absent: [...marks.values()].filter((v) => !v).length,
          },
        });
        return lines.map((line) => seatOf.get(line.memberId.id)!);
      }, LOCKING_TX);
      return { registrationIds };
    },
  }),

  completeWorkshop: t.field({
    type: WorkshopSuccess,
    description:
      'Marks a published workshop COMPLETED once it has ended (its facilitators and admins): each facilitator is credited in the ledger, and the participants marked present are invited to leave feedback.',
    authScopes: (_root, args, ctx) => managers(ctx, args.id.id),
    errors: errorUnion('The completed workshop, or why it cannot be completed yet.', NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The workshop.' }) },
    resolve: async (_root, args, ctx) => {
      const workshopId = workshopIdOf(args.id);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const workshop = await lockWorkshop(tx, workshopId);
        if (workshop.status === 'COMPLETED') throw new ConflictError('This workshop is already completed.');
        if (workshop.status !== 'PUBLISHED')
          throw new ConflictError(
            `This workshop is ${workshop.status.toLowerCase()}: only a published workshop can be completed.`,
          );
        if (workshop.endsAt > new Date())
          throw new ConflictError('This workshop has not ended yet: complete it after its end.');
        await tx.workshop.update({ where: { id: workshopId }, data: { status: 'COMPLETED' } });
        const facilitators = await tx.workshopFacilitator.findMany({
          where: { workshopId },
          select: { memberId: true },
        });
        await recordContributions(
          tx,
          facilitators.map(({ memberId }) => ({
            memberId,
            direction: 'GIVEN',
            kind: 'WORKSHOP_FACILITATED',
            weight: WEIGHTS.WORKSHOP_FACILITATED,
            sourceType: 'Workshop',
            sourceId: workshopId,
          })),
        );
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'workshop.completed',
          targetType: 'Workshop',
          targetId: workshopId,
          data: { slug: workshop.slug },
        });
        const present = await tx.workshopRegistration.findMany({
          where: { workshopId, status: 'CONFIRMED', attended: true },
          select: { memberId: true },
        });
        return notifyEach(
          tx,
          present.map((p) => p.memberId),
          'workshop.feedback_requested',
          aboutWorkshop(workshop),
        );
      }, LOCKING_TX);
      publish(ctx, events);
      return { workshopId };
    },
  }),

  leaveWorkshopFeedback: t.field({
    type: FeedbackPayload,
    description:
      'Rates a completed workshop you attended, 1 to 5, with an optional comment. Giving it again replaces it.',
    authScopes: { memberCan: 'write:workshops' },
    errors: errorUnion(
      'Your registration with your feedback, or why feedback is not open to you.',
      NotFoundError,
      ConflictError,
      ValidationError,
    ),
    args: {
      workshopId: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The workshop.' }),
      rating: t.arg.int({ required: true, description: 'From 1 (poor) to 5 (excellent).' }),
      comment: t.arg.string({
        required: false,
        description: 'What you took from it, what could be better (plain text, at most 2000 characters).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const workshopId = workshopIdOf(args.workshopId);
      const input = parseInput(feedbackSchema, { rating: args.rating, comment: args.comment }, []);
      const memberId = callerId(ctx);
      const registration = await ctx.prisma.workshopRegistration.findUnique({
        where: { workshopId_memberId: { workshopId, memberId } },
        select: { id: true, attended: true, workshop: { select: { status: true } } },
      });
      if (!registration) {
        const exists = await ctx.prisma.workshop.count({ where: { id: workshopId, ...PUBLISHED_ONCE } });
        if (!exists) throw new NotFoundError('No workshop has this id.');
        throw new ConflictError('Only participants marked present can give feedback on this workshop.');
      }
      if (registration.workshop.status !== 'COMPLETED')
        throw new ConflictError('Feedback opens once the workshop is completed.');
      // Conditional: attendance corrected to absent meanwhile means no feedback.
      const { count } = await ctx.prisma.workshopRegistration.updateMany({
        where: { id: registration.id, attended: true, status: 'CONFIRMED' },
        data: { feedbackRating: input.rating, feedbackComment: input.comment || null, feedbackAt: new Date() },
      });
      if (count !== 1) throw new ConflictError('Only participants marked present can give feedback on this workshop.');
      return { registrationId: registration.id };
    },
  }),
}));
