// Leaving the federation (the right to erasure), for a member themself or an admin acting on a
// request: in one transaction, under the member's row lock, personal data is deleted or replaced
// by a pseudonym ("Ancien·ne membre"), sessions and tokens end, registrations to workshops to come
// are cancelled (the waitlist is promoted), collective roles are released. The Member row itself
// stays, pseudonymised: the append-only ledger's entries keep pointing at it, so every total and
// balance is unchanged. A member who is the last coordinator of an active collective with other
// members is refused (LAST_COORDINATOR) until they hand over.
import type { Prisma, PrismaClient } from '@ekoacteurs/db';
import { recordAudit, type AuditEvent } from '../audit.ts';
import { enqueueMemberLeft } from '../webhooks/payloads.ts';
import { enqueueActorDeleted } from '../fediverse/outbox.ts';
import { memberActor } from '../fediverse/uris.ts';
import { AppError, ConflictError, NotFoundError } from '../errors.ts';
import type { NotificationEvent } from '../events/bus.ts';
import { notify } from '../notify.ts';
import { handleHash } from './erased-handles.ts';
import { fillSeats } from '../schema/workshops/registration.ts';
import { LOCKING_TX, lockWorkshop } from '../schema/workshops/workshop.ts';

export const FORMER_MEMBER_NAME = 'Ancien·ne membre';

type Tx = Prisma.TransactionClient;

export interface CollectiveRef {
  id: string;
  slug: string;
  name: string;
}

/** Leaving would leave an active collective without a coordinator: hand over first. */
export class LastCoordinatorError extends AppError {
  readonly code = 'LAST_COORDINATOR';
  constructor(readonly collectives: CollectiveRef[]) {
    super(
      `You are the last coordinator of ${collectives.map((c) => `“${c.name}”`).join(', ')}: name another member as coordinator (or leave the collective naming one) before leaving the federation.`,
    );
  }
}

/** The pseudonymous handle and address that replace a member's own. */
export function pseudonymOf(memberId: string) {
  const tail = memberId.replace(/-/g, '').slice(-12);
  return { handle: `ancien-membre-${tail}`, email: `ancien-membre-${tail}@ancien-membre.invalid` };
}

interface CoordinatorSituation {
  /** Collectives the member coordinates alone while others remain: leaving is refused. */
  blocking: CollectiveRef[];
  /** Collectives the member is the only active member of: archived on leaving. */
  toArchive: CollectiveRef[];
  /** Every collective the member is an active member of. */
  active: CollectiveRef[];
}

