// The workshop calendar over plain HTTP, for calendar apps (which cannot send cookies or headers):
//   GET /calendar/workshops.ics          published workshops to come (cancelled ones marked so)
//   GET /calendar/workshops/<slug>.ics   one workshop, whatever its status but draft
//   GET /calendar/feed/<secret>.ics      a member's private feed: what they are registered for or
//                                        facilitate, with the visio link where they hold a seat
// Nothing here ever shows a workshop that was never published, and only the private feed carries
// visio links. The public calendars are kept in the shared public cache (src/cache/) until a write
// to workshops or members changes them, through the public pages' one way of caching an answer
// (public-pages/cached-reply.ts), and are written like them (public-pages/http.ts): an ETag
// (If-None-Match → 304), the body encoded and compressed once per version, not per request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import type { SharedCache } from '../cache/store.ts';
import type { Tag } from '../cache/tags.ts';
import { throughCache, type Outcome } from '../public-pages/cached-reply.ts';
import { FirstSeen } from '../public-pages/caching.ts';
import { send, type Reply } from '../public-pages/http.ts';
import { CALENDAR_WORKSHOP, workshopEvent } from './events.ts';
import { feedOwner } from './feed-secret.ts';
import { renderCalendar, type IcsEvent } from './ics.ts';

export interface CalendarDeps {
  prisma: PrismaClient;
  /** The gateway's public origin, for links and event UIDs. */
  publicUrl: string;
  /** The shared public cache; null renders every request. */
  cache?: SharedCache | null;
}

const CALENDAR_TAGS: readonly Tag[] = ['workshops', 'people'];
/** A public calendar is kept at most this long ("to come" changes with the hour). */
const CALENDAR_TTL_MS = 60_000;

/** When each calendar version was first served (Last-Modified). */
const firstSeen = new FirstSeen();

const FEED_LIMIT = 500;
const PRIVATE_HISTORY_MS = 180 * 24 * 3600 * 1000;
const SLUG = /^\/calendar\/workshops\/([a-z0-9-]{1,200})\.ics$/;
const FEED = /^\/calendar\/feed\/([\w-]{20,200})\.ics$/;

/** Answers the calendar routes; false for any other path, so the caller goes on routing. */
export async function handleCalendarRequest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: CalendarDeps,
): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  if (path !== '/calendar' && !path.startsWith('/calendar/')) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return true;
  }
  const stamp = new Date();
  const slug = SLUG.exec(path)?.[1];
  if (path === '/calendar/workshops.ics' || slug) {
    const outcome = await throughCache(deps.cache ?? null, `ics:${path}`, CALENDAR_TAGS, CALENDAR_TTL_MS, async () => {
      if (!slug)
        return calendarReply(
          renderCalendar({ name: 'Ateliers des ÉkôActeurs', events: await publicEvents(deps, stamp) }),
          'ateliers-ekoacteurs.ics',
        );
      const workshop = await deps.prisma.workshop.findFirst({
        where: { slug, status: { not: 'DRAFT' }, publishedAt: { not: null } },
        select: CALENDAR_WORKSHOP,
      });
      return workshop
        ? calendarReply(
            renderCalendar({
              name: workshop.title,
              events: [workshopEvent(workshop, { publicUrl: deps.publicUrl, stamp })],
            }),
            `${slug}.ics`,
          )
        : { kind: 'reply', reply: NOT_FOUND };
    });
    send(req, res, (outcome as Extract<Outcome, { kind: 'reply' }>).reply, firstSeen);
    return true;
  }
  const secret = FEED.exec(path)?.[1];
  // The secret is a credential: keep it out of the access log, which reads req.url when done.
  if (secret) req.url = '/calendar/feed/[secret].ics';
  const memberId = secret ? await feedOwner(deps.prisma, secret) : null;
  if (!memberId) return notFound(req, res);
  const body = renderCalendar({ name: 'Mes ateliers ÉkôActeurs', events: await privateEvents(deps, memberId, stamp) });
  send(
    req,
    res,
    { status: 200, body, type: 'calendar', cache: 'private', filename: 'mes-ateliers.ics', noindex: true },
    firstSeen,
  );
  return true;
}

function calendarReply(body: string, filename: string): Outcome {
  return { kind: 'reply', reply: { status: 200, body, type: 'calendar', cache: 'calendar', filename } };
}

const NOT_FOUND: Reply = {
  status: 404,
  body: 'No such calendar. Feed addresses stop working when they are regenerated or revoked.',
  type: 'text',
  cache: 'private',
};

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

function notFound(req: IncomingMessage, res: ServerResponse): true {
  send(req, res, NOT_FOUND, firstSeen);
  return true;
}
