// The reminder the day before a workshop: for each confirmed seat in a published workshop starting
// within the next 24 hours, one in-app notification and (unless the member chose in-app only) one
// email with the event attached as .ics. Safe with several replicas: each registration is handled
// under a transaction-scoped advisory lock and skipped when its reminder already exists, and the
// email carries a dedupe key, so a registration is reminded once. Once its transaction has committed,
// the notification is pushed live to the member's open subscriptions (on every replica, through the
// event bus) like every other notification.
import type { PrismaClient } from '@ekoacteurs/db';
import type { EventBus, NotificationEvent } from '../events/bus.ts';
import { CALENDAR_WORKSHOP, workshopEvent } from '../calendar/events.ts';
import { renderCalendar } from '../calendar/ics.ts';
import { enqueueNotificationEmail } from './enqueue.ts';
import { mailPublicUrl } from './settings.ts';

export const REMINDER_KIND = 'workshop.reminder';
const AHEAD_MS = 24 * 3_600_000;

/** Sends the reminders that are due; resolves with how many registrations were reminded. */
export async function sendDueReminders(
  prisma: PrismaClient,
  now = new Date(),
  limit = 100,
  events?: Pick<EventBus, 'publish'>,
): Promise<number> {
  const due = await prisma.$queryRaw<{ id: string }[]>`
    SELECT r."id"::text AS id FROM "WorkshopRegistration" r
    JOIN "Workshop" w ON w."id" = r."workshopId"
    JOIN "Member" m ON m."id" = r."memberId"
    WHERE r."status" = 'CONFIRMED' AND w."status" = 'PUBLISHED' AND m."status" = 'ACTIVE'
      AND w."startsAt" > ${now} AND w."startsAt" <= ${new Date(now.getTime() + AHEAD_MS)}
      AND NOT EXISTS (
        SELECT 1 FROM "Notification" n
        WHERE n."memberId" = r."memberId" AND n."kind" = ${REMINDER_KIND} AND n."data"->>'registrationId' = r."id"::text
      )
    ORDER BY w."startsAt"
    LIMIT ${limit}`;
  let reminded = 0;
  for (const { id } of due) {
    const event = await remind(prisma, id, now);
    if (!event) continue;
    reminded += 1;
    events?.publish('notification', event.memberId, event);
  }
  return reminded;
}

async function remind(prisma: PrismaClient, registrationId: string, now: Date): Promise<NotificationEvent | null> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reminder:${registrationId}`}))`;
    const already = await tx.notification.count({
      where: { kind: REMINDER_KIND, data: { path: ['registrationId'], equals: registrationId } },
    });
    if (already > 0) return null;
    const registration = await tx.workshopRegistration.findUnique({
      where: { id: registrationId },
      select: { memberId: true, status: true, workshop: { select: CALENDAR_WORKSHOP } },
    });
    if (!registration || registration.status !== 'CONFIRMED' || registration.workshop.status !== 'PUBLISHED')
      return null;
    const { workshop } = registration;
    const event = workshopEvent(workshop, { publicUrl: mailPublicUrl(), stamp: now, withLink: true });
    const data = {
      registrationId,
      workshopId: workshop.id,
      workshopTitle: workshop.title,
      workshopSlug: workshop.slug,
      startsAt: workshop.startsAt.toISOString(),
      location: event.location ?? '',
    };
    const row = await tx.notification.create({ data: { memberId: registration.memberId, kind: REMINDER_KIND, data } });
    await enqueueNotificationEmail(tx, {
      memberId: registration.memberId,
      kind: REMINDER_KIND,
      data,
      dedupeKey: `${REMINDER_KIND}:${registrationId}`,
      attachments: [
        {
          filename: `${workshop.slug}.ics`,
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: renderCalendar({ name: workshop.title, events: [event] }),
        },
      ],
    });
    return {
      id: row.id,
      memberId: row.memberId,
      kind: row.kind,
      data: row.data,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
