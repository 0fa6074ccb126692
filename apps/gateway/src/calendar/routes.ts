// The workshop calendar over plain HTTP, for calendar apps (which cannot send cookies or headers):
//   GET /calendar/workshops.ics          published workshops to come (cancelled ones marked so)
//   GET /calendar/workshops/<slug>.ics   one workshop, whatever its status but draft
//   GET /calendar/feed/<secret>.ics      a member's private feed: what they are registered for or
//                                        facilitate, with the visio link where they hold a seat
// Nothing here ever shows a workshop that was never published, and only the private feed carries
// visio links.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import { CALENDAR_WORKSHOP, workshopEvent } from './events.ts';
import { feedOwner } from './feed-secret.ts';
import { renderCalendar, type IcsEvent } from './ics.ts';

export interface CalendarDeps {
  prisma: PrismaClient;
  /** The gateway's public origin, for links and event UIDs. */
  publicUrl: string;
}

const FEED_LIMIT = 500;
const PRIVATE_HISTORY_MS = 180 * 24 * 3600 * 1000;
const SLUG = /^\/calendar\/workshops\/([a-z0-9-]{1,200})\.ics$/;
const FEED = /^\/calendar\/feed\/([\w-]{20,200})\.ics$/;

/** Answers the calendar routes; false for any other path, so the caller goes on routing. */
export async function handleCalendarRequest(req: IncomingMessage, res: ServerResponse, deps: CalendarDeps): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  if (path !== '/calendar' && !path.startsWith('/calendar/')) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return true;
  }
  const stamp = new Date();
  if (path === '/calendar/workshops.ics') {
    const events = await publicEvents(deps, stamp);
    send(req, res, 'Ateliers des ÉkôActeurs', events, 'public, max-age=300', 'ateliers-ekoacteurs.ics');
    return true;
  }
  const slug = SLUG.exec(path)?.[1];
  if (slug) {
    const workshop = await deps.prisma.workshop.findFirst({ where: { slug, status: { not: 'DRAFT' }, publishedAt: { not: null } }, select: CALENDAR_WORKSHOP });
    if (!workshop) return notFound(res);
    send(req, res, workshop.title, [workshopEvent(workshop, { publicUrl: deps.publicUrl, stamp })], 'public, max-age=300', `${slug}.ics`);
    return true;
  }
  const secret = FEED.exec(path)?.[1];
  // The secret is a credential: keep it out of the access log, which reads req.url when done.
  if (secret) req.url = '/calendar/feed/[secret].ics';
  const memberId = secret ? await feedOwner(deps.prisma, secret) : null;
  if (!memberId) return notFound(res);
  send(req, res, 'Mes ateliers ÉkôActeurs', await privateEvents(deps, memberId, stamp), 'private, no-store', 'mes-ateliers.ics');
  return true;
}

async function publicEvents(deps: CalendarDeps, stamp: Date): Promise<IcsEvent[]> {
  const workshops = await deps.prisma.workshop.findMany({
    // Cancelled ones stay, marked cancelled, so subscribed calendars update rather than lose them.
    where: { status: { in: ['PUBLISHED', 'CANCELLED'] }, publishedAt: { not: null }, endsAt: { gte: stamp } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: FEED_LIMIT,
    select: CALENDAR_WORKSHOP,
  });
  return workshops.map((workshop) => workshopEvent(workshop, { publicUrl: deps.publicUrl, stamp }));
}

async function privateEvents(deps: CalendarDeps, memberId: string, stamp: Date): Promise<IcsEvent[]> {
  const workshops = await deps.prisma.workshop.findMany({
    where: {
      status: { not: 'DRAFT' },
      publishedAt: { not: null },
      endsAt: { gte: new Date(stamp.getTime() - PRIVATE_HISTORY_MS) },
      OR: [
        { facilitators: { some: { memberId } } },
        { registrations: { some: { memberId, status: { in: ['CONFIRMED', 'WAITLISTED'] } } } },
        // Registrations end with a cancelled workshop: keep it, marked cancelled.
        { status: 'CANCELLED', registrations: { some: { memberId } } },
      ],
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: FEED_LIMIT,
    select: {
      ...CALENDAR_WORKSHOP,
      registrations: { where: { memberId }, select: { status: true, waitlistRank: true } },
      facilitators: { select: { memberId: true, member: { select: { displayName: true, status: true } } } },
    },
  });
  return workshops.map((workshop) => {
    const own = workshop.registrations[0];
    const facilitates = workshop.facilitators.some((f) => f.memberId === memberId);
    const waiting = !facilitates && own?.status === 'WAITLISTED';
    const shown = { ...workshop, facilitators: workshop.facilitators.filter((f) => f.member.status === 'ACTIVE') };
    return workshopEvent(shown, {
      publicUrl: deps.publicUrl,
      stamp,
      withLink: facilitates || own?.status === 'CONFIRMED',
      tentative: waiting,
      note: facilitates
        ? 'Vous animez cet atelier.'
        : waiting
          ? `Vous êtes sur la liste d’attente, en position ${own?.waitlistRank} : vous serez prévenu(e) si une place se libère.`
          : undefined,
    });
  });
}

function send(req: IncomingMessage, res: ServerResponse, name: string, events: IcsEvent[], cacheControl: string, filename: string) {
  const body = renderCalendar({ name, events });
  res.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-disposition': `inline; filename="${filename}"`,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    ...(cacheControl.startsWith('private') ? { 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(res: ServerResponse): true {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('No such calendar. Feed addresses stop working when they are regenerated or revoked.');
  return true;
}