async function coordinatorSituation(
  db: Tx | PrismaClient,
  memberId: string,
  lock: boolean,
): Promise<CoordinatorSituation> {
  const memberships = await db.collectiveMembership.findMany({
    where: { memberId, status: 'ACTIVE', collective: { status: 'ACTIVE' } },
    select: { role: true, collective: { select: { id: true, slug: true, name: true } } },
    orderBy: { collectiveId: 'asc' },
  });
  const ids = memberships.map((m) => m.collective.id);
  // Locked in id order, like every collective change, so a concurrent leave or hand-over waits.
  if (lock && ids.length > 0)
    await db.$queryRaw`SELECT id FROM "Collective" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  const situation: CoordinatorSituation = { blocking: [], toArchive: [], active: memberships.map((m) => m.collective) };
  for (const { role, collective } of memberships) {
    const others = await db.collectiveMembership.groupBy({
      by: ['role'],
      where: { collectiveId: collective.id, status: 'ACTIVE', memberId: { not: memberId } },
      _count: { _all: true },
    });
    const count = (r: string) => others.find((o) => o.role === r)?._count._all ?? 0;
    if (count('COORDINATOR') + count('MEMBER') === 0) situation.toArchive.push(collective);
    else if (role === 'COORDINATOR' && count('COORDINATOR') === 0) situation.blocking.push(collective);
  }
  return situation;
}

export interface ErasurePreview {
  blocking: CollectiveRef[];
  toArchive: CollectiveRef[];
  futureRegistrations: number;
  ledgerEntries: number;
  journalEntries: number;
  commitments: number;
  recommendations: number;
  opportunities: number;
}

/** What leaving would do, without doing it: the confirmation screen shows it. */
export async function erasurePreview(
  prisma: PrismaClient,
  memberId: string,
  now = new Date(),
): Promise<ErasurePreview> {
  const [situation, futureRegistrations, ledgerEntries, journalEntries, commitments, recommendations, opportunities] =
    await Promise.all([
      coordinatorSituation(prisma, memberId, false),
      prisma.workshopRegistration.count({
        where: { memberId, status: { in: ['CONFIRMED', 'WAITLISTED'] }, workshop: { startsAt: { gt: now } } },
      }),
      prisma.contributionEntry.count({ where: { memberId } }),
      prisma.journalEntry.count({ where: { authorId: memberId } }),
      prisma.commitment.count({ where: { memberId } }),
      prisma.recommendation.count({ where: { OR: [{ fromId: memberId }, { toId: memberId }] } }),
      prisma.opportunity.count({ where: { postedById: memberId } }),
    ]);
  return {
    blocking: situation.blocking,
    toArchive: situation.toArchive,
    futureRegistrations,
    ledgerEntries,
    journalEntries,
    commitments,
    recommendations,
    opportunities,
  };
}

export interface ErasureRequest {
  memberId: string;
  /** Who asks (the member, or an admin), for the audit log. */
  actor: Omit<AuditEvent, 'action' | 'targetType' | 'targetId' | 'data'>;
  byAdmin: boolean;
  /** The admin's note on the request (kept in the audit log; no personal data, please). */
  reason?: string;
  /** When set, the member must confirm with their own handle. */
  confirmHandle?: string;
  /** The public origin (PUBLIC_URL): a member followed on the Fediverse is deleted there (src/fediverse/). */
  publicUrl?: string;
}

export interface ErasureOutcome {
  pseudonym: string;
  erasedAt: Date;
  registrationsCancelled: number;
  collectivesArchived: number;
  /** Notifications to publish once committed (promotions, coordinators told). */
  events: NotificationEvent[];
}

/** The JSON string values equal to one of `from` become the matching `to`, in one column. */
async function scrubJson(
  tx: Tx,
  table: 'Notification' | 'AuditLogEntry' | 'WebhookDelivery',
  column: 'data' | 'payload',
  pairs: [string, string][],
  extra = '',
) {
  for (const [from, to] of pairs) {
    if (!from) continue;
    const needle = JSON.stringify(from);
    await tx.$executeRawUnsafe(
      `UPDATE "${table}" SET "${column}" = replace("${column}"::text, $1, $2)::jsonb WHERE strpos("${column}"::text, $1) > 0 ${extra}`,
      needle,
      JSON.stringify(to),
    );
  }
}

export class WrongConfirmationError extends AppError {
  readonly code = 'CONFIRMATION_MISMATCH';
  constructor() {
    super('Type your handle exactly as shown to confirm that you are leaving.');
  }
}

export async function eraseMember(prisma: PrismaClient, request: ErasureRequest): Promise<ErasureOutcome> {
  const { memberId } = request;
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const [member] = await tx.$queryRaw<
      { handle: string; displayName: string; email: string; status: string; fediverse: boolean }[]
    >`
      SELECT handle, "displayName", email, status::text AS status, fediverse FROM "Member" WHERE id = ${memberId}::uuid FOR UPDATE`;
    if (!member) throw new NotFoundError('No member has this id.');
    if (member.status === 'LEFT')
      throw new ConflictError('This member has already left the federation: their data is already erased.');
    if (request.confirmHandle !== undefined && request.confirmHandle.trim().toLowerCase() !== member.handle)
      throw new WrongConfirmationError();

    const collectives = await coordinatorSituation(tx, memberId, true);
    if (collectives.blocking.length > 0) throw new LastCoordinatorError(collectives.blocking);
    const events: NotificationEvent[] = [];
    const pseudonym = pseudonymOf(memberId);

    // Workshops to come: seats freed go to the waitlist, in the registration code's own way.
    const registrations = await tx.workshopRegistration.findMany({
      where: { memberId, status: { in: ['CONFIRMED', 'WAITLISTED'] }, workshop: { startsAt: { gt: now } } },
      select: { id: true, workshopId: true, status: true, waitlistRank: true },
      orderBy: { workshopId: 'asc' },
    });
    for (const registration of registrations) {
      const workshop = await lockWorkshop(tx, registration.workshopId);
      await tx.workshopRegistration.update({
        where: { id: registration.id },
        data: { status: 'CANCELLED', cancelledAt: now, waitlistRank: null },
      });
      if (registration.status === 'WAITLISTED') {
        await tx.workshopRegistration.updateMany({
          where: {
            workshopId: workshop.id,
            status: 'WAITLISTED',
            waitlistRank: { gt: registration.waitlistRank ?? 0 },
          },
          data: { waitlistRank: { decrement: 1 } },
        });
      } else if (workshop.status === 'PUBLISHED') {
        events.push(...(await fillSeats(tx, workshop, now)));
      }
    }
    await tx.workshopFacilitator.deleteMany({ where: { memberId, workshop: { startsAt: { gt: now } } } });
    await tx.workshopRegistration.updateMany({ where: { memberId }, data: { feedbackComment: null } });

    // Collectives: the member leaves each; one they were alone in is archived; coordinators are told.
    const archived = new Set(collectives.toArchive.map((c) => c.id));
    if (archived.size > 0)
      await tx.collective.updateMany({
        where: { id: { in: [...archived] } },
        data: { status: 'ARCHIVED', archivedAt: now },
      });
    await tx.collectiveMembership.updateMany({
      where: { memberId, status: 'ACTIVE' },
      data: { status: 'LEFT', responsibilities: '' },
    });
    await tx.collectiveMembership.deleteMany({ where: { memberId, status: { in: ['INVITED', 'REQUESTED'] } } });
    for (const collective of collectives.active.filter((c) => !archived.has(c.id))) {
      const coordinators = await tx.collectiveMembership.findMany({
        where: { collectiveId: collective.id, status: 'ACTIVE', role: 'COORDINATOR' },
        select: { memberId: true },
      });
      for (const { memberId: coordinatorId } of coordinators) {
        events.push(
          await notify(tx, {
            memberId: coordinatorId,
            kind: 'collective.member_left',
            data: {
              collectiveId: collective.id,
              slug: collective.slug,
              name: collective.name,
              memberName: FORMER_MEMBER_NAME,
            },
          }),
        );
      }
    }

    // What is theirs alone goes.
    await tx.memberSkill.deleteMany({ where: { memberId } });
    await tx.session.deleteMany({ where: { memberId } });
    await tx.apiToken.deleteMany({ where: { ownerId: memberId } });
    await tx.signInToken.deleteMany({ where: { memberId } });
    await tx.notification.deleteMany({ where: { memberId } });
    await tx.contactMessage.deleteMany({ where: { memberId } });
    await tx.dataExport.deleteMany({ where: { memberId } });
    await tx.memberPhoto.deleteMany({ where: { memberId } });
    await tx.visibilityPage.deleteMany({ where: { memberId } });
    await tx.introductionRequest.deleteMany({ where: { OR: [{ requesterId: memberId }, { recipientId: memberId }] } });
    await tx.outboxEmail.deleteMany({ where: { to: member.email } });
    await tx.emailSettings.deleteMany({ where: { memberId } });
    await tx.opportunityInterest.updateMany({ where: { memberId }, data: { note: '' } });
    await tx.opportunityInterest.updateMany({
      where: { memberId, status: 'INTERESTED' },
      data: { status: 'WITHDRAWN' },
    });
    await tx.opportunity.updateMany({
      where: { postedById: memberId, status: { in: ['OPEN', 'TEAM_FORMING'] } },
      data: { status: 'CLOSED', closedAt: now },
    });
    // Shared history stays with the other person, without what the leaver wrote in it.
    await tx.recommendation.updateMany({ where: { fromId: memberId }, data: { note: '', clientName: '' } });
    await tx.recommendation.updateMany({ where: { toId: memberId }, data: { outcomeNote: '' } });

    // Their name, handle and address, where other records quote them, become the pseudonym.
    const pairs: [string, string][] = [
      [member.displayName, FORMER_MEMBER_NAME],
      [member.handle, pseudonym.handle],
      [member.email, pseudonym.email],
    ];
    await tx.auditLogEntry.updateMany({ where: { actorId: memberId }, data: { ip: '', userAgent: '' } });
    await scrubJson(tx, 'Notification', 'data', pairs);
    await scrubJson(tx, 'AuditLogEntry', 'data', pairs);
    await scrubJson(tx, 'WebhookDelivery', 'payload', pairs, `AND "status" = 'PENDING'`);

    await tx.erasedHandle.createMany({ data: [{ handleHash: handleHash(member.handle) }], skipDuplicates: true });
    await tx.member.update({
      where: { id: memberId },
      data: {
        handle: pseudonym.handle,
        displayName: FORMER_MEMBER_NAME,
        email: pseudonym.email,
        passwordHash: null,
        headline: '',
        bio: '',
        city: '',
        region: '',
        websiteUrl: null,
        linkedinUrl: null,
        avatarUrl: null,
        status: 'LEFT',
        role: 'MEMBER',
        locale: 'FR',
        pace: 'PAUSED',
        paceNote: '',
        motivation: '',
        canDo: '',
        cannotDo: '',
        wishes: '',
        concerns: '',
        suspendedAt: null,
        fediverse: false,
      },
    });
    await enqueueMemberLeft(tx, memberId, now);
    if (member.fediverse && request.publicUrl) await enqueueActorDeleted(tx, request.publicUrl, memberActor(memberId));
    await recordAudit(tx, {
      ...request.actor,
      action: request.byAdmin ? 'privacy.member_erased_by_admin' : 'privacy.member_left',
      targetType: 'Member',
      targetId: memberId,
      data: {
        registrationsCancelled: registrations.length,
        collectivesArchived: archived.size,
        ...(request.reason ? { reason: request.reason } : {}),
      },
    });
    return {
      pseudonym: pseudonym.handle,
      erasedAt: now,
      registrationsCancelled: registrations.length,
      collectivesArchived: archived.size,
      events,
    };
  }, LOCKING_TX);
}
