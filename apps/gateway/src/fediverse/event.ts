// A public workshop as an ActivityStreams Event, the way Mobilizon reads one: name, content (the
// description as sanitised HTML), start and end, the place (never the visio link, which stays for
// confirmed participants: an online workshop says only that it is online), capacity and seats left,
// and the public page as `url` where people register. Drafts and cancelled workshops have no Event.
import { Temporal } from '@js-temporal/polyfill';
import { Create, Delete, Event, Place, PUBLIC_COLLECTION, Tombstone, Update } from './fedify.ts';
import type { PrismaClient } from '@ekoacteurs/db';
import { markdownToHtml } from '../markdown/index.ts';
import { findPublicWorkshop, seatsLeft, type PublicWorkshop } from '../public-pages/data/public-workshop.ts';
import { absolute, paths } from '../public-pages/urls.ts';
import { activityUri, actorUri, eventUri, FEDERATION_ACTOR, followersUri } from './uris.ts';

type Db = Pick<PrismaClient, 'workshop'>;

/** Mobilizon's and schema.org's terms that ActivityStreams lacks, added to each Event. */
const EXTENSION_CONTEXT = {
  sc: 'http://schema.org#',
  mz: 'https://joinmobilizon.org/ns#',
  isOnline: { '@id': 'mz:isOnline', '@type': 'sc:Boolean' },
  joinMode: { '@id': 'mz:joinMode', '@type': 'mz:joinModeType' },
  externalParticipationUrl: { '@id': 'mz:externalParticipationUrl', '@type': 'sc:URL' },
  maximumAttendeeCapacity: 'sc:maximumAttendeeCapacity',
  remainingAttendeeCapacity: 'sc:remainingAttendeeCapacity',
  timezone: { '@id': 'mz:timezone', '@type': 'sc:Text' },
};

/** Fedify's vocabulary types Temporal with the runtime's own declarations; the polyfill makes the values. */
type VocabInstant = NonNullable<NonNullable<ConstructorParameters<typeof Event>[0]>['startTime']>;
const instant = (date: Date) => Temporal.Instant.fromEpochMilliseconds(date.getTime()) as unknown as VocabInstant;

/** The workshop by id when visitors may see it (public-workshop.ts's rule), or null. */
export async function findEventWorkshop(prisma: Db, workshopId: string): Promise<PublicWorkshop | null> {
  const found = await findPublicWorkshop(prisma, { id: workshopId });
  return found.kind === 'found' ? found.data : null;
}

/** The Event object (Fedify's vocabulary) of a public workshop. */
export function workshopEvent(publicUrl: string, row: PublicWorkshop): Event {
  const federation = new URL(actorUri(publicUrl, FEDERATION_ACTOR));
  return new Event({
    id: new URL(eventUri(publicUrl, row.id)),
    name: row.title,
    content: markdownToHtml(row.description),
    mediaType: 'text/html',
    startTime: instant(row.startsAt),
    endTime: instant(row.endsAt),
    url: new URL(absolute(publicUrl, paths.workshop(row.slug))),
    attribution: federation,
    location: row.format === 'ONLINE' || !row.place ? null : new Place({ name: row.place }),
    published: row.publishedAt ? instant(row.publishedAt) : null,
    updated: instant(row.updatedAt),
    to: PUBLIC_COLLECTION,
    cc: new URL(followersUri(publicUrl, FEDERATION_ACTOR)),
  });
}

function withExtensions(
  publicUrl: string,
  row: PublicWorkshop,
  json: Record<string, unknown>,
): Record<string, unknown> {
  const context = json['@context'];
  return {
    ...json,
    ...(context !== undefined
      ? { '@context': [...(Array.isArray(context) ? context : [context]), EXTENSION_CONTEXT] }
      : {}),
    isOnline: row.format !== 'IN_PERSON',
    joinMode: 'external',
    externalParticipationUrl: absolute(publicUrl, paths.workshop(row.slug)),
    maximumAttendeeCapacity: row.capacity,
    remainingAttendeeCapacity: seatsLeft(row),
    timezone: row.timeZone,
  };
}

export type WorkshopVerb = 'Create' | 'Update' | 'Delete';

/**
 * The activity announcing a workshop's publication, change or cancellation, from the federation's
 * actor; null when a Create/Update finds the workshop not public (any more).
 */
export async function workshopActivity(
  prisma: Db,
  publicUrl: string,
  workshopId: string,
  verb: WorkshopVerb,
  activityId: string,
): Promise<Record<string, unknown> | null> {
  const actor = new URL(actorUri(publicUrl, FEDERATION_ACTOR));
  const common = {
    id: new URL(activityUri(publicUrl, activityId)),
    actor,
    to: PUBLIC_COLLECTION,
    cc: new URL(followersUri(publicUrl, FEDERATION_ACTOR)),
    published: instant(new Date()),
  };
  if (verb === 'Delete') {
    const tombstone = new Tombstone({ id: new URL(eventUri(publicUrl, workshopId)) });
    return (await new Delete({ ...common, object: tombstone }).toJsonLd()) as Record<string, unknown>;
  }
  const row = await findEventWorkshop(prisma, workshopId);
  if (!row) return null;
  const Verb = verb === 'Create' ? Create : Update;
  const json = (await new Verb({ ...common, object: workshopEvent(publicUrl, row) }).toJsonLd()) as Record<
    string,
    unknown
  >;
  // The extension terms go on the Event; their context on the activity, which carries it.
  const { '@context': _own, ...object } = withExtensions(publicUrl, row, json.object as Record<string, unknown>);
  const context = json['@context'];
  return { ...json, '@context': [...(Array.isArray(context) ? context : [context]), EXTENSION_CONTEXT], object };
}
