// Registering for a workshop: a seat while there are some, else the waitlist; cancelling frees the
// seat for the first person waiting, who is promoted and notified at once.
//
// The waitlist is kept as positions 1, 2, 3… (waitlistRank): every change happens under the
// workshop's row lock, and whoever leaves it moves those behind up by one. A position shown to a
// member is therefore always their place in the queue.
import { callerId, notifyEach } from '../caller.ts';
import type { Context } from '../../context.ts';
import type { NotificationEvent } from '../../events/bus.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { publish } from '../../notify.ts';
import { enqueueRegistrationCancelled, enqueueRegistrationsConfirmed } from '../../webhooks/payloads.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from '../network/member.ts';
import {
  aboutWorkshop,
  insiders,
  isPrivate,
  LOCKING_TX,
  lockWorkshop,
  passes,
  RegistrationStatusEnum,
  RegistrationType,
  workshopIdOf,
  WorkshopType,
  type LockedWorkshop,
  type Tx,
} from './workshop.ts';
import { errorUnion } from '../errors.ts';

/**
 * Gives free seats to the first people waiting, in order, and moves the others up. Call it under
 * the workshop's lock whenever seats may have freed up. Returns the notifications to publish.
 */
export async function fillSeats(tx: Tx, workshop: LockedWorkshop, now = new Date()): Promise<NotificationEvent[]> {
  const confirmed = await tx.workshopRegistration.count({ where: { workshopId: workshop.id, status: 'CONFIRMED' } });
  const free = workshop.capacity - confirmed;
  if (free <= 0) return [];
  const next = await tx.workshopRegistration.findMany({
    where: { workshopId: workshop.id, status: 'WAITLISTED' },
    orderBy: { waitlistRank: 'asc' },
    take: free,
    select: { id: true, memberId: true },
  });
  if (next.length === 0) return [];
  await tx.workshopRegistration.updateMany({
    where: { id: { in: next.map((r) => r.id) } },
    data: { status: 'CONFIRMED', confirmedAt: now, waitlistRank: null },
  });
  await tx.workshopRegistration.updateMany({
    where: { workshopId: workshop.id, status: 'WAITLISTED' },
    data: { waitlistRank: { decrement: next.length } },
  });
  await enqueueRegistrationsConfirmed(
    tx,
    workshop.id,
    next.map((r) => r.memberId),
  );
  return notifyEach(
    tx,
    next.map((r) => r.memberId),
    'workshop.promoted',
    aboutWorkshop(workshop),
  );
}

