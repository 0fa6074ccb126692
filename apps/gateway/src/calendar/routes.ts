// The workshop calendar over plain HTTP, for calendar apps (which cannot send cookies or headers):
//   GET /calendar/workshops.ics          published workshops to come (cancelled ones marked so)
//   GET /calendar/workshops/<slug>.ics   one workshop, whatever its status but draft
//   GET /calendar/feed/<secret>.ics      a member's private feed: what they are registered for or
//                                        facilitate, with the visio link where they hold a seat
// Nothing here ever shows a workshop that was never published, and only the private feed carries
// visio links. The public calendars are kept in the shared public cache (src/cache/) until a write
// to workshops or members changes them, and carry an ETag (If-None-Match → 304).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import type { SharedCache } from '../cache/store.ts';
import type { Tag } from '../cache/tags.ts';
import { etagOf, notModified } from '../public-pages/caching.ts';
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

/** A rendered public calendar, as the cache keeps it. */
interface PublicCalendar {
  body: string | null;
  etag: string;
  storedAt: number;
}

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
    const calendar = await publicCalendar(deps, path, async () => {
      if (!slug) return renderCalendar({ name: 'Ateliers des ÉkôActeurs', events: await publicEvents(deps, stamp) });
      const workshop = await deps.prisma.workshop.findFirst({
        where: { slug, status: { not: 'DRAFT' }, publishedAt: { not: null } },
        select: CALENDAR_WORKSHOP,
      });
      return workshop
        ? renderCalendar({
            name: workshop.title,
            events: [workshopEvent(workshop, { publicUrl: deps.publicUrl, stamp })],
          })
        : null;
    });
    if (calendar.body === null) return notFound(res);
    if (notModified(req, calendar.etag, new Date(Math.floor(calendar.storedAt / 1000) * 1000))) {
      res.writeHead(304, { etag: calendar.etag, 'cache-control': 'public, max-age=300' }).end();
      return true;
    }
    send(req, res, calendar.body, 'public, max-age=300', slug ? `${slug}.ics` : 'ateliers-ekoacteurs.ics', calendar);
    return true;
  }
  const secret = FEED.exec(path)?.[1];
  // The secret is a credential: keep it out of the access log, which reads req.url when done.
  if (secret) req.url = '/calendar/feed/[secret].ics';
  const memberId = secret ? await feedOwner(deps.prisma, secret) : null;
  if (!memberId) return notFound(res);
  send(
    req,
    res,
    renderCalendar({ name: 'Mes ateliers ÉkôActeurs', events: await privateEvents(deps, memberId, stamp) }),
    'private, no-store',
    'mes-ateliers.ics',
  );
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

/** A public calendar from the shared cache, else rendered (null: no such calendar) and kept. */
async function publicCalendar(
  deps: CalendarDeps,
  path: string,
  render: () => Promise<string | null>,
): Promise<PublicCalendar> {
  const rendered = async (): Promise<PublicCalendar> => {
    const body = await render();
    return { body, etag: body === null ? '' : etagOf(body), storedAt: Date.now() };
  };
  if (!deps.cache) return rendered();
  const key = `ics:${path}`;
  const found = await deps.cache.get(key, CALENDAR_TAGS);
  if (found.hit) return JSON.parse(found.hit.value) as PublicCalendar;
  const calendar = await rendered();
  await deps.cache.set(key, found.versions, JSON.stringify(calendar), CALENDAR_TTL_MS);
  return calendar;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  cacheControl: string,
  filename: string,
  validators?: PublicCalendar,
) {
  res.writeHead(200, {
    ...(validators ? { etag: validators.etag, 'last-modified': new Date(validators.storedAt).toUTCString() } : {}),
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