const RegistrationSuccess = builder.objectRef<{ registrationId: string }>('RegistrationSuccess').implement({
  description: 'Your registration after the change.',
  fields: (t) => ({
    registration: t.prismaField({
      type: RegistrationType,
      description: 'The registration, as it is now (status, waitlist position).',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.workshopRegistration.findUniqueOrThrow({ ...query, where: { id: payload.registrationId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  registerForWorkshop: t.field({
    type: RegistrationSuccess,
    description:
      'Registers you for a published workshop that has not started: CONFIRMED while seats remain, else WAITLISTED with your position (you get a seat automatically when one frees up, and are notified). Registering again after cancelling works.',
    authScopes: { memberCan: 'write:workshops' },
    errors: errorUnion(
      'Your registration (confirmed or on the waitlist), or why you cannot register.',
      NotFoundError,
      ConflictError,
    ),
    args: { workshopId: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The workshop.' }) },
    resolve: async (_root, args, ctx) => {
      const workshopId = workshopIdOf(args.workshopId);
      const memberId = callerId(ctx);
      const { registrationId, events } = await ctx.prisma
        .$transaction((tx) => takeSeat(tx, workshopId, memberId), LOCKING_TX)
        .catch(async (error: unknown) => {
          throw error instanceof DraftWorkshop ? await draftRefusal(ctx, workshopId, error.status) : error;
        });
      publish(ctx, events);
      return { registrationId };
    },
  }),

  cancelRegistration: t.field({
    type: RegistrationSuccess,
    description:
      'Cancels your registration before the workshop starts. A confirmed seat goes to the first person on the waitlist, who is notified; people behind you on the waitlist move up.',
    authScopes: { memberCan: 'write:workshops' },
    errors: errorUnion('Your cancelled registration, or why there was none to cancel.', NotFoundError, ConflictError),
    args: { workshopId: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The workshop.' }) },
    resolve: async (_root, args, ctx) => {
      const workshopId = workshopIdOf(args.workshopId);
      const memberId = callerId(ctx);
      const { registrationId, events } = await ctx.prisma.$transaction(async (tx) => {
        const workshop = await lockWorkshop(tx, workshopId);
        const registration = await tx.workshopRegistration.findUnique({
          where: { workshopId_memberId: { workshopId, memberId } },
        });
        if (!registration || registration.status === 'CANCELLED')
          throw new ConflictError('You are not registered for this workshop.');
        if (workshop.status !== 'PUBLISHED' || workshop.startsAt <= new Date()) {
          throw new ConflictError(
            'This workshop has already started or ended: registrations can no longer be cancelled.',
          );
        }
        const cancelledAt = new Date();
        await tx.workshopRegistration.update({
          where: { id: registration.id },
          data: { status: 'CANCELLED', cancelledAt, waitlistRank: null },
        });
        await enqueueRegistrationCancelled(
          tx,
          { workshopId, memberId, wasConfirmed: registration.status === 'CONFIRMED' },
          cancelledAt,
        );
        if (registration.status === 'WAITLISTED') {
          await tx.workshopRegistration.updateMany({
            where: { workshopId, status: 'WAITLISTED', waitlistRank: { gt: registration.waitlistRank ?? 0 } },
            data: { waitlistRank: { decrement: 1 } },
          });
          return { registrationId: registration.id, events: [] };
        }
        return { registrationId: registration.id, events: await fillSeats(tx, workshop) };
      }, LOCKING_TX);
      publish(ctx, events);
      return { registrationId };
    },
  }),
}));

/** A seat, or the next place on the waitlist, for the member; under the workshop's lock. */
async function takeSeat(tx: Tx, workshopId: string, memberId: string) {
  const workshop = await lockWorkshop(tx, workshopId);
  await refuseUnlessOpen(tx, workshop, memberId);
  const existing = await tx.workshopRegistration.findUnique({
    where: { workshopId_memberId: { workshopId, memberId } },
  });
  if (existing?.status === 'CONFIRMED') throw new ConflictError('You are already registered for this workshop.');
  if (existing?.status === 'WAITLISTED') {
    throw new ConflictError(
      `You are already on the waitlist, in position ${existing.waitlistRank}: you will be notified when a seat frees up.`,
    );
  }
  const counts = await tx.workshopRegistration.groupBy({
    by: ['status'],
    where: { workshopId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
    _count: { _all: true },
  });
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  // Taken after the lock: registeredAt follows the order in which registrations commit.
  const now = new Date();
  const seat = count('CONFIRMED') < workshop.capacity;
  const fresh = {
    status: seat ? ('CONFIRMED' as const) : ('WAITLISTED' as const),
    waitlistRank: seat ? null : count('WAITLISTED') + 1,
    registeredAt: now,
    confirmedAt: seat ? now : null,
    cancelledAt: null,
    attended: null,
  };
  const registration = existing
    ? await tx.workshopRegistration.update({ where: { id: existing.id }, data: fresh, select: { id: true } })
    : await tx.workshopRegistration.create({ data: { ...fresh, workshopId, memberId }, select: { id: true } });
  if (seat) await enqueueRegistrationsConfirmed(tx, workshopId, [memberId]);
  const told = await notifyEach(
    tx,
    [memberId],
    seat ? 'workshop.registered' : 'workshop.waitlisted',
    seat ? aboutWorkshop(workshop) : { ...aboutWorkshop(workshop), waitlistRank: fresh.waitlistRank },
  );
  return { registrationId: registration.id, events: told };
}

/** A never-published workshop refused inside the transaction; what to say is decided after it. */
class DraftWorkshop extends Error {
  constructor(readonly status: string) {
    super(status);
  }
}

/** Registration is open on published workshops that have not started, to anyone but their facilitators. */
async function refuseUnlessOpen(tx: Tx, workshop: LockedWorkshop, memberId: string) {
  if (isPrivate(workshop)) throw new DraftWorkshop(workshop.status);
  if (workshop.status === 'CANCELLED')
    throw new ConflictError('This workshop was cancelled: look for another date in the calendar.');
  if (workshop.status === 'COMPLETED' || workshop.startsAt <= new Date()) {
    throw new ConflictError('This workshop has already started: registrations are closed.');
  }
  const facilitates = await tx.workshopFacilitator.findUnique({
    where: { workshopId_memberId: { workshopId: workshop.id, memberId } },
    select: { memberId: true },
  });
  if (facilitates) throw new ConflictError('You facilitate this workshop: your place is already kept.');
}

/**
 * A workshop never published does not exist for those who may not see it. Decided once the transaction is over: the
 * rule reads the database outside it, which must not wait for a connection the transaction holds.
 */
async function draftRefusal(ctx: Context, workshopId: string, status: string) {
  if (!(await passes(ctx, await insiders(ctx, workshopId)))) return new NotFoundError('No workshop has this id.');
  if (status !== 'DRAFT') return new ConflictError('This workshop was cancelled before it was published.');
  return new ConflictError('This workshop is still a draft: registration opens once it is published.');
}

builder.prismaObjectField(MemberType, 'workshopRegistrations', (t) =>
  t.relatedConnection(
    'registrations',
    {
      cursor: 'id',
      nullable: true,
      totalCount: true,
      description:
        'Private: the member’s workshop registrations, latest workshop first. Null unless you are this member or an admin.',
      args: {
        status: t.arg({
          type: RegistrationStatusEnum,
          required: false,
          description: 'Only registrations with this status (default: all).',
        }),
        upcoming: t.arg.boolean({
          required: false,
          description: 'true: workshops not ended yet; false: ended ones; null (default): both.',
        }),
      },
      authScopes: (member) => ({ self: member.id, admin: true }),
      unauthorizedResolver: nullUnlessScopeMissing,
      query: (args) => {
        const now = new Date();
        return {
          where: {
            ...(args.status ? { status: args.status } : {}),
            ...(args.upcoming === true ? { workshop: { endsAt: { gte: now } } } : {}),
            ...(args.upcoming === false ? { workshop: { endsAt: { lt: now } } } : {}),
          },
          orderBy: [{ workshop: { startsAt: 'desc' } }, { id: 'asc' }],
        };
      },
    },
    { description: 'A page of a member’s registrations, with their total.' },
    { description: 'One registration, with its cursor.' },
  ),
);
